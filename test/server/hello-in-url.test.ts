/**
 * A new session's hello in the WebSocket URL (decision 0015): the server takes it as the first
 * frame, so the page is answered without waiting for the socket to open and send; a bad one is
 * refused exactly as a bad first frame would be.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Text, type Logger } from "../../src/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const hello = JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]);

function urlWith(port: number, frame: string): string {
  return `ws://127.0.0.1:${port}/_weft/ws?hello=${encodeURIComponent(frame)}`;
}

/** The frames a socket receives until it closes or `count` have come, and how it closed. */
function collect(ws: WebSocket, count: number): Promise<{ frames: string[]; close?: [number, string] }> {
  const frames: string[] = [];
  return new Promise((resolve) => {
    ws.on("message", (data) => {
      frames.push(String(data));
      if (frames.length === count) resolve({ frames });
    });
    ws.once("close", (code, reason) => resolve({ frames, close: [code, String(reason)] }));
  });
}

test("a hello in the URL starts the session: welcome and first patch come without a frame sent", async () => {
  const handle = await appAsync((page) => page.add(new Text("from the url")), { port: 0, view: "none", logger: quiet });
  try {
    const ws = new WebSocket(urlWith(handle.port, hello));
    const { frames } = await collect(ws, 2);
    assert.match(frames[0]!, /^\["welcome",/);
    assert.match(frames[1]!, /^\["patch",\{"seq":1,.*"from the url"/);
    ws.close();
  } finally {
    await handle.close();
  }
});

test("a bad hello in the URL is refused like a bad first frame; another session is untouched", async () => {
  const warnings: string[] = [];
  const logger: Logger = { info() {}, warn: (message) => void warnings.push(message), error() {} };
  const handle = await appAsync((page) => page.add(new Text("ok")), { port: 0, view: "none", logger });
  try {
    const bystander = new WebSocket(urlWith(handle.port, hello));
    const bystanderFrames = collect(bystander, 2);

    const notJson = await collect(new WebSocket(urlWith(handle.port, "not json")), 5);
    assert.equal(notJson.close?.[0], 1002);
    assert.match(notJson.close![1], /protocol\.bad-json/);
    assert.match(notJson.frames[0]!, /^\["error",\{"code":"protocol\.bad-json"/);

    const oldClient = await collect(new WebSocket(urlWith(handle.port, JSON.stringify(["hello", { v: 99, width: 1, height: 1, route: "/" }]))), 5);
    assert.match(oldClient.frames[0]!, /"code":"protocol\.version-mismatch"/);

    const notHello = await collect(new WebSocket(urlWith(handle.port, JSON.stringify(["ack", { seq: 1 }]))), 5);
    assert.match(notHello.frames[0]!, /"code":"protocol\.hello-expected"/);

    assert.match((await bystanderFrames).frames[1]!, /"ok"/);
    assert.ok(warnings.some((w) => w.includes("protocol.bad-json")), "each refusal is logged");
    bystander.close();
  } finally {
    await handle.close();
  }
});
