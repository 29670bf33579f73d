/**
 * `weft publish --prerender` in Chromium, served by a plain static file server: with JavaScript
 * off a prerendered route shows its text, title and description; with it on, the site's worker
 * runs `main` again and the client swaps its tree in for the prerendered markup, with no layout
 * shift (Layout Instability API), and the app works.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { publish } from "../../src/cli/publish.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, useBrowser, type Served } from "./harness.js";
import { recordShifts, shiftsSoFar } from "./layout-shifts.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const browser = useBrowser();
let work = "";
let site: Served;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-prerender-site-"));
  const app = join(ROOT, "test", "browser", "fixtures", "prerendered-app.ts");
  await publish({ app, out: join(work, "site", "shop"), basePath: "/shop/", routes: "path", prerender: ["/", "/about"], cwd: ROOT });
  site = browser.track(await serveStatic(join(work, "site"), { fallback: true }));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test("prerendered: with JavaScript disabled a route's page shows its text, title and description", async () => {
  const noScript = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await (await noScript.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${site.url}shop/about/`);
    await page.getByText("About us: a family shop", { exact: true }).waitFor({ state: "visible" });
    assert.equal(await page.title(), "About the shop");
    assert.equal(await page.locator('meta[name="description"]').getAttribute("content"), "Who runs the shop");
    assert.equal(await page.getByText("painted at publish").count(), 1);
    const button = page.getByRole("button", { name: "Add one" });
    assert.equal(await button.getAttribute("aria-disabled"), "true", "a control that needs the app shows as disabled");
  } finally {
    await noScript.close();
  }
});

test("prerendered: with JavaScript the worker's tree replaces the markup with no layout shift, and the app works", async () => {
  for (const [path, text] of [["shop/", "Welcome to the shop"], ["shop/about/", "About us: a family shop"]] as const) {
    const page = await browser.context.newPage();
    await recordShifts(page);
    await page.goto(`${site.url}${path}`);
    await page.getByText("live in the browser", { exact: true }).waitFor({ state: "visible" });
    assert.equal(await page.getByText(text, { exact: true }).count(), 1, `${path} shows its route`);
    assert.equal(await page.getByText("painted at publish").count(), 0, "the prerendered markup was replaced");
    assert.equal(await page.locator("style[data-weft-first-paint]").count(), 0);
    assert.deepEqual(await shiftsSoFar(page), [], `${path}: no layout shift from the swap`);
    await page.getByRole("button", { name: "Add one" }).click();
    await page.getByText("Clicked 1 times", { exact: true }).waitFor();
    await page.close();
  }
});
