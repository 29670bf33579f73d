import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { WebSocket, WebSocketServer } from "ws";
import type { Connection } from "../../src/protocol/index.js";
import { wsConnection } from "../../src/server/ws-connection.js";

interface Received {
  text: string;
  binary: boolean;
}

/** A real `ws` server on 127.0.0.1 whose sockets are wrapped by `wsConnection`, and `count` clients. */
async function connected(count: number) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const connections: Connection[] = [];
  wss.on("connection", (socket, req) => connections.push(wsConnection(socket, req.socket.remoteAddress)));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clients: WebSocket[] = [];
  const received: Received[][] = [];
  for (let i = 0; i < count; i++) {
    const client = new WebSocket(url);
    const inbox: Received[] = [];
    client.on("message", (data, isBinary) => inbox.push({ text: data.toString(), binary: isBinary }));
    await new Promise((resolve) => client.once("open", resolve));
    clients.push(client);
    received.push(inbox);
  }
  while (connections.length < count) await new Promise((resolve) => setImmediate(resolve));
  return {
    connections,
    received,
    async close() {
      for (const client of clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for frames");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test("the same frame sent to many sockets arrives intact as a text frame on each, as do frames in between and large ones", async () => {
  const side = await connected(3);
  try {
    const broadcast = '["patch",{"seq":2,"ops":[["set",2,{"value":"tick é ✓"}]]}]';
    const other = '["patch",{"seq":3,"ops":[["set",2,{"value":"other"}]]}]';
    const large = `["patch",{"seq":4,"ops":[["set",2,{"value":"${"x".repeat(40_000)}"}]]}]`;
    for (const connection of side.connections) connection.send(broadcast);
    side.connections[1]!.send(other);
    for (const connection of side.connections) connection.send(broadcast);
    for (const connection of side.connections) connection.send(large);
    await until(() => side.received.every((inbox, i) => inbox.length === (i === 1 ? 4 : 3)));
    for (const [i, inbox] of side.received.entries()) {
      const expected = i === 1 ? [broadcast, other, broadcast, large] : [broadcast, broadcast, large];
      assert.deepEqual(inbox.map((frame) => frame.text), expected);
      assert.ok(inbox.every((frame) => !frame.binary), "every frame is a text frame");
    }
  } finally {
    await side.close();
  }
});

test("a task's first frame goes at once, the rest at the end of the task: counted as unsent until then, and a close sends them first", async () => {
  const side = await connected(2);
  try {
    const [first, second] = side.connections as [Connection, Connection];
    await new Promise((resolve) => setImmediate(resolve));
    first.send('["patch",{"seq":1,"ops":[]}]');
    const afterFirst = first.bufferedAmount;
    second.send('["patch",{"seq":1,"ops":[]}]');
    first.send('["patch",{"seq":2,"ops":[]}]');
    assert.equal(second.bufferedAmount, '["patch",{"seq":1,"ops":[]}]'.length, "a queued frame counts as unsent");
    assert.equal(first.bufferedAmount - afterFirst, '["patch",{"seq":2,"ops":[]}]'.length, "…on top of what the socket holds");
    const closed = new Promise<void>((resolve) => {
      first.onClose = () => resolve();
    });
    first.close(1000, "done");
    await closed;
    await until(() => side.received[1]!.length === 1);
    assert.deepEqual(side.received[0]!.map((frame) => frame.text), ['["patch",{"seq":1,"ops":[]}]', '["patch",{"seq":2,"ops":[]}]']);
    assert.deepEqual(side.received[1]!.map((frame) => frame.text), ['["patch",{"seq":1,"ops":[]}]']);
    first.send('["patch",{"seq":3,"ops":[]}]');
    assert.equal(first.bufferedAmount, 0, "a send after close is dropped, not queued");
  } finally {
    await side.close();
  }
});

test("a socket whose write throws does not hold up the others' frames", async () => {
  // The error path only: a real socket does not throw on send while open.
  const { sendFrame } = await import("../../src/server/socket-writes.js");
  const got: string[] = [];
  const writer = (send: (data: unknown) => void) => ({ socket: { readyState: WebSocket.OPEN, send } as unknown as WebSocket, queued() {}, written() {} });
  const broken = writer(() => {
    throw new Error("broken pipe");
  });
  const fine = writer((data) => void got.push(String(data)));
  sendFrame(fine, "first");
  sendFrame(broken, "lost");
  sendFrame(fine, "second");
  await Promise.resolve();
  assert.deepEqual(got, ["first", "second"]);
  sendFrame(broken, "lost again");
  sendFrame(fine, "next task");
  await Promise.resolve();
  assert.deepEqual(got, ["first", "second", "next task"]);
});
