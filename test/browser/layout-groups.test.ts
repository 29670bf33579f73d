/**
 * A long column's group boxes (client/controls/parts/child-groups.ts, decision 0056) change no
 * box, measured in Chromium: a column whose children overflow nothing has no free space on its
 * main axis, so `spaceBetween` (never grouped) places its children exactly as `start` (grouped)
 * does; every child's box is compared between the two, for each cross-axis alignment, in a
 * Column and in the page (which scrolls). The accessibility tree is the same too.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { Column, Container, ElevatedButton, Row, Text, TextField, type Control, type CrossAxisAlignment, type MainAxisAlignment, type Page } from "../../src/index.js";
import { GROUP_CLASS } from "../../src/client/controls/parts/child-groups.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();
const COUNT = 260;

/** A mix the layout rules treat differently: Texts of many widths, Rows (stretched), a sized box, a TextField, a button. */
function children(): Control[] {
  return Array.from({ length: COUNT }, (_, i) => {
    if (i % 10 === 3) return new Row([new Text(`left ${i}`), new Text(`right ${i}`)], { alignment: "spaceBetween" });
    if (i % 25 === 7) return new Container(new Text(`box ${i}`), { width: 300, height: 20 + (i % 3) * 5 });
    if (i === 120) return new TextField({ label: "Name" });
    if (i === 130) return new ElevatedButton("Go");
    return new Text(`text ${i} ${"·".repeat(i % 37)}`, { size: 12 + (i % 4) });
  });
}

interface Layout {
  grouped: boolean;
  boxes: string[];
  tree: string;
}

/** Every control child's box relative to `holder`'s, and whether the holder is grouped. */
async function layoutOf(tab: BrowserPage, holder: string): Promise<Layout> {
  await tab.waitForSelector(`${holder} [data-weft-type="elevatedbutton"]`);
  const measured = await tab.locator(holder).evaluate((element, groupClass) => {
    const origin = element.getBoundingClientRect();
    const kids = [...element.children].flatMap((child) => (child.classList.contains(groupClass) ? [...child.children] : [child]));
    return {
      grouped: [...element.children].some((child) => child.classList.contains(groupClass)),
      boxes: kids.map((kid) => {
        const r = kid.getBoundingClientRect();
        return `${kid.getAttribute("data-weft-type")} ${Math.round(r.x - origin.x)},${Math.round(r.y - origin.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      }),
    };
  }, GROUP_CLASS);
  return { ...measured, tree: await tab.locator(holder).ariaSnapshot() };
}

async function open(main: (page: Page) => Promise<void>): Promise<BrowserPage> {
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.setViewportSize({ width: 1024, height: 768 });
  return tab;
}

function assertSame(grouped: Layout, plain: Layout, what: string): void {
  assert.equal(grouped.grouped, true, `${what}: the start-aligned one is grouped`);
  assert.equal(plain.grouped, false, `${what}: the spaceBetween one is not`);
  assert.equal(grouped.boxes.length, COUNT);
  for (let i = 0; i < COUNT; i++) assert.equal(grouped.boxes[i], plain.boxes[i], `${what}: child ${i}'s box`);
  assert.equal(grouped.tree, plain.tree, `${what}: the accessibility tree`);
}

for (const cross of ["start", "center", "end", "stretch"] satisfies CrossAxisAlignment[]) {
  test(`a grouped Column (horizontalAlignment ${cross}) gives every child the box it has ungrouped`, async () => {
    const column = (alignment: MainAxisAlignment) => async (page: Page) =>
      page.add(new Row([new Column(children(), { alignment, horizontalAlignment: cross, spacing: 6 }), new Text("beside")], { verticalAlignment: "start" }));
    const grouped = await layoutOf(await open(column("start")), ".weft-column");
    const plain = await layoutOf(await open(column("spaceBetween")), ".weft-column");
    assertSame(grouped, plain, `Column ${cross}`);
  });
}

test("a grouped page (it scrolls) gives every control the box it has ungrouped, and scrolls as far", async () => {
  const page = (verticalAlignment: MainAxisAlignment) => async (page: Page) => {
    page.verticalAlignment = verticalAlignment;
    page.horizontalAlignment = "center";
    page.spacing = 4;
    await page.add(...children());
  };
  const groupedTab = await open(page("start"));
  const plainTab = await open(page("spaceBetween"));
  assertSame(await layoutOf(groupedTab, "main.weft-page"), await layoutOf(plainTab, "main.weft-page"), "page");
  const scrollHeight = (tab: BrowserPage) => tab.locator("main.weft-page").evaluate((main) => main.scrollHeight);
  assert.equal(await scrollHeight(groupedTab), await scrollHeight(plainTab));
  assert.ok((await scrollHeight(groupedTab)) > 768, "the page overflows the window, so spaceBetween adds no space");
});
