/**
 * Flet's figures, measured in Chromium: the page's padding (10 px, Flet's default), the AppBar's
 * height (56 px, Flutter's toolbar height), and a `style` on an IconButton (padding sets its size
 * as in Flutter, elevation and an outline per state) and on a FloatingActionButton (colours,
 * elevation and outline per state, not only the default state's).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Locator, Page as BrowserPage } from "playwright-core";
import { AppBar, BorderSide, ButtonStyle, FloatingActionButton, IconButton, Text, type Page } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

async function open(main: (page: Page) => void | Promise<void>): Promise<BrowserPage> {
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.setViewportSize({ width: 800, height: 600 });
  await tab.mouse.move(790, 590);
  return tab;
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  assert.ok(found, "the element is laid out");
  return found;
}

test("the page's controls start 10 px from its edges, as Flet's do; page.padding still sets it", async () => {
  const tab = await open((page) => page.add(new Text("first")));
  const first = await box(tab.getByText("first"));
  assert.deepEqual([first.x, first.y], [10, 10]);
  const padded = await open(async (page) => {
    page.padding = 0;
    await page.add(new Text("flush"));
  });
  const flush = await box(padded.getByText("flush"));
  assert.deepEqual([flush.x, flush.y], [0, 0]);
});

test("an AppBar is 56 px high, Flutter's toolbar height, and the page's controls start 10 px below it", async () => {
  const tab = await open(async (page) => {
    page.appbar = new AppBar({ title: "Inbox", actions: [new IconButton("search", { tooltip: "Search" })] });
    await page.add(new Text("below"));
  });
  const bar = await box(tab.locator(".weft-appbar"));
  assert.deepEqual([bar.y, bar.height, bar.width], [0, 56, 800]);
  const search = await box(tab.getByRole("button", { name: "Search" }));
  assert.equal(search.y + search.height / 2, 28, "the action is centred in the bar");
  const below = await box(tab.getByText("below"));
  assert.deepEqual([below.x, below.y], [10, 66]);
  const tall = await open(async (page) => {
    page.appbar = new AppBar({ title: "Tall", toolbarHeight: 72 });
    await page.update();
  });
  assert.equal((await box(tall.locator(".weft-appbar"))).height, 72, "toolbarHeight still sets it");
});

test("an IconButton's style padding sets its size around the icon, per state; elevation and outline are drawn per state", async () => {
  const tab = await open((page) =>
    page.add(
      new IconButton("add", { key: "Plain", tooltip: "Plain" }),
      new IconButton("add", { key: "Padded", tooltip: "Padded", style: new ButtonStyle({ padding: { default: 16, hovered: 20, focused: 12 } }) }),
      new IconButton("add", { key: "Wide", tooltip: "Wide", style: { padding: { left: 4, right: 12, top: 0, bottom: 8 } } }),
      new IconButton("add", { key: "Raised", tooltip: "Raised", style: new ButtonStyle({ elevation: { default: 0, hovered: 3 } }) }),
      new IconButton("add", { key: "Edged", tooltip: "Edged", style: new ButtonStyle({ side: { default: new BorderSide(2, "rgb(255, 0, 0)"), hovered: new BorderSide(4, "rgb(0, 0, 255)") } }) }),
    ),
  );
  // The host element, which carries the style (the role is its inner <button>'s).
  const button = (name: string) => tab.locator(`.weft-icon-button[data-key="${name}"]`);
  const size = async (name: string) => {
    const found = await box(button(name));
    return [found.width, found.height];
  };
  assert.deepEqual(await size("Plain"), [40, 40], "M3's 40 px: a 24 px icon and 8 px a side");
  assert.deepEqual(await size("Padded"), [56, 56]);
  assert.deepEqual(await size("Wide"), [40, 32]);
  await button("Padded").hover();
  assert.deepEqual(await size("Padded"), [64, 64], "the hovered padding");
  await tab.mouse.move(790, 590);
  await button("Padded").focus();
  assert.deepEqual(await size("Padded"), [48, 48], "the focused padding");

  const shadow = () => button("Raised").evaluate((el) => getComputedStyle(el).boxShadow);
  await tab.mouse.move(790, 590);
  assert.equal(await shadow(), "none");
  await button("Raised").hover();
  assert.notEqual(await shadow(), "none", "elevation 3 while hovered");
  assert.equal(await button("Raised").evaluate((el) => getComputedStyle(el).borderTopLeftRadius), "9999px", "the shadow follows the round shape");

  const edge = () =>
    button("Edged").evaluate((el) => {
      const s = getComputedStyle(el);
      return { width: s.outlineWidth, color: s.outlineColor, offset: s.outlineOffset, style: s.outlineStyle };
    });
  await tab.mouse.move(790, 590);
  assert.deepEqual(await edge(), { width: "2px", color: "rgb(255, 0, 0)", offset: "-2px", style: "solid" });
  assert.deepEqual(await size("Edged"), [40, 40], "the outline is drawn inside: the size does not change");
  await button("Edged").hover();
  assert.deepEqual(await edge(), { width: "4px", color: "rgb(0, 0, 255)", offset: "-4px", style: "solid" });
  assert.deepEqual(browser.pageErrors, []);
});

test("a FloatingActionButton's style colours its container, icon and label per state, and sets its elevation per state", async () => {
  const tab = await open(async (page) => {
    page.floatingActionButton = new FloatingActionButton("Compose", {
      icon: "edit",
      style: new ButtonStyle({
        bgcolor: { default: "rgb(255, 0, 0)", hovered: "rgb(0, 0, 255)" },
        color: { default: "rgb(255, 255, 255)", hovered: "rgb(255, 255, 0)" },
        elevation: { default: 1, hovered: 12 },
        side: new BorderSide(3, "rgb(0, 128, 0)"),
      }),
    });
    await page.update();
  });
  const fab = tab.locator(".weft-fab");
  const look = () =>
    fab.evaluate((el) => {
      const inner = el.shadowRoot!.querySelector<HTMLElement>(".fab")!;
      const label = el.shadowRoot!.querySelector<HTMLElement>(".label")!;
      const s = getComputedStyle(el);
      return {
        background: getComputedStyle(inner).backgroundColor,
        icon: getComputedStyle(el.querySelector("span")!).color,
        label: getComputedStyle(label).color,
        level: getComputedStyle(inner).getPropertyValue("--md-elevation-level").trim(),
        outline: `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`,
      };
    });
  assert.deepEqual(await look(), { background: "rgb(255, 0, 0)", icon: "rgb(255, 255, 255)", label: "rgb(255, 255, 255)", level: "1", outline: "3px solid rgb(0, 128, 0)" });
  await fab.hover();
  await tab.waitForTimeout(350); // md-fab fades its background over 280 ms
  assert.deepEqual(await look(), { background: "rgb(0, 0, 255)", icon: "rgb(255, 255, 0)", label: "rgb(255, 255, 0)", level: "5", outline: "3px solid rgb(0, 128, 0)" });
  assert.deepEqual(browser.pageErrors, []);
});
