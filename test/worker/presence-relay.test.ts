/**
 * `PresenceRelay`: presence carried between hubs as messages over a pub/sub adapter. Each hub
 * stands for one tab's worker (BroadcastChannel) or one process (a shared in-memory adapter, the
 * seam a Redis adapter will fill). Joins, announced leaves, metadata changes, a late joiner, and
 * a node that goes silent (killed tab) leaving after `expireMs`.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MemoryPubSub, PRESENCE_CHANNEL, PresenceRelay, SessionHub, sleep, type Logger, type Page, type PubSubAdapter } from "../../src/core/index.js";
import { BroadcastPubSub } from "../../src/worker/broadcast-pubsub.js";
import { openSessions } from "../core/fixtures/open-sessions.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const ignore = (): void => {};

interface Node {
  hub: SessionHub;
  relay: PresenceRelay;
  adapter: PubSubAdapter;
  page: Page;
  heard: string[];
}

/** One hub with one session that tracks "room" as `name`, relayed over `adapter`. */
async function node(name: string, adapter: PubSubAdapter, timing: { beatMs: number; expireMs: number }): Promise<Node> {
  const heard: string[] = [];
  let page: Page | undefined;
  const hub = new SessionHub(
    (p) => {
      page = p;
      p.presence.onChange = (c) => void heard.push(`+${c.joins.map((j) => (j.meta as { name: string }).name).join(",")} -${c.leaves.map((l) => (l.meta as { name: string }).name).join(",")}`);
      p.presence.track("room", { name });
    },
    { logger: quiet, heartbeatMs: 0, pubsub: adapter },
  );
  const relay = new PresenceRelay(hub.presence, adapter, { nodeId: `node-${name}`, ...timing, onError: ignore });
  await openSessions(hub, 1);
  return { hub, relay, adapter, page: page!, heard };
}

const names = (n: Node): string[] => n.page.presence.list("room").map((e) => (e.meta as { name: string }).name).sort();

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

async function stop(...nodes: Node[]): Promise<void> {
  for (const n of nodes) {
    await n.hub.close();
    n.relay.close();
  }
}

let seq = 0;
const adapters: Array<[string, () => { a: PubSubAdapter; b: PubSubAdapter; c: PubSubAdapter; close: () => void }]> = [
  [
    "BroadcastChannel (tabs of one browser)",
    () => {
      const name = `weft:presence-test-${process.pid}-${++seq}`;
      const [a, b, c] = [1, 2, 3].map(() => new BroadcastPubSub(name, { onListenerError: ignore })) as [BroadcastPubSub, BroadcastPubSub, BroadcastPubSub];
      return { a, b, c, close: () => [a, b, c].forEach((x) => x.close()) };
    },
  ],
  [
    "one shared adapter (processes on one Redis)",
    () => {
      const shared = new MemoryPubSub({ onListenerError: ignore });
      return { a: shared, b: shared, c: shared, close: () => shared.close() };
    },
  ],
];

for (const [label, make] of adapters) {
  describe(`presence relay over ${label}`, () => {
    test("each hub lists the other's sessions and hears them join; a late node learns the state from its hello", async () => {
      const ends = make();
      const slow = { beatMs: 60_000, expireMs: 120_000 };
      const ada = await node("Ada", ends.a, slow);
      const bob = await node("Bob", ends.b, slow);
      await until(() => names(ada).length === 2 && names(bob).length === 2, "Ada and Bob to see each other");
      assert.deepEqual(names(ada), ["Ada", "Bob"]);
      assert.deepEqual(names(bob), ["Ada", "Bob"]);
      assert.ok(ada.heard.includes("+Bob -"), `Ada heard Bob join: ${ada.heard.join(" | ")}`);
      // Cy starts after both tracked: with beats a minute apart, only the hello's answers can tell it.
      const cy = await node("Cy", ends.c, slow);
      await until(() => names(cy).length === 3, "Cy to learn Ada and Bob");
      assert.deepEqual(names(cy), ["Ada", "Bob", "Cy"]);
      await until(() => names(ada).length === 3, "Ada to see Cy");
      assert.equal(ada.relay.nodeCount, 2);
      await stop(ada, bob, cy);
      ends.close();
    });

    test("a leave and a metadata change are announced at once; a closed node's sessions leave without waiting for expiry", async () => {
      const ends = make();
      const slow = { beatMs: 60_000, expireMs: 120_000 };
      const ada = await node("Ada", ends.a, slow);
      const bob = await node("Bob", ends.b, slow);
      await until(() => names(ada).length === 2, "Ada to see Bob");
      bob.page.presence.track("room", { name: "Robert" });
      await until(() => names(ada).includes("Robert"), "Ada to see Bob's new name");
      assert.deepEqual(names(ada), ["Ada", "Robert"], "a changed entry replaces the old one");
      bob.page.presence.untrack("room");
      await until(() => names(ada).length === 1, "Ada to hear Bob untrack");
      assert.equal(ada.heard.at(-1), "+ -Robert");
      bob.page.presence.track("room", { name: "Bob" });
      await until(() => names(ada).length === 2, "Bob back");
      await stop(bob); // the session ends (a leave), then the relay says bye
      await until(() => names(ada).length === 1, "Ada to hear Bob's tab close", 2000);
      assert.deepEqual(names(ada), ["Ada"]);
      assert.equal(ada.relay.nodeCount, 0, "a node that said bye is forgotten");
      assert.equal(ada.hub.presence.trackedCount, 1, "nothing of Bob is left");
      await stop(ada);
      ends.close();
    });

    test("a node that goes silent (a killed tab) leaves after expireMs, not before; beats keep a live node present", async () => {
      const ends = make();
      const fast = { beatMs: 20, expireMs: 300 };
      const ada = await node("Ada", ends.a, fast);
      const link = cuttable(ends.b);
      const bob = await node("Bob", link.adapter, fast);
      await until(() => names(ada).length === 2, "Ada to see Bob");
      await sleep(450); // longer than expireMs: beats alone keep Bob present
      assert.deepEqual(names(ada), ["Ada", "Bob"], "a beating node does not expire");
      // Bob's worker dies without a word: nothing it sends arrives any more, no leave, no bye.
      link.cut();
      const cutAt = Date.now();
      await stop(bob);
      await sleep(50);
      assert.deepEqual(names(ada), ["Ada", "Bob"], "within expireMs the silent tab still counts as present");
      await until(() => names(ada).length === 1, "Bob to expire", 3000);
      assert.ok(Date.now() - cutAt >= 250, `left after ${Date.now() - cutAt} ms, expireMs is 300`);
      assert.equal(ada.heard.at(-1), "+ -Bob");
      assert.equal(ada.relay.nodeCount, 0);
      await stop(ada);
      ends.close();
    });
  });
}

/** An adapter whose publishes stop arriving once `cut()`: a worker terminated, a process killed. */
function cuttable(inner: PubSubAdapter): { adapter: PubSubAdapter; cut: () => void } {
  let cut = false;
  const adapter: PubSubAdapter = {
    publish: (channel, envelope) => (cut ? undefined : inner.publish(channel, envelope)),
    subscribe: (channel, listener) => inner.subscribe(channel, listener),
    unsubscribe: (channel, listener) => inner.unsubscribe(channel, listener),
    close: () => undefined,
  };
  return { adapter, cut: () => void (cut = true) };
}

test("messages that are not the relay's are ignored", async () => {
  const shared = new MemoryPubSub({ onListenerError: ignore });
  const ada = await node("Ada", shared, { beatMs: 60_000, expireMs: 120_000 });
  for (const message of [null, 42, { t: "join" }, { t: "join", entry: ["room", 1, 1, {}] }, { t: "beat", entries: "x" }, { t: "leave", topic: 3 }, { t: "nope" }]) {
    shared.publish(PRESENCE_CHANNEL, { from: "stranger", others: true, message });
  }
  await sleep(5);
  assert.deepEqual(names(ada), ["Ada"]);
  assert.equal(ada.relay.nodeCount, 0, "a malformed message is not heard as a node");
  await stop(ada);
  shared.close();
})
