/**
 * Property-based fuzzing of the server's inbound path: 100,000 generated frames, valid and
 * hostile, into one session. No crash, no unhandled rejection, the other sessions unaffected,
 * every structure bounded.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { Checkbox, Column, ElevatedButton, SessionHub, Text, TextField, type Logger, type Page } from "../../src/core/index.js";
import { encodeFrame, PROTOCOL_VERSION, type Connection } from "../../src/protocol/index.js";
import { memoryConnectionPair } from "../../src/testing/index.js";

const RUNS = 100;
const FRAMES_PER_RUN = 1000;
const MAX_CONTROLS = 300;
const MAX_REPLAY_BYTES = 64 * 1024;

const quiet: Logger = { info() {}, warn() {}, error() {} };

function app(page: Page): Promise<void> {
  const count = new Text("0");
  const list = new Column([]);
  return page.add(
    count,
    new ElevatedButton("add", { onClick: () => void list.controls.push(new Text(`row ${list.controls.length}`)) }),
    new ElevatedButton("count", { onClick: () => void (count.value = String(Number(count.value) + 1)) }),
    new ElevatedButton("throw", { onClick: () => { throw new Error("handler broke"); } }),
    new ElevatedButton("reject", { onClick: async () => { throw new Error("async handler broke"); } }),
    new TextField({ label: "field", onChange: (e) => void (count.value = String(e.data).slice(0, 20)), onSubmit: () => void list.controls.pop() }),
    new Checkbox({ label: "box", tristate: true, onChange: () => void list.controls.reverse() }),
    list,
  );
}

const names = fc.constantFrom("click", "change", "submit", "focus", "blur", "resize", "__proto__", "constructor", "toString", "hasOwnProperty", "");
const ids = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer(), fc.double(), fc.constant(-1), fc.constant(2 ** 53));
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant({ constructor: { prototype: { polluted: true } } }),
  fc.string({ maxLength: 3000 }),
  fc.constant(null),
);

/**
 * A well-formed event; `seq: "next"` takes the next number in order, as a real client would; a
 * number goes that many back (a replayed event, which must run only once).
 */
const validEvent = fc.record({
  seq: fc.oneof({ weight: 9, arbitrary: fc.constant("next" as const) }, { weight: 1, arbitrary: fc.nat({ max: 20 }) }),
  id: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2, max: 9 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }) }),
  name: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("click", "change", "submit") }, { weight: 1, arbitrary: names }),
  data: hostileValue,
});
type Generated = string | { event: { seq: number | "next"; id: number; name: string; data: unknown } };
/** Events with a forged number far ahead: they block nothing but the forger's own later events. */
const forgedEvent = fc.record({ seq: fc.nat(), id: fc.integer({ min: 0, max: 40 }), name: names, data: hostileValue });
const frame: fc.Arbitrary<Generated> = fc.oneof(
  { weight: 0, arbitrary: forgedEvent.map((body) => JSON.stringify(["event", body])) },
  { weight: 5, arbitrary: validEvent.map((event) => ({ event })) },
  { weight: 2, arbitrary: fc.record({ seq: fc.anything(), id: ids, name: fc.anything(), data: hostileValue }).map((body) => JSON.stringify(["event", body])) },
  { weight: 1, arbitrary: fc.record({ seq: fc.oneof(fc.nat(), fc.integer(), fc.string()) }).map((body) => JSON.stringify(["ack", body])) },
  { weight: 1, arbitrary: fc.record({ call: fc.oneof(fc.nat(), fc.string()), ok: fc.anything(), data: hostileValue, error: fc.anything() }).map((b) => JSON.stringify(["reply", b])) },
  { weight: 1, arbitrary: fc.constantFrom('["pong",{}]', `["hello",{"v":${PROTOCOL_VERSION},"width":1,"height":1,"route":"/"}]`, '["hello",{"v":99}]') },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 6 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })).map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: fc.nat({ max: 200 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`) },
  { weight: 1, arbitrary: fc.constantFrom("", "[]", "[null,null]", '["event",null]', '["event",[]]', "\u0000", "x".repeat(70_000)) },
);

interface Tab {
  client: Connection;
  received: string[];
}

function open(hub: SessionHub): Tab {
  const [server, client] = memoryConnectionPair();
  const received: string[] = [];
  client.onMessage = (text) => void received.push(text);
  hub.accept(server);
  client.send(encodeFrame(["hello", { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/" }]));
  return { client, received };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test(`${RUNS * FRAMES_PER_RUN} generated frames: no crash, no unhandled rejection, neighbours unaffected, memory bounded`, async () => {
  let unhandled = 0;
  const onUnhandled = () => void unhandled++;
  process.on("unhandledRejection", onUnhandled);
  const heapBefore = process.memoryUsage().heapUsed;
  let framesSent = 0;
  const victimStats = { handledEvents: 0, dropped: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: FRAMES_PER_RUN, maxLength: FRAMES_PER_RUN }), async (frames) => {
        const hub = new SessionHub(app, { logger: quiet, eventRate: 1e9, eventBurst: 1e9, maxControls: MAX_CONTROLS, maxReplayBytes: MAX_REPLAY_BYTES, heartbeatMs: 0 });
        const [victim, bystander] = [open(hub), open(hub)];
        await settle();
        let seq = 0;
        for (const generated of frames) {
          if (typeof generated === "string") victim.client.send(generated);
          else {
            const { event } = generated;
            const number = event.seq === "next" ? ++seq : Math.max(0, seq - event.seq);
            victim.client.send(JSON.stringify(["event", { ...event, seq: number }]));
          }
        }
        framesSent += frames.length;
        await settle();
        for (const session of hub.sessions.values()) await session.idle();

        const sessions = [...hub.sessions.values()];
        assert.equal(sessions.length, 2, "both sessions are alive");
        const stats = sessions[0]!.stats;
        victimStats.handledEvents += stats.handledEvents;
        victimStats.dropped += stats.unknownControls + stats.unknownEvents + stats.badEventData + stats.blockedEvents;
        for (const session of sessions) {
          assert.ok(session.tree.registry.size <= MAX_CONTROLS);
          assert.ok(session.outbox.bufferedBytes <= MAX_REPLAY_BYTES + 70_000);
          assert.equal(session.pendingWork, 0);
        }
        assert.equal(({} as Record<string, unknown>).polluted, undefined, "no prototype was polluted");

        // The bystander's session is exactly as it started, and still answers.
        const [, other] = sessions;
        assert.equal(other!.stats.unknownControls + other!.stats.badEventData + other!.stats.unknownEvents, 0);
        const countButton = [...other!.tree.registry.values()].find((c) => c instanceof ElevatedButton && c.text === "count")!;
        const before = bystander.received.length;
        bystander.client.send(encodeFrame(["event", { seq: 1, id: countButton.id, name: "click" }]));
        await settle();
        assert.ok(bystander.received.slice(before).some((f) => f.includes('"value":"1"')), "the bystander's click was answered");
        await hub.close();
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
  assert.equal(framesSent, RUNS * FRAMES_PER_RUN);
  assert.ok(victimStats.handledEvents > 3_000, `handlers ran ${victimStats.handledEvents} times`);
  assert.ok(victimStats.dropped > 10_000, `dropped ${victimStats.dropped} events`);
  assert.equal(unhandled, 0, "no unhandled rejection");
  const grown = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  assert.ok(grown < 256, `heap grew by ${grown.toFixed(0)} MB`);
});
