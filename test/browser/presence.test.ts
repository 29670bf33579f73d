/**
 * `page.presence` in Chromium, with the shared counter's "Online: N". On a published static site
 * (each tab its own worker), the tabs of one browser see each other over a BroadcastChannel, and a
 * tab that closes leaves the others' lists at once (its `pagehide` ends its session, which
 * announces the leave, and the page itself says its worker's bye, for a worker stopped first). On a server, three separate browser contexts (three visitors) join, and
 * when one closes the other two show two.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page as BrowserPage } from "playwright-core";
import { loadExamples } from "../../examples/gallery.js";
import { publish } from "../../src/cli/publish.js";
import { appAsync } from "../../src/index.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, quietLogger, TIMEOUT_MS, useBrowser, waitForSession, type Served } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const browser = useBrowser();
let work = "";
let site: Served;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-presence-"));
  await publish({ app: join(ROOT, "examples", "shared-counter.ts"), out: join(work, "site", "counter"), cwd: ROOT });
  await publish({ app: join(ROOT, "test", "browser", "fixtures", "busy-presence.ts"), out: join(work, "site", "busy"), cwd: ROOT });
  site = browser.track(await serveStatic(join(work, "site")));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Waits until `tab` shows exactly `Online: count`; returns how long that took. */
async function untilOnline(tab: BrowserPage, count: number): Promise<number> {
  const started = Date.now();
  await tab.getByText(`Online: ${count}`, { exact: true }).waitFor({ timeout: TIMEOUT_MS });
  return Date.now() - started;
}

/** Two tabs of the site at `url`, once each shows the other. */
async function twoTabs(url: string): Promise<[BrowserPage, BrowserPage]> {
  const one = await browser.open(url);
  const two = await browser.open(url);
  await untilOnline(one, 2);
  await untilOnline(two, 2);
  return [one, two];
}

test("static site: two tabs see each other's presence, a third joins late, and closing a tab updates the others at once", async (t) => {
  const url = `${site.url}counter/`;
  const [one, two] = await twoTabs(url);
  // A tab opened after the others tracked learns them from its hello, not from the next beat.
  const three = await browser.open(url);
  await Promise.all([untilOnline(one, 3), untilOnline(two, 3), untilOnline(three, 3)]);
  await three.close({ runBeforeUnload: true });
  const tookMs = await untilOnline(one, 2);
  await untilOnline(two, 2);
  // The leave is announced (pagehide → bye → session ends → leave), not found by expiry (15 s).
  t.diagnostic(`a closed tab left the others' lists after ${tookMs} ms`);
  assert.ok(tookMs < 5000, `the closed tab left after ${tookMs} ms; the heartbeat expiry is 15,000 ms`);
  await two.close({ runBeforeUnload: true });
  await untilOnline(one, 1);
  // The counter's pub/sub still works between what is left.
  await one.getByRole("button", { name: "+" }).click();
  await one.getByText("1", { exact: true }).waitFor();
  assert.deepEqual(browser.pageErrors, []);
});

test("static site: a tab closed while its worker is busy leaves the others' lists at once: the page says its worker's bye", async (t) => {
  const url = `${site.url}busy/`;
  const [one, two] = await twoTabs(url);
  // The handler holds two's worker for 3 s: the session's own leave cannot go out before the tab does.
  await two.getByRole("button", { name: "Busy" }).click();
  await two.waitForTimeout(200);
  await two.close({ runBeforeUnload: true });
  const tookMs = await untilOnline(one, 1);
  t.diagnostic(`a tab closed with its worker busy left the others' lists after ${tookMs} ms`);
  assert.ok(tookMs < 2500, `it left after ${tookMs} ms: not by its worker (busy for 3 s) nor by expiry (15 s)`);
  await one.close({ runBeforeUnload: true });
});

test("server: three browser contexts (three visitors) join, each shows three; one closes, the others show two", async () => {
  const counter = (await loadExamples()).find((e) => e.slug === "shared-counter");
  assert.ok(counter, "the gallery has the shared counter");
  // sessionTimeout 200 ms: a visitor whose context closed without a bye would still leave soon.
  const handle = browser.track(await appAsync(counter.main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, sessionTimeout: 200 }));
  let chromiumBrowser: Browser | undefined;
  try {
    chromiumBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: TIMEOUT_MS });
    const contexts = await Promise.all([1, 2, 3].map(() => chromiumBrowser!.newContext({ viewport: { width: 1024, height: 768 } })));
    const tabs: BrowserPage[] = [];
    for (const context of contexts) {
      context.setDefaultTimeout(TIMEOUT_MS);
      const tab = await context.newPage();
      await tab.goto(handle.url);
      await waitForSession(tab);
      tabs.push(tab);
    }
    const ids = await Promise.all(tabs.map((t) => t.evaluate(() => window.__weft?.sessionId)));
    assert.equal(new Set(ids).size, 3, "three contexts are three sessions");
    await Promise.all(tabs.map((t) => untilOnline(t, 3)));
    await contexts[2]!.close();
    await Promise.all([untilOnline(tabs[0]!, 2), untilOnline(tabs[1]!, 2)]);
    await contexts[1]!.close();
    await untilOnline(tabs[0]!, 1);
  } finally {
    await chromiumBrowser?.close();
  }
});
