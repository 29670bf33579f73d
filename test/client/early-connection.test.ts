/**
 * The boot script's early connection, in Node: it says hello at once, holds what arrives until
 * the client takes it over, and a client that starts first leaves the boot script nothing to open.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { EarlyConnection, openEarlyConnection, takeEarlyConnection } from "../../src/client/early-connection.js";
import type { Connection } from "../../src/protocol/index.js";

class FakeConnection implements Connection {
  sent: string[] = [];
  closed: [number | undefined, string | undefined] | undefined;
  bufferedAmount = 7;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};
  send(frame: string): void {
    this.sent.push(frame);
  }
  close(code?: number, reason?: string): void {
    this.closed = [code, reason];
  }
}

const hello = { v: 1, width: 800, height: 600, route: "/" };
const SLOT = "__weftEarlyConnection";
const reset = () => delete (globalThis as Record<string, unknown>)[SLOT];

test("the boot script's connection goes with its hello and holds frames until the client takes it", () => {
  reset();
  let inner!: FakeConnection;
  const order: string[] = [];
  let first: string | undefined;
  openEarlyConnection(
    (frame) => (order.push("connect"), (first = frame), (inner = new FakeConnection())),
    () => (order.push("hello"), hello),
  );
  assert.deepEqual(order, ["hello", "connect"], "the hello is made first: it travels with the connection");
  assert.equal(first, JSON.stringify(["hello", hello]), "the transport is handed the hello frame");
  assert.deepEqual(inner.sent, [], "and nothing else is sent");
  inner.onMessage('["welcome",{}]');
  inner.onMessage('["patch",{"seq":1,"ops":[]}]');

  const early = takeEarlyConnection();
  assert.ok(early instanceof EarlyConnection);
  const received: string[] = [];
  early.onMessage = (frame) => received.push(frame);
  assert.deepEqual(received, [], "nothing is handed over before release()");
  early.release();
  assert.deepEqual(received, ['["welcome",{}]', '["patch",{"seq":1,"ops":[]}]'], "held frames, in order");
  inner.onMessage('["ack",{"seq":1}]');
  assert.equal(received.at(-1), '["ack",{"seq":1}]', "then frames pass straight on");
  early.send("x");
  assert.equal(inner.sent.at(-1), "x");
  assert.equal(early.bufferedAmount, 7);
  early.close(1000, "bye");
  assert.deepEqual(inner.closed, [1000, "bye"]);
  assert.equal(takeEarlyConnection(), undefined, "taken once");
});

test("a close before the client takes over is handed over after the held frames", () => {
  reset();
  let inner!: FakeConnection;
  openEarlyConnection(() => (inner = new FakeConnection()), () => hello);
  inner.onMessage('["welcome",{}]');
  inner.onClose(1011, "gone");
  const early = takeEarlyConnection()!;
  const seen: string[] = [];
  early.onMessage = (frame) => seen.push(frame);
  early.onClose = (code, reason) => seen.push(`close ${code} ${reason}`);
  early.release();
  assert.deepEqual(seen, ['["welcome",{}]', "close 1011 gone"]);
});

test("once the client has started, the boot script opens nothing", () => {
  reset();
  assert.equal(takeEarlyConnection(), undefined, "no boot script ran: the client connects itself");
  let opened = 0;
  openEarlyConnection(() => (opened++, new FakeConnection()), () => hello);
  assert.equal(opened, 0, "a second session would be opened otherwise");
  reset();
});
