/**
 * The pub/sub adapter contract: what every `PubSubAdapter` must do, whatever carries the
 * messages. Run by `core/pubsub-memory.test.ts` against `MemoryPubSub`, and meant for a Redis
 * adapter too (DESIGN.md: a shared contract suite runs against every implementation).
 *
 * ```ts
 * describePubSubContract("memory", async () => { const a = new MemoryPubSub(); return { a, b: a }; });
 * ```
 */
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import type { PubSubAdapter, PubSubEnvelope, PubSubListener } from "../src/core/pubsub-adapter.js";

/**
 * Two ends of one pub/sub: `a` and `b` stand for two processes (two connections to one Redis);
 * for an in-process adapter they may be the same object.
 */
export interface PubSubPair {
  a: PubSubAdapter;
  b: PubSubAdapter;
  /** Frees what the pair holds; called after each test (both ends are closed before it). */
  dispose?(): Promise<void>;
}

/** Every wait in the suite is bounded by this. */
const BOUND_MS = 5000;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + BOUND_MS;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Lets a network adapter's deliveries arrive: a few turns of the loop. */
async function quiet(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

function envelope(message: unknown, from = "s1", others = false): PubSubEnvelope {
  return { from, others, message };
}

function recorder(): { listener: PubSubListener; got: PubSubEnvelope[] } {
  const got: PubSubEnvelope[] = [];
  return { got, listener: (e) => void got.push(e) };
}

async function failsClosed(action: () => unknown): Promise<void> {
  await assert.rejects(
    async () => {
      await action();
    },
    (error: { code?: string }) => error.code === "pubsub.closed",
  );
}

export function describePubSubContract(name: string, makePair: () => Promise<PubSubPair>): void {
  describe(`pub/sub adapter contract: ${name}`, () => {
    let pair: PubSubPair | undefined;
    const open = async (): Promise<PubSubPair> => (pair = await makePair());
    afterEach(async () => {
      if (!pair) return;
      await pair.a.close();
      await pair.b.close();
      await pair.dispose?.();
      pair = undefined;
    });

    test("a publish reaches every listener of its channel once, and no other channel's", async () => {
      const { a, b } = await open();
      const one = recorder();
      const two = recorder();
      const elsewhere = recorder();
      await b.subscribe("chat", one.listener);
      await a.subscribe("chat", two.listener);
      await b.subscribe("other", elsewhere.listener);
      await a.publish("chat", envelope("hi", "s7", true));
      await until(() => one.got.length === 1 && two.got.length === 1, "both listeners");
      await quiet();
      assert.equal(one.got.length, 1);
      assert.equal(two.got.length, 1);
      assert.equal(elsewhere.got.length, 0);
      assert.deepEqual(one.got[0], { from: "s7", others: true, message: "hi" });
    });

    test("1,000 publishes from one caller arrive in order, each once", async () => {
      const { a, b } = await open();
      const sink = recorder();
      await b.subscribe("seq", sink.listener);
      for (let i = 0; i < 1000; i++) await a.publish("seq", envelope(i));
      await until(() => sink.got.length >= 1000, "1,000 messages");
      await quiet();
      assert.deepEqual(
        sink.got.map((e) => e.message),
        Array.from({ length: 1000 }, (_, i) => i),
      );
    });

    test("delivery happens after publish returns, never inside the publisher's call", async () => {
      const { a, b } = await open();
      const sink = recorder();
      await b.subscribe("later", sink.listener);
      const published = a.publish("later", envelope(1));
      assert.equal(sink.got.length, 0);
      await published;
      await until(() => sink.got.length === 1, "the message");
    });

    test("structured-clone values travel whole: nested objects, arrays, Dates, Maps", async () => {
      const { a, b } = await open();
      const sink = recorder();
      await b.subscribe("values", sink.listener);
      const message = { text: "héllo ✓", list: [1, [2, { three: 3 }]], when: new Date(0), map: new Map([["k", 1]]), none: null };
      await a.publish("values", envelope(message));
      await until(() => sink.got.length === 1, "the message");
      assert.deepEqual(sink.got[0]!.message, message);
    });

    test("an unsubscribed listener gets nothing more; the others still do", async () => {
      const { a, b } = await open();
      const gone = recorder();
      const stays = recorder();
      await b.subscribe("u", gone.listener);
      await b.subscribe("u", stays.listener);
      await a.publish("u", envelope(1));
      await until(() => gone.got.length === 1 && stays.got.length === 1, "the first message");
      await b.unsubscribe("u", gone.listener);
      await a.publish("u", envelope(2));
      await until(() => stays.got.length === 2, "the second message");
      await quiet();
      assert.deepEqual(gone.got.map((e) => e.message), [1]);
    });

    test("a listener that throws keeps no other listener from its message", async () => {
      const { a, b } = await open();
      const after = recorder();
      await b.subscribe("t", () => {
        throw new Error("listener failed");
      });
      await b.subscribe("t", after.listener);
      await a.publish("t", envelope("x"));
      await a.publish("t", envelope("y"));
      await until(() => after.got.length === 2, "both messages after the throwing listener");
    });

    test("the same listener subscribed twice to one channel is one subscription", async () => {
      const { a, b } = await open();
      const sink = recorder();
      await b.subscribe("twice", sink.listener);
      await b.subscribe("twice", sink.listener);
      await a.publish("twice", envelope(1));
      await until(() => sink.got.length >= 1, "the message");
      await quiet();
      assert.equal(sink.got.length, 1);
      await b.unsubscribe("twice", sink.listener);
      await a.publish("twice", envelope(2));
      await quiet();
      assert.equal(sink.got.length, 1);
    });

    test("after close, publish and subscribe fail with pubsub.closed", async () => {
      const { a } = await open();
      await a.close();
      await failsClosed(() => a.publish("c", envelope(1)));
      await failsClosed(() => a.subscribe("c", () => {}));
    });
  });
}
