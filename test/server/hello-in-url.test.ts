/**
 * A new session's hello in the WebSocket URL (decision 0015): the server takes it as the first
 * frame, so the page is answered without waiting for the socket to open and send, and drops the
 * client's copy of it; a bad one is refused exactly as a bad first frame would be, and nothing
 * the connection sends after that is read.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Text, type Logger } from "../../src/index.js";
import { collectFrames } from "./socket-frames.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const hello = JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]);

/** A logger that keeps its warnings. */
function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  return { logger: { info() {}, warn: (message) => void warnings.push(message), error() {} }, warnings };
}

function urlWith(port: number, frame: string): string {
  return `ws://127.0.0.1:${port}/_weft/ws?hello=${encodeURIComponent(frame)}`;
}

test("a hello in the URL starts the session: welcome and first patch come without a frame sent", async () => {
  const handle = await appAsync((page) => page.add(new Text("from the url")), { port: 0, view: "none", logger: quiet });
  try {
    const ws = new WebSocket(urlWith(handle.port, hello));
    const { frames } = await collectFrames(ws, 2);
    assert.match(frames[0]!, /^\["welcome",/);
    assert.match(frames[1]!, /^\["patch",\{"seq":1,.*"from the url"/);
    ws.close();
  } finally {
    await handle.close();
  }
});

test("the client's copy of the URL's hello, its first frame, is dropped; frames after it are read", async () => {
  const { logger, warnings } = recordingLogger();
  const handle = await appAsync((page) => page.add(new Text("once")), { port: 0, view: "none", logger });
  try {
    const ws = new WebSocket(urlWith(handle.port, hello));
    const received = collectFrames(ws, 3);
    await new Promise((resolve) => ws.once("open", resolve));
    ws.send(hello);
    ws.send("not json");
    const { frames } = await received;
    assert.match(frames[0]!, /^\["welcome",/);
    assert.match(frames[1]!, /^\["patch",/);
    assert.match(frames[2]!, /^\["error",\{"code":"protocol\.bad-json"/, "the next frame is the bad one: the copy made no error");
    assert.ok(!warnings.some((w) => w.includes("second hello")), "the copy is not taken for a second hello");
    ws.close();
  } finally {
    await handle.close();
  }
});

test("a bad hello in the URL is refused like a bad first frame; another session is untouched", async () => {
  const { logger, warnings } = recordingLogger();
  let started = 0;
  const handle = await appAsync(
    (page) => {
      started++;
      return page.add(new Text("ok"));
    },
    { port: 0, view: "none", logger },
  );
  try {
    const bystander = new WebSocket(urlWith(handle.port, hello));
    const bystanderFrames = collectFrames(bystander, 2);

    const refusedSocket = new WebSocket(urlWith(handle.port, "not json"));
    refusedSocket.once("open", () => refusedSocket.send(hello));
    const notJson = await collectFrames(refusedSocket, 5);
    assert.equal(notJson.close?.[0], 1002);
    assert.match(notJson.close![1], /protocol\.bad-json/);
    assert.equal(notJson.frames.length, 1, "a good hello sent after the refusal starts nothing");
    assert.match(notJson.frames[0]!, /^\["error",\{"code":"protocol\.bad-json"/);

    const oldClient = await collectFrames(new WebSocket(urlWith(handle.port, JSON.stringify(["hello", { v: 99, width: 1, height: 1, route: "/" }]))), 5);
    assert.match(oldClient.frames[0]!, /"code":"protocol\.version-mismatch"/);

    const notHello = await collectFrames(new WebSocket(urlWith(handle.port, JSON.stringify(["ack", { seq: 1 }]))), 5);
    assert.match(notHello.frames[0]!, /"code":"protocol\.hello-expected"/);

    assert.match((await bystanderFrames).frames[1]!, /"ok"/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(started, 1, "only the bystander has a session");
    assert.ok(warnings.some((w) => w.includes("protocol.bad-json")), "each refusal is logged");
    bystander.close();
  } finally {
    await handle.close();
  }
});
