/**
 * A tab moves off a draining process, in Chromium: two app processes share a FileStore and a
 * storageSecret behind a TCP proxy on 127.0.0.1 (the balancer). The proxy takes process A out
 * (new connections go to B) and A gets SIGTERM; at its drainTimeout A tells the tab to move, and
 * the tab lands on B on the same route, with the browser's `page.userStorage` (its visit count),
 * the note typed into a field on A (`page.onMove` → `page.restored`), and a notice saying so.
 * Around it: the held-back typing, the inert page during the move, the 503 page of a draining
 * process, and a reconnect refused by one (`server.draining`, in plain words, not fatal).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { Text, type Page } from "../../src/index.js";
import { startChildApp, type ChildApp } from "../server/child-app.js";
import { sessionIdOf, useBrowser } from "./harness.js";
import { startTcpProxy } from "./tcp-proxy.js";

const browser = useBrowser();
const APP = join(import.meta.dirname, "fixtures", "move-app.ts");
const dir = mkdtempSync(join(tmpdir(), "weft-move-"));
const env = { WEFT_STORE_DIR: dir, WEFT_STORAGE_SECRET: "m".repeat(40) };
const children: ChildApp[] = [];
after(() => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

async function served(page: Page): Promise<void> {
  await page.add(new Text("served"));
}

async function start(instance: string, options: Record<string, unknown> = {}, extraEnv: Record<string, string> = {}): Promise<ChildApp> {
  const child = await startChildApp(APP, options, { ...env, ...extraEnv, WEFT_INSTANCE: instance });
  children.push(child);
  return child;
}

test("at drainTimeout the tab moves to the other process: same route, user storage intact, the half-typed note restored, a notice", async () => {
  const a = await start("web-a", { drainTimeout: 500 });
  const b = await start("web-b");
  const proxy = await startTcpProxy(a.port);
  try {
    const tab = await browser.open(`http://127.0.0.1:${proxy.port}/orders/7?tab=2`);
    await tab.getByText("process web-a", { exact: true }).waitFor();
    await tab.getByText("visits: 1", { exact: true }).waitFor();
    const before = await sessionIdOf(tab);
    await tab.getByLabel("Note").pressSequentially("half fill");

    proxy.retarget(b.port);
    const drainStarted = Date.now();
    a.child.kill("SIGTERM");
    await tab.getByText("process web-b", { exact: true }).waitFor();
    const tookMs = Date.now() - drainStarted;
    await tab.getByText("route /orders/7?tab=2", { exact: true }).waitFor();
    await tab.getByText("visits: 2", { exact: true }).waitFor();
    assert.equal(await tab.getByLabel("Note").inputValue(), "half fill", "page.restored carried the note");
    await tab.getByRole("alert").getByText("This server is restarting, so you were moved to another one.").waitFor();
    assert.notEqual(await sessionIdOf(tab), before, "a new session, on B");
    assert.ok(tookMs >= 450, `the tab stayed on A through drainTimeout (moved after ${tookMs} ms)`);
    assert.deepEqual(await a.exited, { code: 0, signal: null }, "A exits 0 once its tab has moved");
    console.log(`# move: tab on B ${tookMs} ms after SIGTERM (drainTimeout 500 ms)`);
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
  }
});

test("with drainTimeout 0 the move beats the 300 ms pause a field waits for: the client sends the held-back typing before bye, and it is restored", async () => {
  const a = await start("web-c", { drainTimeout: 0 });
  const b = await start("web-d");
  const proxy = await startTcpProxy(a.port);
  try {
    const tab = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    await tab.getByText("process web-c", { exact: true }).waitFor();
    await tab.getByLabel("Note").pressSequentially("typed just now");
    // At once: the client holds a field's typing back until a 300 ms pause, and the move beats it.
    proxy.retarget(b.port);
    a.child.kill("SIGTERM");
    await tab.getByText("process web-d", { exact: true }).waitFor();
    assert.equal(await tab.getByLabel("Note").inputValue(), "typed just now");
    assert.deepEqual(await a.exited, { code: 0, signal: null });
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
  }
});

test("while the tab moves its page is inert: a click made then waits for the next process's page and lands there, not lost", async () => {
  const a = await start("web-e", { drainTimeout: 300 }, { WEFT_ON_MOVE_MS: "1500" });
  const b = await start("web-f");
  const proxy = await startTcpProxy(a.port);
  try {
    const tab = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    await tab.getByText("process web-e", { exact: true }).waitFor();
    proxy.retarget(b.port);
    a.child.kill("SIGTERM");
    await tab.waitForFunction(() => document.getElementById("weft-root")?.inert === true, undefined, { timeout: 5000 });
    assert.ok(await tab.getByText("process web-e", { exact: true }).isVisible(), "A's page still shows while onMove runs");
    await tab.getByRole("button", { name: "Add" }).click();
    await tab.getByText("process web-f", { exact: true }).waitFor();
    await tab.getByText("clicks 1", { exact: true }).waitFor();
    assert.equal(await tab.evaluate(() => document.getElementById("weft-root")?.inert), false);
    assert.deepEqual(await a.exited, { code: 0, signal: null });
    assert.doesNotMatch(a.stderr(), /click on web-e/, "the click did not go to A, where it would have been dropped");
    assert.match(b.stderr(), /click on web-f/);
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
  }
});

test("a new tab that reaches a draining process gets its 503 page, which reloads itself through the balancer onto the other process", async () => {
  const a = await start("web-g", { drainTimeout: 60_000 });
  const b = await start("web-h");
  const proxy = await startTcpProxy(a.port);
  try {
    // A live tab keeps web-g draining for the whole test.
    const live = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    await live.getByText("process web-g", { exact: true }).waitFor();
    a.child.kill("SIGTERM");
    const deadline = Date.now() + 5000;
    while ((await fetch(`http://127.0.0.1:${a.port}/.well-known/weft/health`)).status !== 503 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    const fresh = await browser.context.newPage();
    const response = await fresh.goto(`http://127.0.0.1:${proxy.port}/orders/9`);
    assert.equal(response?.status(), 503);
    await fresh.getByText("This server is restarting. The page reloads by itself in a moment.").waitFor();
    proxy.retarget(b.port); // the balancer has noticed
    await fresh.getByText("process web-h", { exact: true }).waitFor();
    await fresh.getByText("route /orders/9", { exact: true }).waitFor();
    await live.getByText("process web-g", { exact: true }).waitFor(); // the live tab is still served where it was
    await fresh.close();
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
    a.child.kill("SIGTERM"); // a second SIGTERM: at once
    assert.equal((await a.exited).code, 1);
  }
});

test("a tab whose reconnect reaches a draining process is told in plain words, retries, and resumes its session once the balancer sends it back", async () => {
  const a = await browser.serve(served);
  const drained = await browser.serve(served);
  await drained.drain(); // no sessions: over at once, and it stays draining
  const proxy = await startTcpProxy(a.port);
  try {
    const tab = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    const before = await sessionIdOf(tab);
    proxy.retarget(drained.port);
    proxy.cut();
    await tab.locator(".weft-error").getByText("This server is restarting; connecting you to another…").waitFor();
    assert.equal(await tab.locator(".weft-error--fatal").count(), 0, "not fatal: the client keeps trying");
    proxy.retarget(a.port);
    await tab.waitForFunction(
      (id) => {
        const state = (globalThis as { __weft?: { sessionId?: string; connected?: boolean } }).__weft;
        return state?.connected === true && state.sessionId === id;
      },
      before,
      { timeout: 15_000 },
    );
    await tab.getByText("served", { exact: true }).waitFor();
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
  }
});
