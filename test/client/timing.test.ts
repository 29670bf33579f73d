/**
 * The client's timing pieces, in Node with mocked timers: reconnect backoff, coalesced acks, and
 * the held-back value changes of fields without `onChange`.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AckBatcher } from "../../src/shared/ack-batcher.js";
import { backoffDelay } from "../../src/client/backoff.js";
import { EventSender, VALUE_IDLE_MS } from "../../src/client/event-sender.js";

test("backoff grows from 0.5 s to a 10 s cap, with jitter of at most 20%", () => {
  const mid = () => 0.5;
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 40].map((n) => backoffDelay(n, mid)), [500, 1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  assert.equal(backoffDelay(0, () => 0), 400);
  assert.equal(backoffDelay(0, () => 1), 600);
  assert.equal(backoffDelay(9, () => 1), 12000);
});

test("acks are coalesced: one per 250 ms, or at once after 32 patches", (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const sent: number[] = [];
  const acks = new AckBatcher((seq) => sent.push(seq));
  acks.applied(1);
  acks.applied(2);
  assert.deepEqual(sent, []);
  t.mock.timers.tick(250);
  assert.deepEqual(sent, [2]);
  for (let seq = 3; seq <= 34; seq++) acks.applied(seq);
  assert.deepEqual(sent, [2, 34], "the 32nd unacknowledged patch is acknowledged at once");
  t.mock.timers.tick(1000);
  assert.deepEqual(sent, [2, 34], "nothing more to acknowledge");
  acks.applied(35);
  acks.cancel();
  t.mock.timers.tick(1000);
  assert.deepEqual(sent, [2, 34], "a cancelled ack is not sent (the connection dropped)");
  acks.reset(35);
  acks.flush();
  assert.deepEqual(sent, [2, 34], "a hello that acknowledged 35 leaves nothing to send");
});

function recorder() {
  const frames: [number, string, unknown][] = [];
  return { frames, transmit: (id: number, name: string, data: unknown) => void frames.push([id, name, data]) };
}

test("a held-back value is sent once, after a pause in typing", (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const { frames, transmit } = recorder();
  const sender = new EventSender(transmit);
  let value = "";
  for (const c of "abc") {
    value += c;
    sender.valueChanged(5, () => value);
    t.mock.timers.tick(100);
  }
  assert.deepEqual(frames, []);
  t.mock.timers.tick(VALUE_IDLE_MS);
  assert.deepEqual(frames, [[5, "change", "abc"]]);
});

test("held-back values go out before any other event, and on commit (blur)", (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const { frames, transmit } = recorder();
  const sender = new EventSender(transmit);
  sender.valueChanged(5, () => "Ada");
  sender.valueChanged(6, () => true);
  sender.event(7, "click");
  assert.deepEqual(frames, [
    [5, "change", "Ada"],
    [6, "change", true],
    [7, "click", undefined],
  ]);
  sender.valueChanged(5, () => "Ada L");
  sender.commit();
  assert.equal(frames.length, 4);
  assert.deepEqual(frames[3], [5, "change", "Ada L"]);
  t.mock.timers.tick(VALUE_IDLE_MS * 2);
  assert.equal(frames.length, 4, "a committed value is not sent again");
});

test("a removed control's held-back value is dropped", (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const { frames, transmit } = recorder();
  const sender = new EventSender(transmit);
  sender.valueChanged(5, () => "x");
  sender.forget(5);
  sender.valueChanged(6, () => "y");
  sender.reset();
  t.mock.timers.tick(VALUE_IDLE_MS * 2);
  sender.commit();
  assert.deepEqual(frames, []);
});

test("an event with nothing held back goes out without a timer call (the click round trip's path)", (t) => {
  const sets = t.mock.method(globalThis, "setTimeout");
  const clears = t.mock.method(globalThis, "clearTimeout");
  const sent: string[] = [];
  const sender = new EventSender((id, name) => sent.push(`${id}:${name}`));
  for (let i = 0; i < 100; i++) sender.event(3, "click");
  assert.equal(sent.length, 100);
  assert.deepEqual([sets.mock.callCount(), clears.mock.callCount()], [0, 0]);
});
