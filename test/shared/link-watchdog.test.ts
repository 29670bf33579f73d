/**
 * The dead-link watchdog: a link is dead after 2.5 heartbeats of silence, counted from the last
 * frame, and a frame from the server costs no timer call (the click round trip's patch used to
 * wait behind a clearTimeout and a setTimeout).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Connection } from "../../src/protocol/index.js";
import type { Clock } from "../../src/shared/clock.js";
import { LinkWatchdog } from "../../src/shared/link-watchdog.js";

/** One timer slot at most is needed here; counts every call. */
class CountingClock implements Clock {
  time = 0;
  sets = 0;
  clears = 0;
  #due: { at: number; run: () => void; id: number } | undefined;
  #next = 1;
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): number {
    this.sets++;
    assert.equal(this.#due, undefined, "the watchdog keeps one timer at most");
    this.#due = { at: this.time + ms, run, id: this.#next };
    return this.#next++;
  }
  clearTimeout(timer: unknown): void {
    this.clears++;
    if (this.#due?.id === timer) this.#due = undefined;
  }
  /** Moves time to `time`, running the timer on the way each time it is due. */
  runUntil(time: number): void {
    while (this.#due && this.#due.at <= time) {
      const due = this.#due;
      this.#due = undefined;
      this.time = due.at;
      due.run();
    }
    this.time = time;
  }
}

const link = (name: string) => ({ name }) as unknown as Connection;

function watchdog() {
  const clock = new CountingClock();
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
    clock.runUntil(i);
    dog.heard(a);
  }
  assert.deepEqual([clock.sets, clock.clears], [1, 0], "one timer for the whole stream, none per frame");
  assert.deepEqual(silent, []);
});

test("dead after 2.5 heartbeats of silence counted from the last frame, not from when the timer was set", () => {
  const { clock, silent, dog } = watchdog();
  const a = link("a");
  dog.feed(a);
  clock.runUntil(2000);
  dog.heard(a);
  clock.runUntil(4499);
  assert.deepEqual(silent, [], "the timer ran at 2500 ms, found 500 ms of silence, and waits out the rest");
  clock.runUntil(4500);
  assert.deepEqual(silent, [a], "2500 ms after the last frame: dead");
  assert.equal(clock.sets, 2);
});

test("a frame on another connection watches that one; stop, and a heartbeat of 0, watch none", () => {
  const { clock, silent, dog } = watchdog();
  const [a, b] = [link("a"), link("b")];
  dog.feed(a);
  dog.heard(b);
  clock.runUntil(2500);
  assert.deepEqual(silent, [b], "the old connection's timer was replaced");
  dog.heard(b);
  dog.stop();
  clock.runUntil(10_000);
  assert.deepEqual(silent, [b], "stopped: no timer");
  dog.heartbeat = 0;
  dog.feed(a);
  dog.heard(a);
  clock.runUntil(100_000);
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
