/**
 * The client's WebSocket transport and its first frame (decision 0015), in Node against a plain
 * `ws` server that records what arrives: a hello is the first frame, and a copy goes in the URL's
 * query unless the URL would be too long; frames sent before the socket opens follow in order.
 */
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { WebSocket as NodeWebSocket, WebSocketServer } from "ws";
import { WebSocketConnection } from "../../src/client/ws-connection.js";
import { HELLO_PARAM } from "../../src/protocol/index.js";

interface Arrival {
  url: string;
  frames: string[];
}

let server: WebSocketServer;
let endpoint: string;
const arrivals: Arrival[] = [];
const scope = globalThis as { WebSocket?: unknown };
const hadWebSocket = "WebSocket" in scope;
const browserWebSocket = scope.WebSocket;

before(async () => {
  // `ws`'s client has the browser's interface (onopen, onmessage, send, bufferedAmount).
  scope.WebSocket = NodeWebSocket;
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((resolve) => server.once("listening", resolve));
  endpoint = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/_weft/ws`;
  server.on("connection", (socket, req) => {
    const arrival: Arrival = { url: req.url ?? "", frames: [] };
    arrivals.push(arrival);
    socket.on("message", (data) => arrival.frames.push(String(data)));
  });
});

after(async () => {
  if (hadWebSocket) scope.WebSocket = browserWebSocket;
  else delete scope.WebSocket;
  for (const client of server.clients) client.terminate();
  await new Promise((resolve) => server.close(resolve));
});

/** Waits until the server has seen `frames` frames on connection number `index`. */
async function frames(index: number, count: number): Promise<Arrival> {
  for (let i = 0; i < 200; i++) {
    const arrival = arrivals[index];
    if (arrival && arrival.frames.length >= count) return arrival;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`connection ${index} did not receive ${count} frames within 2 s`);
}

test("a hello rides in the URL and is the first frame; frames sent before the socket opens follow", async () => {
  const hello = JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/a b?c#d" }]);
  const connection = new WebSocketConnection(endpoint, hello);
  connection.send('["ack",{"seq":0}]');
  const arrival = await frames(0, 2);
  const url = new URL(arrival.url, "http://host");
  assert.equal(url.pathname, "/_weft/ws");
  assert.equal(url.searchParams.get(HELLO_PARAM), hello, "the whole frame, URL-encoded");
  assert.deepEqual(arrival.frames, [hello, '["ack",{"seq":0}]'], "a server that ignores the URL still gets the hello");
  connection.close();
});

test("a hello too long for a URL is only the first frame", async () => {
  const hello = JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: `/${"x".repeat(3000)}` }]);
  const connection = new WebSocketConnection(endpoint, hello);
  connection.send('["ack",{"seq":0}]');
  const arrival = await frames(1, 2);
  assert.equal(new URL(arrival.url, "http://host").searchParams.has(HELLO_PARAM), false);
  assert.deepEqual(arrival.frames, [hello, '["ack",{"seq":0}]']);
  connection.close();
});

test("without a hello the URL is left as it is", async () => {
  const connection = new WebSocketConnection(endpoint);
  connection.send("first");
  const arrival = await frames(2, 1);
  assert.equal(arrival.url, "/_weft/ws");
  assert.deepEqual(arrival.frames, ["first"]);
  connection.close();
});
