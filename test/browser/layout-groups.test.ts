/**
 * A long column's group boxes (client/controls/parts/child-groups.ts, decision 0056) change no
 * box, measured in Chromium: a column whose children overflow nothing has no free space on its
 * main axis, so `spaceBetween` (never grouped) places its children exactly as `start` (grouped)
 * does; every child's box is compared between the two, for each cross-axis alignment, in a
 * Column and in the page (which scrolls). The accessibility tree is the same too. A grouped
 * ListView's rows are compared with a shorter, ungrouped list's (boxes and dividers), and a
 * reversed one is stacked from the bottom, one gap apart.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { Column, Container, ElevatedButton, ListView, Row, Text, TextField, type Control, type CrossAxisAlignment, type MainAxisAlignment, type Page } from "../../src/index.js";
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

/**
 * Every control child of `holder` (through its groups): type, box relative to the holder's
 * (scrolled to its start), size and borders; and whether the holder is grouped.
 */
function measure(tab: BrowserPage, holder: string): Promise<Omit<Layout, "tree">> {
  return tab.locator(holder).evaluate((element, groupClass) => {
    const origin = element.getBoundingClientRect();
    const kids = [...element.children].flatMap((child) => (child.classList.contains(groupClass) ? [...child.children] : [child]));
    return {
      grouped: [...element.children].some((child) => child.classList.contains(groupClass)),
      boxes: kids.map((kid) => {
        const r = kid.getBoundingClientRect();
        const style = getComputedStyle(kid);
        const at = `${Math.round(r.x - origin.x + element.scrollLeft)},${Math.round(r.y - origin.y + element.scrollTop)}`;
        return `${kid.getAttribute("data-weft-type")} ${at} ${Math.round(r.width)}x${Math.round(r.height)} ${style.borderTopWidth}/${style.borderLeftWidth}`;
      }),
    };
  }, GROUP_CLASS);
}

/** `measure`, once the holder's controls are there, with its accessibility tree. */
async function layoutOf(tab: BrowserPage, holder: string): Promise<Layout> {
  await tab.waitForSelector(`${holder} [data-weft-type="elevatedbutton"]`);
  return { ...(await measure(tab, holder)), tree: await tab.locator(holder).ariaSnapshot() };
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

/** A ListView's rows, once every row is laid out for good (decision 0008). */
async function listLayout(tab: BrowserPage) {
  await tab.waitForSelector(".weft-listview .weft-text");
  await tab.waitForFunction(() => document.querySelector(".weft-deferred") === null);
  return measure(tab, ".weft-listview");
}

for (const [what, options] of [
  ["divided, spaced", { dividerThickness: 2, spacing: 4 }],
  ["of a fixed item extent", { itemExtent: 30 }],
  ["horizontal, divided", { horizontal: true, dividerThickness: 1, spacing: 3 }],
] as const) {
  test(`a grouped ListView (${what}) gives every row the box and divider it has ungrouped, and scrollTo finds a row in a later group`, async () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => new Text(`row ${i} ${"·".repeat(i % 23)}`, { key: `r${i}` }));
    const list = (count: number) => async (page: Page) => {
      const view = new ListView(rows(count), { height: 400, width: 600, ...options });
      await page.add(view, new ElevatedButton("jump", { key: "jump", onClick: () => void view.scrollTo({ key: "r240" }) }));
    };
    const long = await open(list(COUNT));
    const short = await open(list(150));
    const grouped = await listLayout(long);
    const plain = await listLayout(short);
    assert.equal(grouped.grouped, true);
    assert.equal(plain.grouped, false);
    assert.equal(grouped.boxes.length, COUNT);
    for (let i = 0; i < 150; i++) assert.equal(grouped.boxes[i], plain.boxes[i], `row ${i}`);
    // Past the short list's end, every row has the divider the first ones have.
    const divider = (box: string) => box.split(" ")[3];
    for (let i = 150; i < COUNT; i++) assert.equal(divider(grouped.boxes[i]!), divider(grouped.boxes[1]!), `row ${i}'s divider`);
    await long.click('[data-key="jump"]');
    const horizontal = "horizontal" in options;
    await long.waitForFunction((horizontal) => {
      const list = document.querySelector(".weft-listview")!.getBoundingClientRect();
      const row = document.querySelector('[data-key="r240"]')!.getBoundingClientRect();
      return Math.abs(horizontal ? row.left - list.left : row.top - list.top) <= 1;
    }, horizontal);
  });
}

test("a grouped reversed ListView stacks every row above the one before it, one gap apart, from the bottom", async () => {
  const tab = await open(async (page) => {
    await page.add(new ListView(Array.from({ length: COUNT }, (_, i) => new Text(`row ${i}`, { size: 12 + (i % 3) })), { height: 400, width: 600, reverse: true, spacing: 5 }));
  });
  const { grouped, boxes } = await listLayout(tab);
  assert.equal(grouped, true);
  const parsed = boxes.map((box) => {
    const [, at, size] = box.split(" ");
    return { y: Number(at!.split(",")[1]), height: Number(size!.split("x")[1]) };
  });
  for (let i = 1; i < COUNT; i++) {
    const gap = parsed[i - 1]!.y - (parsed[i]!.y + parsed[i]!.height);
    assert.ok(Math.abs(gap - 5) <= 1, `row ${i} ends ${gap}px above row ${i - 1}`);
  }
  const bottom = await tab.locator(".weft-listview").evaluate((list) => list.getBoundingClientRect().bottom - list.querySelector(".weft-text")!.getBoundingClientRect().bottom);
  assert.ok(Math.abs(bottom) <= 1, `the first row sits at the list's bottom (${bottom}px off)`);
});
