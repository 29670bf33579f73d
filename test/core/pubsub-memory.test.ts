/** The pub/sub adapter contract over `MemoryPubSub`, the in-process default behind `page.pubsub`. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { MemoryPubSub } from "../../src/core/pubsub-adapter.js";
import { describePubSubContract } from "../pubsub.contract.js";

describePubSubContract("memory", async () => {
  const adapter = new MemoryPubSub({ onListenerError: () => {} });
  return { a: adapter, b: adapter };
});

test("memory adapter: what a listener throws goes to onListenerError, once per throw", async () => {
  const heard: unknown[] = [];
  const adapter = new MemoryPubSub({ onListenerError: (thrown) => heard.push(thrown) });
  const boom = new Error("boom");
  adapter.subscribe("c", () => {
    throw boom;
  });
  adapter.publish("c", { from: "s", others: false, message: 1 });
  await Promise.resolve();
  assert.deepEqual(heard, [boom]);
  assert.equal(adapter.listenerCount, 1);
  adapter.unsubscribe("c", () => {});
  assert.equal(adapter.listenerCount, 1);
});
