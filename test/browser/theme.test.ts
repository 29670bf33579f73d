/**
 * Theming in Chromium: `page.theme`, `page.darkTheme` and `page.themeMode` become the
 * `--md-sys-color-*` properties on the document root, switch live (nothing re-created), and
 * `"system"` follows the browser's colour-scheme preference.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { ElevatedButton, Text, Theme } from "../../src/index.js";
import { COLOR_ROLES } from "../../src/protocol/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

const rootColor = (tab: Tab, name: string) =>
  tab.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
const bodyBackground = (tab: Tab) => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
const PRIMARY = COLOR_ROLES.indexOf("primary");
const SURFACE = COLOR_ROLES.indexOf("surface");

test("the baseline scheme without a theme; a seed, dark mode and the system preference switch it live", async () => {
  const indigo = new Theme({ colorSchemeSeed: "indigo" });
  const orange = new Theme({ colorSchemeSeed: "orange" });
  const server = await browser.serve(async (page) => {
    const mode = new Text(`mode: ${page.themeMode}`);
    const set = (label: string, apply: () => void) =>
      new ElevatedButton(label, { onClick: () => { apply(); mode.value = `mode: ${page.themeMode} ${label}`; } });
    await page.add(
      mode,
      set("Indigo", () => (page.theme = indigo)),
      set("Dark", () => (page.themeMode = "dark")),
      set("Orange at night", () => (page.darkTheme = orange)),
      set("Light", () => (page.themeMode = "light")),
      set("System", () => (page.themeMode = "system")),
      set("Baseline", () => { page.theme = undefined; page.darkTheme = undefined; }),
    );
  });
  const tab = await browser.open(server.url);
  await tab.emulateMedia({ colorScheme: "light" });
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), "#6750a4", "M3 baseline");
  assert.equal(await bodyBackground(tab), "rgb(254, 247, 255)");
  // A marker on a button's element: if anything were re-created, it would be gone.
  await tab.getByRole("button", { name: "Dark" }).evaluate((el) => ((el as unknown as { marked: boolean }).marked = true));

  const press = async (name: string) => {
    await tab.getByRole("button", { name, exact: true }).click();
    await tab.getByText(new RegExp(` ${name}$`)).waitFor();
  };
  await press("Indigo");
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), indigo.toWire().light![PRIMARY]);
  await press("Dark");
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), indigo.toWire().dark![PRIMARY], "theme's own dark scheme");
  assert.equal(await tab.evaluate(() => document.documentElement.className), "weft-dark");
  const darkSurface = indigo.toWire().dark![SURFACE]!;
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  assert.equal(await bodyBackground(tab), rgb(darkSurface));
  await press("Orange at night");
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), orange.toWire().dark![PRIMARY], "darkTheme wins in dark mode");
  await press("Light");
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), indigo.toWire().light![PRIMARY]);

  await press("System");
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), indigo.toWire().light![PRIMARY], "the browser prefers light");
  await tab.emulateMedia({ colorScheme: "dark" });
  await until(async () => (await rootColor(tab, "--md-sys-color-primary")) === orange.toWire().dark![PRIMARY], "system turns dark");

  await press("Baseline");
  assert.equal(await rootColor(tab, "--md-sys-color-primary"), "#d0bcff", "M3 baseline dark");
  await tab.emulateMedia({ colorScheme: "light" });
  await until(async () => (await rootColor(tab, "--md-sys-color-primary")) === "#6750a4", "baseline light again");
  assert.equal(await tab.getByRole("button", { name: "Dark" }).evaluate((el) => (el as unknown as { marked?: boolean }).marked), true);
});

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
