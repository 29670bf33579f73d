/** The `pubsub` app option: an adapter given to `appAsync` carries the app's messages; a bad one is named. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, MemoryPubSub, Text, type Logger, type PubSubAdapter } from "../../src/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const options = { port: 0, view: "none", logger: quiet } as const;

test("an adapter given as the pubsub option carries sendAll between two sockets' sessions; close() leaves it open", async () => {
  const memory = new MemoryPubSub();
  const channels: string[] = [];
  const adapter: PubSubAdapter = {
    publish: (channel, envelope) => {
      channels.push(channel);
      return memory.publish(channel, envelope);
    },
    subscribe: (channel, listener) => memory.subscribe(channel, listener),
    unsubscribe: (channel, listener) => memory.unsubscribe(channel, listener),
    close: () => memory.close(),
  };
  const handle = await appAsync(async (page) => {
    const shown = new Text("waiting");
    await page.add(shown);
    page.pubsub.subscribe((m) => void (shown.value = `got ${String(m)}`));
    if (page.route === "/?send") await page.pubsub.sendAll("ping");
  }, { ...options, pubsub: adapter });
  const open = async (route: string) => {
    const ws = new WebSocket(`ws://127.0.0.1:${handle.port}/_weft/ws`);
    const frames: string[] = [];
    ws.on("message", (data) => void frames.push(String(data)));
    await new Promise((resolve) => ws.once("open", resolve));
    ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route }]));
    return { ws, frames };
  };
  try {
    const listener = await open("/");
    while (!listener.frames.some((f) => f.includes("waiting"))) await new Promise((r) => setTimeout(r, 5));
    const sender = await open("/?send");
    const deadline = Date.now() + 5000;
    while (!listener.frames.some((f) => f.includes("got ping")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    assert.ok(listener.frames.some((f) => f.includes('"got ping"')), "the listening socket got the message's patch");
    assert.deepEqual(channels, ["all"]);
    listener.ws.close();
    sender.ws.close();
  } finally {
    await handle.close();
  }
  assert.doesNotThrow(() => memory.publish("all", { from: "x", others: false, message: 1 }), "the given adapter is the caller's to close");
  memory.close();
});

test("a pubsub option that is no adapter is named plainly", async () => {
  await assert.rejects(appAsync(() => {}, { ...options, pubsub: {} as never }), {
    code: "server.bad-option",
    message: "pubsub must be a pub/sub adapter with publish, subscribe, unsubscribe and close; it has no publish, subscribe, unsubscribe, close",
  });
  await assert.rejects(appAsync(() => {}, { ...options, pubsub: { publish() {}, subscribe() {}, unsubscribe() {} } as never }), { message: /it has no close$/ });
});
