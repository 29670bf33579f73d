/**
 * `page.pubsub` driven as several tabs of one app would: pilots sharing one adapter are tabs of
 * one app; many bare sessions on one hub measure fan-out, order and leaks by count.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, ErrorCode, MemoryPubSub, SessionHub, sleep, Text, TextField, WeftError, type AppEntry, type Logger, type Page } from "../../src/core/index.js";
import { openSessions } from "./fixtures/open-sessions.js";
import { Pilot, runApp, type PilotOptions } from "../../src/testing/index.js";

interface ChatMessage {
  user: string;
  text: string;
}

/** A tiny chat: every message any tab sends appears as a Text in every subscribed tab. */
function chat(name: string) {
  return async (page: Page) => {
    const pubsub = page.pubsub.typed<ChatMessage>();
    const field = new TextField({ label: "Message" });
    pubsub.subscribe((m) => {
      page.controls.push(new Text(`${m.user}: ${m.text}`));
    });
    await page.add(
      field,
      new ElevatedButton("Send", { onClick: () => pubsub.sendAll({ user: name, text: field.value }) }),
      new ElevatedButton("Send others", { onClick: () => pubsub.sendOthers({ user: name, text: field.value }) }),
    );
  };
}

function lines(pilot: Pilot): string[] {
  return pilot.find({ type: Text }).map((n) => String(n.props.value));
}

async function tabs(count: number, main: (i: number) => (page: Page) => unknown, options: PilotOptions = {}): Promise<Pilot[]> {
  const adapter = new MemoryPubSub();
  const pilots = Array.from({ length: count }, (_, i) => new Pilot(main(i) as (page: Page) => void, { ...options, hub: { ...options.hub, pubsub: adapter } }));
  for (const pilot of pilots) await pilot.settle();
  return pilots;
}

async function settleAll(pilots: Pilot[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const pilot of pilots) await pilot.settle();
}

test("sendAll reaches every tab once, the sender too; sendOthers skips the sender", async () => {
  const [alice, bob] = await tabs(2, (i) => chat(i === 0 ? "alice" : "bob"));
  await alice!.type({ type: TextField }, "hello");
  await alice!.click({ text: "Send" });
  await settleAll([alice!, bob!]);
  assert.deepEqual(lines(alice!), ["alice: hello"]);
  assert.deepEqual(lines(bob!), ["alice: hello"]);

  await bob!.type({ type: TextField }, "hi alice");
  await bob!.click({ text: "Send others" });
  await settleAll([alice!, bob!]);
  assert.deepEqual(lines(alice!), ["alice: hello", "bob: hi alice"]);
  assert.deepEqual(lines(bob!), ["alice: hello"]);
  for (const pilot of [alice!, bob!]) await pilot.close();
});

test("topics: only subscribers of a topic get its messages, with the topic; unsubscribe stops each kind", async () => {
  const got: string[][] = [[], [], []];
  const pages: Page[] = [];
  const pilots = await tabs(3, (i) => (page: Page) => {
    pages[i] = page;
    page.pubsub.subscribe((m) => void got[i]!.push(`all:${String(m)}`));
    if (i < 2) page.pubsub.subscribeTopic("room", (topic, m) => void got[i]!.push(`${topic}:${String(m)}`));
  });
  const [a, b, c] = pages as [Page, Page, Page];
  await a.pubsub.sendAllOnTopic("room", "r1");
  await c.pubsub.sendOthersOnTopic("room", "r2");
  await a.pubsub.sendOthersOnTopic("room", "r3");
  await b.pubsub.sendAll("x");
  await settleAll(pilots);
  assert.deepEqual(got, [
    ["room:r1", "room:r2", "all:x"],
    ["room:r1", "room:r2", "room:r3", "all:x"],
    ["all:x"],
  ]);

  for (const list of got) list.length = 0;
  b.pubsub.unsubscribeTopic("room");
  c.pubsub.unsubscribe();
  await a.pubsub.sendAllOnTopic("room", "r4");
  await a.pubsub.sendAll("y");
  await settleAll(pilots);
  assert.deepEqual(got, [["room:r4", "all:y"], ["all:y"], []]);

  for (const list of got) list.length = 0;
  a.pubsub.unsubscribeAll();
  await b.pubsub.sendAllOnTopic("room", "r5");
  await b.pubsub.sendAll("z");
  await settleAll(pilots);
  assert.deepEqual(got, [[], ["all:z"], []]);
  for (const pilot of pilots) await pilot.close();
});

test("each receiving session gets its own copy: no session can change another's message, nor the sender after sending", async () => {
  const received: Array<{ items: number[] }> = [];
  const pages: Page[] = [];
  const pilots = await tabs(3, (i) => (page: Page) => {
    pages[i] = page;
    page.pubsub.subscribe((m) => {
      const message = m as { items: number[] };
      received[i] = message;
      message.items.push(100 + i); // a receiver that mutates what it got
    });
  });
  const sent = { items: [1] };
  const done = pages[0]!.pubsub.sendAll(sent);
  sent.items.push(2); // the sender changes its object after sending
  await done;
  await settleAll(pilots);
  assert.deepEqual(received[0], { items: [1, 100] });
  assert.deepEqual(received[1], { items: [1, 101] });
  assert.deepEqual(received[2], { items: [1, 102] });
  assert.deepEqual(sent.items, [1, 2]);
  for (const pilot of pilots) await pilot.close();
});

test("hostile values: what cannot be copied fails at send with pubsub.bad-message; __proto__ keys stay plain data", async () => {
  let page!: Page;
  const got: unknown[] = [];
  const pilot = await runApp((p) => {
    page = p;
    p.pubsub.subscribe((m) => void got.push(m));
  });
  const badMessage = (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badMessage && /structured-clone-safe/.test(e.message);
  assert.throws(() => page.pubsub.sendAll(() => 1), badMessage);
  assert.throws(() => page.pubsub.sendAll(Symbol("s")), badMessage);
  assert.throws(() => page.pubsub.sendAll({ nested: { fn: () => 1 } }), badMessage);
  assert.throws(() => page.pubsub.sendAll(new Text("a control")), (e: unknown) => badMessage(e) && /send its data/.test((e as Error).message));
  const throwing = {
    get boom() {
      throw new Error("getter");
    },
  };
  assert.throws(() => page.pubsub.sendAll(throwing), badMessage);
  for (const topic of ["", "x".repeat(1025), 7, undefined]) {
    assert.throws(() => page.pubsub.sendAllOnTopic(topic as string, 1), (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badValue);
  }
  assert.throws(() => page.pubsub.subscribe("not a function" as never), (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badValue);

  const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as object;
  const cyclic: { self?: unknown; n: number } = { n: 1 };
  cyclic.self = cyclic;
  await page.pubsub.sendAll(hostile);
  await page.pubsub.sendAll(cyclic);
  await page.pubsub.sendAll(10n);
  await pilot.settle();
  assert.equal(got.length, 3);
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  assert.equal(Object.getPrototypeOf(got[0]), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyDescriptor(got[0], "__proto__")?.value, { polluted: true });
  const copy = got[1] as { self: unknown };
  assert.equal(copy.self, copy);
  assert.equal(got[2], 10n);
  await pilot.close();
});

test("a throwing subscriber: its own page.onError hears it (phase pubsub, the topic named); other handlers and sessions go on", async () => {
  const errors: string[][] = [[], []];
  const got: string[][] = [[], []];
  const pages: Page[] = [];
  const pilots = await tabs(2, (i) => (page: Page) => {
    pages[i] = page;
    page.onError = (e) => void errors[i]!.push(`${e.phase} ${e.event ?? "-"} ${e.error.message}`);
    page.pubsub.subscribeTopic("t", (_topic, m) => {
      if (i === 0 && m === "bad") throw new Error("subscriber broke");
      got[i]!.push(`first:${String(m)}`);
    });
    page.pubsub.subscribeTopic("t", async (_topic, m) => {
      await sleep(1);
      if (i === 0 && m === "bad") throw new Error("async subscriber broke");
      got[i]!.push(`second:${String(m)}`);
    });
  });
  await pages[1]!.pubsub.sendAllOnTopic("t", "bad");
  await pages[1]!.pubsub.sendAllOnTopic("t", "good");
  await sleep(10);
  await settleAll(pilots);
  assert.deepEqual(errors[1], []);
  assert.deepEqual(errors[0], [
    'pubsub t pubsub handler of topic "t" failed: subscriber broke',
    'pubsub t pubsub handler of topic "t" failed: async subscriber broke',
  ]);
  assert.deepEqual(got[0], ["first:good", "second:good"]);
  assert.deepEqual(got[1], ["first:bad", "first:good", "second:bad", "second:good"]);
  assert.ok(pilots[0]!.logs.some((l) => l.level === "error" && l.message.includes("subscriber broke")));
  for (const pilot of pilots) await pilot.close();
});

test("a delivered message runs through runInContext as the receiving session's entry, and flushes after it", async () => {
  const entries: AppEntry[] = [];
  const runInContext = (entry: AppEntry, fn: () => unknown) => {
    if (entry.phase === "pubsub") entries.push(entry);
    return fn();
  };
  const pages: Page[] = [];
  const pilots = await tabs(
    2,
    (i) => async (page: Page) => {
      pages[i] = page;
      const shown = new Text("none");
      await page.add(shown);
      // No update() here: the flush after the handler sends the change.
      page.pubsub.subscribe((m) => void (shown.value = String(m)));
    },
    { hub: { runInContext } },
  );
  await pages[0]!.pubsub.sendAll("hello");
  await settleAll(pilots);
  for (const pilot of pilots) assert.deepEqual(lines(pilot), ["hello"]);
  assert.deepEqual(
    entries.map((e) => [e.phase, e.session.page === pages[0] ? 0 : 1]).sort(),
    [["pubsub", 0], ["pubsub", 1]],
  );
  for (const pilot of pilots) await pilot.close();
});

test("a closed session can neither send nor subscribe (session.closed)", async () => {
  let page!: Page;
  const pilot = await runApp((p) => void (page = p));
  await pilot.close();
  const closed = (e: unknown) => e instanceof WeftError && e.code === ErrorCode.sessionClosed;
  assert.throws(() => page.pubsub.sendAll(1), closed);
  assert.throws(() => page.pubsub.subscribe(() => {}), closed);
});

const quiet: Logger = { info() {}, warn() {}, error() {} };

test("1,000 subscribers each get 10 messages of two senders once, in each sender's order; 10,000 messages reach one subscriber in order", async () => {
  const received = new Map<string, number[]>();
  const hub = new SessionHub(
    (page) => {
      const list: number[] = [];
      received.set(page.sessionId, list);
      page.pubsub.subscribe((m) => void list.push(m as number));
    },
    { logger: quiet, maxSessionsPerClient: 2000, heartbeatMs: 0 },
  );
  await openSessions(hub, 1000);
  const [first, second] = [...hub.sessions.values()];
  for (let i = 0; i < 5; i++) {
    void first!.page.pubsub.sendAll(i);
    void second!.page.pubsub.sendAll(100 + i);
  }
  await sleep(0);
  assert.equal(received.size, 1000);
  for (const list of received.values()) {
    assert.deepEqual(list, [0, 100, 1, 101, 2, 102, 3, 103, 4, 104]);
  }
  assert.equal(hub.pubsub.subscriptionCount, 1000);

  for (const list of received.values()) list.length = 0;
  for (const session of [...hub.sessions.values()].slice(2)) session.page.pubsub.unsubscribe();
  assert.equal(hub.pubsub.subscriptionCount, 2);
  for (let i = 0; i < 10_000; i++) void first!.page.pubsub.sendOthers(i);
  await sleep(0);
  assert.deepEqual(received.get(first!.id), []); // sendOthers: not the sender
  assert.deepEqual(received.get(second!.id), Array.from({ length: 10_000 }, (_, i) => i));
  let others = 0;
  for (const [id, list] of received) if (id !== first!.id && id !== second!.id) others += list.length;
  assert.equal(others, 0);
  await hub.close();
});

test("1,000 sessions that end (dropped and expired) leave no subscription behind, on the hub or the adapter", async () => {
  const adapter = new MemoryPubSub();
  const hub = new SessionHub(
    (page) => {
      page.pubsub.subscribe(() => {});
      page.pubsub.subscribeTopic(`room-${page.sessionId.slice(0, 1)}`, () => {});
      page.pubsub.subscribeTopic("lobby", () => {});
      page.session.set("joined", Date.now());
    },
    { logger: quiet, maxSessionsPerClient: 2000, heartbeatMs: 0, sessionTimeout: 1, pubsub: adapter },
  );
  const clients = await openSessions(hub, 1000);
  assert.equal(hub.pubsub.subscriptionCount, 3000);
  assert.ok(adapter.listenerCount >= 3 && adapter.listenerCount <= 18, `one adapter listener per channel, got ${adapter.listenerCount}`);
  for (const client of clients) client.close(1006, "dropped");
  const deadline = Date.now() + 10_000;
  while (hub.size > 0 && Date.now() < deadline) await sleep(5);
  assert.equal(hub.size, 0);
  assert.equal(hub.pubsub.subscriptionCount, 0);
  assert.equal(adapter.listenerCount, 0);
  await hub.close();
  adapter.close();
});

test("pub/sub messages sent while a tab is away run on its session and reach the tab on resume, none lost or doubled", async () => {
  const adapter = new MemoryPubSub();
  let sender!: Page;
  const listener = new Pilot(
    (page) => {
      page.pubsub.subscribe((m) => void page.controls.push(new Text(String(m))));
    },
    { hub: { pubsub: adapter } },
  );
  const other = new Pilot((page) => void (sender = page), { hub: { pubsub: adapter } });
  await listener.settle();
  await other.settle();
  await sender.pubsub.sendAll("before");
  await listener.settle();
  await listener.drop();
  for (const m of ["gap 1", "gap 2", "gap 3"]) await sender.pubsub.sendAll(m);
  await listener.settle();
  await listener.reconnect();
  await sender.pubsub.sendAll("after");
  await listener.settle();
  assert.deepEqual(
    listener.find({ type: Text }).map((n) => n.props.value),
    ["before", "gap 1", "gap 2", "gap 3", "after"],
  );
  await listener.close();
  await other.close();
});
