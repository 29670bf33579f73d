/**
 * The dead-link watchdog: a link is dead after 2.5 heartbeats of silence, counted from the last
 * frame, and a frame from the server costs no timer call (the click round trip's patch used to
 * wait behind a clearTimeout and a setTimeout).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ServerAction, encodeFrame, type Connection, type ServerFrame } from "../../src/protocol/index.js";
import { ClientSession } from "../../src/shared/client-session.js";
import { LinkWatchdog } from "../../src/shared/link-watchdog.js";
import { FakeClock } from "./fake-clock.js";

const link = (name: string) => ({ name }) as unknown as Connection;

function watchdog() {
  const clock = new FakeClock();
  const silent: Connection[] = [];
  const dog = new LinkWatchdog(clock, true, (connection) => silent.push(connection!));
  dog.heartbeat = 1000;
  return { clock, silent, dog };
}

test("a frame from the server sets and clears no timer: 1,000 frames, one timer", () => {
  const { clock, silent, dog } = watchdog();
  const a = link("a");
  dog.feed(a);
  for (let i = 1; i <= 1000; i++) {
    clock.advance(1);
    dog.heard(a);
  }
  assert.deepEqual([clock.sets, clock.clears, clock.pending], [1, 0, 1], "one timer for the whole stream, none per frame");
  assert.deepEqual(silent, []);
});

test("dead after 2.5 heartbeats of silence counted from the last frame, not from when the timer was set", () => {
  const { clock, silent, dog } = watchdog();
  const a = link("a");
  dog.feed(a);
  clock.advance(2000);
  dog.heard(a);
  clock.advance(2499);
  assert.deepEqual(silent, [], "the timer ran at 2500 ms, found 500 ms of silence, and waits out the rest");
  clock.advance(1);
  assert.deepEqual(silent, [a], "2500 ms after the last frame: dead");
  assert.equal(clock.sets, 2);
});

test("a frame on another connection watches that one; stop, and a heartbeat of 0, watch none", () => {
  const { clock, silent, dog } = watchdog();
  const [a, b] = [link("a"), link("b")];
  dog.feed(a);
  dog.heard(b);
  clock.advance(2500);
  assert.deepEqual(silent, [b], "the old connection's timer was replaced");
  dog.heard(b);
  dog.stop();
  clock.advance(10_000);
  assert.deepEqual(silent, [b], "stopped: no timer");
  dog.heartbeat = 0;
  dog.feed(a);
  dog.heard(a);
  clock.advance(100_000);
  assert.deepEqual(silent, [b], "a server without heartbeats is never called silent");
  assert.equal(dog.quietFor(1.5), false);
});

test("quietFor compares the silence since the last frame with the heartbeat", () => {
  const { clock, dog } = watchdog();
  dog.heard(link("a"));
  clock.time = 1500;
  assert.equal(dog.quietFor(1.5), false);
  clock.time = 1501;
  assert.equal(dog.quietFor(1.5), true);
});

test("a client session's patches cost no timer of the watchdog: 100 patches, only the ack batcher's 4 timers", () => {
  const clock = new FakeClock();
  let server: Connection | undefined;
  const session = new ClientSession({
    connect: () => {
      server = { onMessage: () => {}, onClose: () => {}, send: () => {}, close: () => {}, bufferedAmount: 0 };
      return server;
    },
    hello: () => ({ v: 1, width: 800, height: 600, route: "/" }),
    clock,
    retryDelay: () => 100,
    host: { patch: (body) => session.applied(body.seq), sessionReplaced: () => {}, warn: () => {} },
  });
  session.start();
  const serve = (frame: ServerFrame) => server!.onMessage(encodeFrame(frame));
  serve([ServerAction.welcome, { v: 1, session: "s1", token: "t1", resumed: false, seq: 0, ack: 0, heartbeat: 1000 }]);
  const [sets, clears] = [clock.sets, clock.clears];
  for (let seq = 1; seq <= 100; seq++) serve([ServerAction.patch, { seq, ops: [] }]);
  // The ack batcher arms at patches 1, 33, 65 and 97 and clears at 32, 64 and 96 (an ack each 32 patches).
  assert.deepEqual([clock.sets - sets, clock.clears - clears], [4, 3], "no timer call per frame for the dead-link watch");
  session.close();
});
