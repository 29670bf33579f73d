/**
 * The cluster, as issue 17 shows it: a real redis-server, two Weft processes (web-a, web-b) with
 * `weftjs/redis` for pub/sub, presence and user storage, and HAProxy in front configured as
 * docs/deploy.md says, all on 127.0.0.1. In Chromium, two browsers (contexts without shared
 * cookies) land one on each process: a chat message crosses, presence on both lists both. Then
 * the clicker's process gets SIGTERM while the clicker keeps clicking: every click is heard once
 * by the other tab (none lost in the move, none doubled), and the clicker lands on the other
 * process with its route and its user storage, and a notice; the drained process exits 0.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page as BrowserPage } from "playwright-core";
import { startChildApp, type ChildApp } from "../server/child-app.js";
import { RedisServer } from "../redis/redis-server.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, TIMEOUT_MS, waitForSession } from "./harness.js";
import { Haproxy } from "./haproxy.js";

const APP = join(import.meta.dirname, "fixtures", "cluster-app.ts");
const CLICKS = 12;
let browser: Browser;
let redis: RedisServer;
const children: ChildApp[] = [];
const pageErrors: string[] = [];

before(async () => {
  redis = await RedisServer.start();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: TIMEOUT_MS });
});
after(async () => {
  await browser?.close().catch(() => {});
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill("SIGKILL");
  await redis?.dispose();
});

/** A tab in a browser of its own (no cookie shared with the other), through the balancer. */
async function tabOf(url: string): Promise<BrowserPage> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.route(/.*/, (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort("blockedbyclient")));
  const tab = await context.newPage();
  tab.on("pageerror", (error) => pageErrors.push(error.message));
  await tab.goto(url);
  await waitForSession(tab);
  return tab;
}

async function processOf(tab: BrowserPage): Promise<string> {
  const text = await tab.getByText(/^process web-[ab]$/).textContent();
  return text!.slice("process ".length);
}

test("two processes behind HAProxy over Redis: chat and presence cross; SIGTERM while clicking loses and doubles no click, and the tab lands on the other process", async () => {
  const env = { WEFT_REDIS_URL: redis.url, WEFT_STORAGE_SECRET: "c".repeat(40) };
  const byName = new Map<string, ChildApp>();
  for (const name of ["web-a", "web-b"]) {
    const child = await startChildApp(APP, { drainTimeout: 1500 }, { ...env, WEFT_INSTANCE: name });
    children.push(child);
    byName.set(name, child);
  }
  const haproxy = await Haproxy.start([...byName].map(([name, child]) => ({ name, port: child.port })));
  try {
    const clicker = await tabOf(`${haproxy.url}room/7?x=1`);
    const home = await processOf(clicker);
    // Round robin puts the next browser without a cookie on the other process (a few tries at most).
    let observer = await tabOf(`${haproxy.url}room/7?x=1`);
    for (let tries = 0; (await processOf(observer)) === home && tries < 6; tries++) observer = await tabOf(`${haproxy.url}room/7?x=1`);
    const other = await processOf(observer);
    assert.notEqual(other, home, "the two browsers are on different processes");
    await clicker.getByText("visits: 1", { exact: true }).waitFor();

    for (const tab of [clicker, observer]) await tab.getByText("online: web-a,web-b", { exact: true }).waitFor();
    await clicker.getByLabel("Message").fill("hello across");
    await clicker.getByRole("button", { name: "Send" }).click();
    await observer.getByText(`chat: hello across (sent on ${home})`, { exact: true }).waitFor();

    const drained = byName.get(home)!;
    const started = Date.now();
    const landed = clicker.getByText(`process ${other}`, { exact: true }).waitFor({ timeout: 20_000 }).then(() => Date.now() - started);
    drained.child.kill("SIGTERM");
    for (let i = 0; i < CLICKS; i++) {
      await clicker.getByRole("button", { name: "Count" }).click();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const movedAfter = await landed;
    await clicker.getByText("route /room/7?x=1", { exact: true }).waitFor();
    await clicker.getByText("visits: 2", { exact: true }).waitFor();
    await clicker.getByRole("alert").getByText("This server is restarting, so you were moved to another one.").waitFor();
    await observer.getByText(`clicks heard ${CLICKS}`, { exact: true }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await observer.getByText(/^clicks heard \d+$/).textContent(), `clicks heard ${CLICKS}`, "none doubled");
    const from = (await observer.getByText(/^clicks from: /).textContent())!;
    const onHome = Number(new RegExp(`${home} (\\d+)`).exec(from)?.[1] ?? 0);
    const onOther = Number(new RegExp(`${other} (\\d+)`).exec(from)?.[1] ?? 0);
    assert.ok(onHome > 0 && onOther > 0 && onHome + onOther === CLICKS, `the clicks spanned the move: ${from}`);
    assert.deepEqual(await drained.exited, { code: 0, signal: null });
    await observer.getByText(`online: ${other},${other}`, { exact: true }).waitFor();
    await observer.getByRole("button", { name: "Count" }).click();
    await observer.getByText(`clicks heard ${CLICKS + 1}`, { exact: true }).waitFor();
    console.log(`# cluster: ${CLICKS} clicks around a SIGTERM (${from}), each heard once; the tab was on ${other} ${movedAfter} ms after the signal (drainTimeout 1500 ms)`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await haproxy.stop();
  }
});
