/**
 * The whole of docs/deploy.md, for real: a redis-server, two Weft processes (`cluster-app.ts`,
 * web-a and web-b) on `weftjs/redis`, and HAProxy in front of them with the documented sticky
 * configuration, all on 127.0.0.1; two people in Chromium, one served by each process.
 * - A chat message from the tab on web-a reaches the tab on web-b; presence on both lists both.
 * - Redis stopped mid-chat: each process still delivers to its own tabs, the log says so once;
 *   Redis back: delivery across processes resumes, and the log says that once too.
 * - SIGTERM to web-a while its tab is clicking: web-b keeps working; web-a's tab moves to web-b
 *   on the same route with its user storage (the click count: none lost, none doubled) and its
 *   half-typed draft; web-a exits 0.
 * Every process started here is stopped by pid.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page as BrowserPage } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, TIMEOUT_MS } from "../browser/harness.js";
import { freePort, RedisServer } from "../redis/redis-server.js";
import { startChildApp, type ChildApp } from "../server/child-app.js";
import { HaProxy } from "./haproxy.js";

const APP = join(import.meta.dirname, "cluster-app.ts");
let redis: RedisServer;
let proxy: HaProxy;
let browser: Browser;
const apps = new Map<string, ChildApp>();

async function startApp(name: string, port: number): Promise<ChildApp> {
  const child = await startChildApp(APP, {}, { WEFT_INSTANCE: name, PORT: String(port), REDIS_URL: redis.url, WEFT_STORAGE_SECRET: "c".repeat(40), NODE_ENV: "production" });
  apps.set(name, child);
  return child;
}

/** Until HAProxy's checks have both processes up: fresh requests reach each of them. */
async function bothUp(): Promise<void> {
  const seen = new Set<string>();
  const deadline = Date.now() + TIMEOUT_MS;
  while (seen.size < 2) {
    if (Date.now() > deadline) assert.fail(`HAProxy did not reach both processes (saw ${[...seen].join(", ")}); its log:\n${proxy.log}`);
    const answer = await fetch(proxy.url, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
    const instance = /weft_instance=([\w-]+)/.exec(answer?.headers.get("set-cookie") ?? "")?.[1];
    if (answer?.status === 200 && instance) seen.add(instance);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

before(async () => {
  redis = await RedisServer.start();
  const [portA, portB] = [await freePort(), await freePort()];
  await Promise.all([startApp("web-a", portA), startApp("web-b", portB)]);
  proxy = await HaProxy.start([
    { name: "web-a", port: portA },
    { name: "web-b", port: portB },
  ]);
  await bothUp();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: TIMEOUT_MS });
});

after(async () => {
  await browser?.close().catch(() => {});
  for (const child of apps.values()) if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill("SIGKILL");
  await proxy?.stop();
  await redis?.dispose();
});

/** A person (their own cookies) served by `instance`: new people are opened until one lands there. */
async function personOn(instance: string, route: string): Promise<BrowserPage> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    context.setDefaultTimeout(TIMEOUT_MS);
    const tab = await context.newPage();
    await tab.goto(new URL(route, proxy.url).href);
    const served = await tab.getByText(/^served by web-[ab] at /).textContent();
    if (served === `served by ${instance} at ${route}`) return tab;
    seen.push(served ?? "?");
    await context.close();
  }
  throw new Error(`no new person reached ${instance} in 6 tries (${seen.join("; ")}); HAProxy's log:\n${proxy.log}`);
}

async function say(tab: BrowserPage, text: string): Promise<void> {
  await tab.getByRole("textbox", { name: "Message" }).fill(text);
  await tab.getByRole("button", { name: "Send" }).click();
}

function countOf(stderr: string, pattern: RegExp): number {
  return stderr.split("\n").filter((line) => pattern.test(line)).length;
}

test("chat and presence across two processes; a Redis outage and its end; a drain that moves a clicking tab", { timeout: 120_000 }, async () => {
  const onA = await personOn("web-a", "/room/7");
  const onB = await personOn("web-b", "/room/7");
  await onA.getByText("online: 2", { exact: true }).waitFor();
  await onB.getByText("online: 2", { exact: true }).waitFor();

  await say(onA, "hello from a");
  await onB.getByText("web-a: hello from a", { exact: true }).waitFor();
  await say(onB, "hello from b");
  await onA.getByText("web-b: hello from b", { exact: true }).waitFor();

  // Redis goes away mid-chat.
  await redis.stop();
  await apps.get("web-a")!.waitForStderr(/redisPubSub: Redis is unreachable/);
  await say(onA, "during the outage");
  await onA.getByText("web-a: during the outage", { exact: true }).waitFor();
  await say(onA, "still down");
  await onA.getByText("web-a: still down", { exact: true }).waitFor();
  assert.equal(await onB.getByText("web-a: during the outage", { exact: true }).count(), 0, "nothing crossed while Redis was down");
  await redis.start();
  await say(onA, "after the outage");
  await onB.getByText("web-a: after the outage", { exact: true }).waitFor();
  const stderrA = apps.get("web-a")!.stderr();
  assert.equal(countOf(stderrA, /redisPubSub: Redis is unreachable/), 1, `the outage is logged once, not per message:\n${stderrA}`);

  // web-a drains while its person clicks; a draft is half typed.
  await onA.getByRole("textbox", { name: "Message" }).fill("half a thou");
  const a = apps.get("web-a")!;
  const clicks = 8;
  for (let i = 1; i <= clicks; i++) {
    if (i === 4) process.kill(a.child.pid!, "SIGTERM");
    await onA.getByRole("button", { name: "Count" }).click();
    if (i < 4) await onA.getByText(`clicks: ${i}`, { exact: true }).waitFor();
  }
  await onA.getByText("served by web-b at /room/7", { exact: true }).waitFor();
  await onA.getByText(`clicks: ${clicks}`, { exact: true }).waitFor();
  assert.equal(await onA.getByRole("textbox", { name: "Message" }).inputValue(), "half a thou", "the draft came along in page.restored");
  const exit = await a.exited;
  assert.equal(exit.code, 0, `web-a exits 0 after its drain:\n${a.stderr()}`);

  // web-b kept working all along, and both people are on it now.
  await say(onB, "b is fine");
  await onA.getByText("web-b: b is fine", { exact: true }).waitFor();
  await onB.getByText("online: 2", { exact: true }).waitFor();
  await onA.context().close();
  await onB.context().close();
});
