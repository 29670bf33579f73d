/**
 * The worker host without a browser: Node's `MessageChannel` stands in for the page's, a small
 * stand-in for the worker's global scope delivers `weft.connect` signals, and the page's real
 * `WorkerConnection` says hello. The app's session runs exactly as it does behind a WebSocket.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { WorkerConnection, type MessagePortLike } from "../../src/client/worker-connection.js";
import { Text, type Page } from "../../src/core/index.js";
import { ClientAction, encodeFrame, PortSignal, PROTOCOL_VERSION, type Connection } from "../../src/protocol/index.js";
import { appAsync } from "../../src/worker/app.js";
import { WorkerHost, type HostErrorEvent, type HostMessageEvent, type WorkerScopeLike } from "../../src/worker/worker-host.js";

const quiet = { info() {}, warn() {}, error() {} };

/** A worker scope whose events the test dispatches by hand. */
class FakeScope implements WorkerScopeLike {
  readonly message: ((event: HostMessageEvent) => void)[] = [];
  readonly error: ((event: HostErrorEvent) => void)[] = [];
  addEventListener(type: "message" | "error", listener: never): void {
    (type === "message" ? this.message : this.error).push(listener);
  }
  /** What the page's `workerConnector` does: a channel, one port posted to the worker. */
  connect(): { page: WorkerConnection; close(): void } {
    const { port1, port2 } = new MessageChannel();
    const page = new WorkerConnection(port1 as unknown as MessagePortLike);
    for (const listener of this.message) listener({ data: { signal: PortSignal.connect }, ports: [port2 as unknown as MessagePortLike] });
    return { page, close: () => closePorts(port1, port2) };
  }
}

function closePorts(...ports: MessagePort[]): void {
  for (const port of ports) port.close();
}

/** Says hello on `connection` and collects the frames that come back until one contains `text`. */
function hello(connection: Connection, text: string): Promise<string[]> {
  const frames: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${frames.length} frames: ${frames.join(" ")}`)), 5000);
    connection.onMessage = (frame) => {
      frames.push(frame);
      if (frame.includes(text)) {
        clearTimeout(timer);
        resolve(frames);
      }
    };
    connection.send(encodeFrame([ClientAction.hello, { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/deep/link" }]));
  });
}

test("a tab that connects before app() is called waits, then gets its session and first patch", async () => {
  const scope = new FakeScope();
  const host = new WorkerHost(scope);
  const early = scope.connect();
  const frames = hello(early.page, "Hello from the worker");
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(host.attached, false);
  let route = "";
  const hub = host.attach(async (page: Page) => {
    route = page.route;
    await page.add(new Text("Hello from the worker"));
  }, { logger: quiet });
  const [welcome] = await frames;
  assert.match(welcome!, /^\["welcome",/);
  assert.equal(route, "/deep/link");
  assert.equal(hub.sessions.size, 1);

  const second = scope.connect();
  await hello(second.page, "Hello from the worker");
  assert.equal(hub.sessions.size, 2, "one session per connection, as per tab");
  await hub.close();
  early.close();
  second.close();
});

test("a second app() in one worker is refused; errors after the app started stay in the worker", () => {
  const scope = new FakeScope();
  const host = new WorkerHost(scope);
  const uncaught = (): { prevented: boolean } & HostErrorEvent => {
    const event = { prevented: false, message: "boom", preventDefault() { event.prevented = true; } };
    for (const listener of scope.error) listener(event);
    return event;
  };
  assert.equal(uncaught().prevented, false, "before the app runs, a failure to start reaches the page");
  host.attach(() => {}, { logger: quiet });
  assert.throws(() => host.attach(() => {}), /already runs an app/);
  assert.equal(uncaught().prevented, true, "once it runs, a stray error is logged, not fatal to the worker");
});

test("the browser build's appAsync, outside a worker, says where it runs", async () => {
  await assert.rejects(appAsync(() => {}), /runs inside the Web Worker of a site made by weft publish/);
  await assert.rejects(appAsync("main" as never), /needs a function as main, got string/);
});
