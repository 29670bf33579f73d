/**
 * A dropped connection loses nothing: Chromium talks to the app through a TCP proxy that cuts the
 * connection (or silently swallows it) again and again in the middle of clicks and of a ticking
 * background task. Every click is counted exactly once, and the final DOM equals the server's state.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { appAsync, ElevatedButton, sleep, Text, type Page } from "../../src/index.js";
import { quietLogger, TIMEOUT_MS, useBrowser } from "./harness.js";
import { startTcpProxy } from "./tcp-proxy.js";

const browser = useBrowser();

test("clicks and a ticking task survive many cuts and half-open links: nothing lost, nothing doubled", async () => {
  const server = { clicks: 0, ticks: 0, ticking: true };
  const main = async (page: Page) => {
    const count = new Text("clicks: 0", { key: "count" });
    const ticker = new Text("ticks: 0", { key: "ticker" });
    await page.add(
      count,
      ticker,
      new ElevatedButton("Count", { onClick: () => void (count.value = `clicks: ${++server.clicks}`) }),
    );
    page.runTask(async (signal) => {
      while (server.ticking && !signal.aborted) {
        ticker.value = `ticks: ${++server.ticks}`;
        await ticker.update();
        await sleep(15, signal);
      }
    });
  };
  const handle = browser.track(
    await appAsync(main, { port: 0, view: "none", logger: quietLogger, heartbeatMs: 250, sessionTimeout: 60_000 }),
  );
  const proxy = await startTcpProxy(handle.port);
  try {
    const tab = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    const sessionId = await tab.evaluate(() => window.__weft?.sessionId);
    const button = tab.getByRole("button", { name: "Count" });
    let clicked = 0;
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 3; i++) {
        await button.click();
        clicked++;
      }
      if (round % 4 === 3) proxy.blackhole(); // found only by heartbeats
      else proxy.cut();
      // Clicks while the link is down are queued by the client and sent once on resume.
      await button.click();
      clicked++;
      await tab.waitForFunction(() => window.__weft?.connected === true, undefined, { timeout: TIMEOUT_MS });
    }
    server.ticking = false;
    await tab.getByText(`clicks: ${clicked}`, { exact: true }).waitFor({ timeout: TIMEOUT_MS });
    await tab.getByText(`ticks: ${server.ticks}`, { exact: true }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(server.clicks, clicked, "every click counted exactly once");
    assert.equal(await tab.evaluate(() => window.__weft?.sessionId), sessionId, "the same session throughout");
    assert.ok(server.ticks > 20, "the task kept ticking");
    const shown = await tab.locator("[data-key]").evaluateAll((els) => els.map((el) => el.textContent));
    assert.deepEqual(shown, [`clicks: ${server.clicks}`, `ticks: ${server.ticks}`], "the DOM equals the server's state");
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
  }
});

test("a frozen tab closes quietly; on resume it takes its session back at once", async () => {
  const server = { clicks: 0 };
  const handle = browser.track(
    await appAsync(
      async (page: Page) => {
        const count = new Text("clicks: 0");
        await page.add(count, new ElevatedButton("Count", { onClick: () => void (count.value = `clicks: ${++server.clicks}`) }));
      },
      { port: 0, view: "none", logger: quietLogger },
    ),
  );
  const tab = await browser.open(handle.url);
  const sessionId = await tab.evaluate(() => window.__weft?.sessionId);
  // What Chromium's Page Lifecycle does to a background tab on a phone.
  await tab.evaluate(() => document.dispatchEvent(new Event("freeze")));
  await tab.waitForFunction(() => window.__weft?.connected === false);
  assert.equal(await tab.locator("[role=status]").textContent(), "", "no Reconnecting… for a deliberate freeze");
  await tab.getByRole("button", { name: "Count" }).click(); // queued while frozen
  await tab.evaluate(() => document.dispatchEvent(new Event("resume")));
  await tab.getByText("clicks: 1", { exact: true }).waitFor({ timeout: TIMEOUT_MS });
  assert.equal(await tab.evaluate(() => window.__weft?.sessionId), sessionId);
  assert.equal(server.clicks, 1);
});
