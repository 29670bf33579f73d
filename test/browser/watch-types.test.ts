/**
 * `weft run --watch` type-checks beside the app (decision 0059), in Chromium: a save with a type
 * error restarts the app all the same (the tab shows the new code) and shows the error over it
 * with its file, line, column and message; the overlay can be dismissed; fixing the error clears
 * it. Save-to-screen times are reported as diagnostics.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { startWatchedApp, WATCH_TIMEOUT_MS } from "../watched-app.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

const editing = () => new Promise((resolve) => setTimeout(resolve, 1500));

test("a type error shows over the running app with its place, and fixing it clears the overlay", async (t) => {
  const app = await startWatchedApp(`export const message: string = "typed words";\n`, { typescript: true });
  try {
    const tab = await browser.open(`${app.url}types`);
    await tab.getByText("typed words at /types").waitFor({ timeout: WATCH_TIMEOUT_MS });
    const overlay = tab.locator(".weft-dev-types");
    assert.equal(await overlay.isVisible(), false, "no overlay while the code type-checks");
    await editing();

    // A number where the declared type says string: tsx runs it, tsc refuses it.
    let saved = Date.now();
    await app.setMessage(`export const message: string = 40 + 2;\n`);
    await tab.getByText("42 at /types", { exact: true }).waitFor({ timeout: WATCH_TIMEOUT_MS });
    t.diagnostic(`save to the tab showing the new main: ${Date.now() - saved} ms`);
    await overlay.waitFor({ state: "visible", timeout: WATCH_TIMEOUT_MS });
    t.diagnostic(`save to the type error's overlay: ${Date.now() - saved} ms`);
    assert.equal(await tab.locator(".weft-dev-types__title").textContent(), "1 type error");
    assert.equal(await tab.locator(".weft-dev-types__text").textContent(), "message.ts:1:14: Type 'number' is not assignable to type 'string'. (TS2322)");
    const box = await tab.locator(".weft-dev-types__box").boundingBox();
    assert.ok(box && box.width > 200 && box.height > 40, `the overlay is drawn: ${JSON.stringify(box)}`);
    assert.match(app.output(), /1 type error \(the app runs all the same\):\n {2}message\.ts:1:14: Type 'number'/, "the terminal lists it too");

    // Dismissed, the running app is usable under it; another error shows again.
    await tab.getByRole("button", { name: "Dismiss" }).click();
    await overlay.waitFor({ state: "hidden", timeout: WATCH_TIMEOUT_MS });
    await app.setMessage(`export const message: string = true;\n`);
    await tab.getByText("true at /types", { exact: true }).waitFor({ timeout: WATCH_TIMEOUT_MS });
    await overlay.waitFor({ state: "visible", timeout: WATCH_TIMEOUT_MS });
    assert.match((await tab.locator(".weft-dev-types__text").textContent()) ?? "", /^message\.ts:1:14: Type 'boolean' is not assignable to type 'string'\. \(TS2322\)$/);

    await editing();
    saved = Date.now();
    await app.setMessage(`export const message: string = "fixed words";\n`);
    await tab.getByText("fixed words at /types", { exact: true }).waitFor({ timeout: WATCH_TIMEOUT_MS });
    await overlay.waitFor({ state: "hidden", timeout: WATCH_TIMEOUT_MS });
    t.diagnostic(`fix to the overlay gone: ${Date.now() - saved} ms`);
    assert.match(app.output(), /no type errors/);
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await app.stop();
  }
});
