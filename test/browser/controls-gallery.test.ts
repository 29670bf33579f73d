/**
 * The control catalog (`examples/controls.ts`, `/controls/` in the gallery) in Chromium: every
 * family's section is there under its heading, the light/dark switch and the seed-colour dropdown
 * change the page's colour tokens live, and a button in the catalog runs its handler.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { startGallery } from "../../examples/gallery.js";
import { quietLogger, useBrowser, waitForSession } from "./harness.js";
import { until } from "./example-checks.js";
import { openMenu } from "./menu-open.js";

const browser = useBrowser();

/** The catalog's families, in order. (Not imported from the example: importing it would run its `app(main)`.) */
const SECTIONS = ["Buttons", "Inputs", "Layout", "Display", "Navigation", "Overlays", "Gestures"];

/** A colour token as the page's body resolves it. */
function token(page: BrowserPage, name: string): Promise<string> {
  return page.evaluate((n) => getComputedStyle(document.body).getPropertyValue(n).trim(), name);
}

async function openCatalog(): Promise<BrowserPage> {
  const gallery = browser.track(await startGallery({ port: 0, host: "127.0.0.1", view: "none", logger: quietLogger }));
  const page = await browser.open(gallery.url, { session: false });
  await page.getByRole("link", { name: "Control catalog", exact: true }).click();
  await page.waitForURL(new URL("/controls/", gallery.url).href);
  await waitForSession(page);
  return page;
}

test("the catalog is linked from the gallery's index and shows every family under its heading", async () => {
  const page = await openCatalog();
  for (const title of SECTIONS) await page.getByRole("heading", { level: 2, name: title, exact: true }).waitFor();
  // Each live example sits beside its snippet, in a monospace font.
  const snippet = page.getByText('new FilledButton("Filled");', { exact: false });
  await snippet.waitFor();
  assert.match(await snippet.evaluate((el) => getComputedStyle(el).fontFamily), /monospace/);
  await page.getByRole("button", { name: "Filled", exact: true }).waitFor();
});

test("the dark switch changes the surface colour, the seed dropdown the primary colour", async () => {
  const page = await openCatalog();
  await page.getByRole("heading", { level: 2, name: "Buttons" }).waitFor();

  const lightSurface = await token(page, "--md-sys-color-surface");
  assert.ok(lightSurface, "the page has a surface colour");
  await page.getByRole("switch", { name: "Dark mode" }).click();
  await until(async () => (await token(page, "--md-sys-color-surface")) !== lightSurface, "the surface colour changed in dark mode");

  const purplePrimary = await token(page, "--md-sys-color-primary");
  const seed = page.getByRole("combobox", { name: "Seed colour" });
  // The choice waits for the menu to have opened, as a person's does (menu-open.ts).
  await openMenu(page.locator("md-outlined-select", { has: seed }), () => seed.click());
  await page.getByRole("option", { name: "Teal" }).click();
  await until(async () => (await token(page, "--md-sys-color-primary")) !== purplePrimary, "the primary colour followed the new seed");

  // Back to light: the surface is light again (now from the teal scheme), unlike the dark one.
  const darkSurface = await token(page, "--md-sys-color-surface");
  await page.getByRole("switch", { name: "Dark mode" }).click();
  await until(async () => (await token(page, "--md-sys-color-surface")) !== darkSurface, "the surface colour is light again");
});

test("a button in the catalog runs its handler", async () => {
  const page = await openCatalog();
  await page.getByText("Clicked 0 times", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Click me" }).click();
  await page.getByText("Clicked 1 time", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Click me" }).click();
  await page.getByText("Clicked 2 times", { exact: true }).waitFor();
});

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
