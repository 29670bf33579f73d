/**
 * Draining one process, over real http and WebSockets: the health endpoint (at its well-known
 * path and the older `_weft/health`) turns 503 `draining`, a new tab gets a 503 page that reloads
 * itself and its hello is refused (not fatal, close 1013, so the client tries again elsewhere),
 * while a live tab keeps working and its resume still takes its session back. The drain ends
 * when the last session ends, or at `drainTimeout`. Under `app()`, the first SIGTERM drains and a
 * second exits at once; the loop watchdog kills a drain no more than a stop it was not asked for.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, createHandler, ElevatedButton, ErrorCode, Text, WeftError, type Logger, type Page } from "../../src/index.js";
import { startChildApp, type ChildApp } from "./child-app.js";
import { TabClient } from "./tab-client.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };

async function counter(page: Page): Promise<void> {
  let clicks = 0;
  const shown = new Text("clicks 0");
  await page.add(shown, new ElevatedButton("Add", { onClick: () => void (shown.value = `clicks ${++clicks}`) }));
}

const options = { port: 0, host: "127.0.0.1", view: "none", logger: quiet } as const;

/** Opens a socket, sends `hello`, and collects frames until `until` matches one or the socket closes. */
async function helloFrames(port: number, body: Record<string, unknown>, until: RegExp): Promise<{ frames: string[]; closeCode: Promise<number>; ws: WebSocket }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`);
  const frames: string[] = [];
  let code: number | undefined;
  ws.on("message", (data) => void frames.push(String(data)));
  const closeCode = new Promise<number>((resolve) => ws.once("close", (c) => resolve((code = c))));
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/", ...body }]));
  const deadline = Date.now() + 5000;
  while (!frames.some((f) => until.test(f)) && code === undefined && Date.now() < deadline) {
    await Promise.race([closeCode, new Promise((r) => setTimeout(r, 5))]);
  }
  return { frames, closeCode, ws };
}

async function health(url: string): Promise<{ status: number; body: { status: string; instance: string; sessions: number } }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as { status: string; instance: string; sessions: number } };
}

test("while draining: health 503 at both paths, a new tab's page 503 and its hello refused (not fatal, 1013); a live tab clicks on and resumes", async () => {
  const handle = await appAsync(counter, { ...options, instanceId: "web-a" });
  try {
    assert.deepEqual(await health(`${handle.url}.well-known/weft/health`), { status: 200, body: { status: "ok", instance: "web-a", sessions: 0 } });
    const tab = await TabClient.open(handle.port);
    // A second live session, dropped and resumed during the drain.
    const other = await helloFrames(handle.port, {}, /"patch"/);
    const token = /"token":"(\w+)"/.exec(other.frames[0]!)![1]!;
    other.ws.terminate();

    const drained = handle.drain();
    for (const path of [".well-known/weft/health", "_weft/health"]) {
      const during = await health(`${handle.url}${path}`);
      assert.deepEqual(during, { status: 503, body: { status: "draining", instance: "web-a", sessions: 2 } }, path);
    }
    const page = await fetch(`${handle.url}some/route`);
    assert.equal(page.status, 503);
    assert.equal(page.headers.get("retry-after"), "2");
    assert.equal(page.headers.get("cache-control"), "no-store");
    assert.equal(page.headers.get("connection"), "close", "its reload opens a new connection, which a TCP balancer may route elsewhere");
    assert.match(await page.text(), /<meta http-equiv="refresh" content="2">[\s\S]*This server is restarting/);

    const refused = await helloFrames(handle.port, {}, /"error"/);
    const error = JSON.parse(refused.frames.find((f) => f.includes('"error"'))!) as [string, { code: string; fatal: boolean }];
    assert.equal(error[1].code, ErrorCode.draining);
    assert.equal(error[1].fatal, false, "not fatal: the client tries again, through the balancer");
    assert.equal(await refused.closeCode, 1013, "closed with Try Again Later");

    const unknown = await helloFrames(handle.port, { resume: "no-such-token", ack: 3 }, /"error"/);
    assert.match(unknown.frames.join(), /"code":"server\.draining"/, "a resume that is unknown here would start a session: refused too");

    tab.click("Add");
    await tab.waitFor(/clicks 1/);
    const back = await helloFrames(handle.port, { resume: token, ack: 1 }, /"welcome"/);
    assert.match(back.frames[0]!, /"resumed":true/, "a resume of a live session still works");
    back.ws.send(JSON.stringify(["bye", {}]));
    tab.bye();
    const started = Date.now();
    await drained;
    assert.ok(Date.now() - started < 10_000, "the drain ends as the last session ends, not at drainTimeout (10 minutes)");
    assert.equal((await health(`${handle.url}_weft/health`)).body.sessions, 0);
  } finally {
    await handle.close();
  }
});

test("at drainTimeout the tabs still open are closed and the drain resolves; the log says how many moved", async () => {
  const lines: string[] = [];
  const log: Logger = { info: (m) => void lines.push(m), warn() {}, error() {} };
  const handle = await appAsync(counter, { ...options, logger: log, drainTimeout: 300 });
  try {
    const tab = await TabClient.open(handle.port);
    const started = Date.now();
    await handle.drain();
    const took = Date.now() - started;
    assert.ok(took >= 290 && took < 10_000, `resolved at the timeout, after ${took} ms`);
    await tab.closed;
    assert.ok(lines.some((l) => /drainTimeout \(300 ms\) passed; 1 tab\(s\) told to move/.test(l)), lines.join("\n"));
    assert.equal(handle.drain(), handle.drain(), "drain() once: later calls share its promise");
  } finally {
    await handle.close();
  }
});

test("drainTimeout is checked: not an integer of ms from 0 is refused with the rule", async () => {
  for (const bad of [-1, 1.5, "600000", 2 ** 31, Number.NaN]) {
    await assert.rejects(
      appAsync(counter, { ...options, drainTimeout: bad as number }),
      (error: unknown) => error instanceof WeftError && error.code === ErrorCode.badOption && /^drainTimeout must be an integer of ms from 0 to 2147483647/.test(error.message),
      String(bad),
    );
  }
});

test("createHandler's drain() turns its health under basePath 503", async () => {
  const weft = await createHandler(counter, { basePath: "/app", instanceId: "embedded", logger: quiet });
  const server = createServer((req, res) => weft.listener(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app/`;
    assert.equal((await health(`${base}.well-known/weft/health`)).status, 200);
    await weft.drain();
    assert.deepEqual(await health(`${base}.well-known/weft/health`), { status: 503, body: { status: "draining", instance: "embedded", sessions: 0 } });
  } finally {
    await weft.close();
    await new Promise((r) => server.close(r));
  }
});

const APP = fileURLToPath(new URL("./fixtures/stray-errors-app.ts", import.meta.url));

/** Runs `app()` in a child process with one tab open, SIGTERMs it, and waits for its health to say 503. */
async function drainingChild(run: (app: ChildApp, tab: TabClient) => Promise<void>): Promise<void> {
  const app = await startChildApp(APP, {});
  try {
    const tab = await TabClient.open(app.port);
    app.child.kill("SIGTERM");
    const deadline = Date.now() + 5000;
    while ((await fetch(`http://127.0.0.1:${app.port}/.well-known/weft/health`)).status !== 503 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await run(app, tab);
  } finally {
    if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill("SIGKILL");
    await app.exited;
  }
}

test("under app(): the first SIGTERM drains (health 503, the live tab clicks on); a second exits at once", async () => {
  await drainingChild(async (app, tab) => {
    assert.equal((await health(`http://127.0.0.1:${app.port}/.well-known/weft/health`)).body.status, "draining");
    tab.click("Add");
    await tab.waitFor(/"added"/);
    assert.equal(app.child.exitCode, null, "still serving its live session");
    const again = Date.now();
    app.child.kill("SIGTERM");
    assert.deepEqual(await app.exited, { code: 1, signal: null });
    assert.ok(Date.now() - again < 5000, "at once, not after a drain");
  });
});

test("under app(): SIGTERM, then the last tab closes: the drain is over and the process exits 0", async () => {
  await drainingChild(async (app, tab) => {
    assert.equal((await health(`http://127.0.0.1:${app.port}/.well-known/weft/health`)).status, 503);
    tab.bye();
    assert.deepEqual(await app.exited, { code: 0, signal: null });
  });
});

test("under app(): a SIGTERM seen while the loop is blocked still drains once it is free, and a later block in the drain is not killed", async () => {
  const app = await startChildApp(APP, { shutdownTimeoutMs: 2000, blockedLoopWarnMs: 300 }, { WEFT_TEST_BUSY_MS: "1200" });
  try {
    const tab = await TabClient.open(app.port);
    tab.click("Busy"); // blocks the loop for 1.2 s: the watchdog's thread sees the signal, the app's only after
    await app.waitForStderr(/the event loop has been blocked for \d+ ms/);
    app.child.kill("SIGTERM");
    await app.waitForStderr(/the event loop was blocked for \d+ ms/);
    const deadline = Date.now() + 5000;
    while ((await fetch(`http://127.0.0.1:${app.port}/.well-known/weft/health`)).status !== 503 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal((await health(`http://127.0.0.1:${app.port}/.well-known/weft/health`)).body.status, "draining");
    await new Promise((r) => setTimeout(r, 1200)); // now past shutdownTimeoutMs since the signal
    tab.click("Busy"); // blocked again, 1.2 s, in the drain: a stop would be killed here
    tab.click("Add");
    await tab.waitFor(/"added"/);
    assert.equal(app.child.signalCode, null, "not killed by the watchdog: it knows the SIGTERM started a drain");
    assert.doesNotMatch(app.stderr(), /forced exit/);
    app.child.kill("SIGTERM");
    assert.deepEqual(await app.exited, { code: 1, signal: null }, "a second SIGTERM exits at once");
  } finally {
    if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill("SIGKILL");
    await app.exited;
  }
});
