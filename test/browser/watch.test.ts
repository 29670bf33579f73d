/**
 * `weft run --watch` in Chromium: an open tab shows the new code after a save without a reload
 * (a value left on `window` survives), on the same route, with what the app kept in
 * `page.session` (a half-typed note, through `page.onMove` and `page.restored`), and without a
 * "previous session had ended" or "moved" notice; a
 * syntax error shows the overlay with the file, line and message over the page; fixing it clears
 * the overlay and shows the fixed app. Save-to-screen times are reported as diagnostics.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { startWatchedApp, WATCH_TIMEOUT_MS } from "../watched-app.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

const editing = () => new Promise((resolve) => setTimeout(resolve, 1500));
const messageSource = (text: string) => `export const message: string = ${JSON.stringify(text)};\n`;

test("a watched app's tab follows saves without a reload, and shows a syntax error as an overlay until it is fixed", async (t) => {
  const app = await startWatchedApp(messageSource("first words"));
  try {
    const tab = await browser.open(`${app.url}deep/link?tab=2`);
    await tab.getByText("first words at /deep/link?tab=2").waitFor({ timeout: WATCH_TIMEOUT_MS });
    await tab.evaluate(() => ((window as { marker?: number }).marker = 42));
    await tab.getByRole("textbox", { name: "Note" }).fill("half typed");
    // The time an edit takes: the watcher's standby (the next child, loaded ahead) gets ready.
    await editing();

    let saved = Date.now();
    await app.setMessage(messageSource("second words"));
    await tab.getByText("second words at /deep/link?tab=2", { exact: true }).waitFor({ timeout: WATCH_TIMEOUT_MS });
    t.diagnostic(`save to the tab showing the new main: ${Date.now() - saved} ms`);
    assert.equal(await tab.evaluate(() => (window as { marker?: number }).marker), 42, "the page was not reloaded");
    assert.equal(await tab.getByText("first words").count(), 0);
    assert.equal(await tab.locator(".weft-error").textContent(), "", "no lost-session or moved notice after a restart");
    assert.equal(await tab.getByRole("textbox", { name: "Note" }).inputValue(), "half typed", "what the app kept in page.session came back in page.restored");

    await app.setMessage(`export const message: string = "broken" words";\n`);
    const overlay = tab.locator(".weft-dev-problem");
    await overlay.waitFor({ state: "visible", timeout: WATCH_TIMEOUT_MS });
    assert.match((await overlay.textContent()) ?? "", /The app cannot start.*message\.ts:1:\d+: Expected ";" but found "words"/s);
    assert.equal(await tab.locator(".weft-status").textContent(), "", "no Reconnecting… chip under the overlay");
    const box = await tab.locator(".weft-dev-problem__box").boundingBox();
    assert.ok(box && box.width > 200 && box.height > 40, `the overlay is drawn: ${JSON.stringify(box)}`);

    await editing();
    saved = Date.now();
    await app.setMessage(messageSource("fixed words"));
    await tab.getByText("fixed words at /deep/link?tab=2", { exact: true }).waitFor({ timeout: WATCH_TIMEOUT_MS });
    await overlay.waitFor({ state: "hidden", timeout: WATCH_TIMEOUT_MS });
    t.diagnostic(`fix to the tab showing the fixed main: ${Date.now() - saved} ms`);
    assert.equal(await tab.evaluate(() => (window as { marker?: number }).marker), 42, "still the same page");
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await app.stop();
  }
});
