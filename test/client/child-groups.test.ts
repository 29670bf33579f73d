/**
 * A long column's children in group boxes (client/controls/parts/child-groups.ts, decision 0056),
 * through the client's own DOM host (the first paint's string host runs it on linkedom): short
 * columns keep their DOM as it was; long ones are grouped in runs of at most twice the group
 * size, in the server's order, through inserts in the middle, moves, removes and cleans; an
 * expanded child or a spread main axis puts the children back into the column itself. The boxes
 * the groups give are measured in Chromium in test/browser/layout-groups.test.ts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { Column, ElevatedButton, Text, type AppMain, type Control } from "../../src/index.js";
import { GROUP_CLASS, GROUP_FROM, GROUP_SIZE } from "../../src/client/controls/parts/child-groups.js";
import { renderPatches } from "../../src/server/first-paint/string-host.js";
import { runApp, type Pilot } from "../../src/testing/index.js";

const texts = (from: number, count: number) => Array.from({ length: count }, (_, i) => new Text(`t${from + i}`));

/** The DOM the client builds from every patch so far: the page's element (or `selector`'s). */
async function dom(pilot: Pilot, selector = "main.weft-page"): Promise<HTMLElement> {
  const paint = await renderPatches(
    pilot.patches.map((recorded) => recorded.frame[1].ops),
    "http://localhost/",
  );
  const { document } = parseHTML(`<!doctype html><html><body>${paint.html}</body></html>`);
  const element = document.querySelector<HTMLElement>(selector);
  assert.ok(element, `${selector} is in the page`);
  return element;
}

/** The holder's children as `group[n]` (for a group of n) or the child's type; and the texts in DOM order. */
function shape(holder: HTMLElement) {
  const children = [...holder.children].map((child) =>
    child.classList.contains(GROUP_CLASS) ? `group[${child.children.length}]` : child.getAttribute("data-weft-type"),
  );
  const order = [...holder.querySelectorAll(".weft-text")].map((text) => text.textContent);
  return { children, order };
}

function valuesOf(controls: readonly Control[]): string[] {
  return controls.map((control) => (control as Text).value ?? "");
}

function assertGrouped(holder: HTMLElement, expected: readonly string[]): void {
  const { children, order } = shape(holder);
  assert.ok(children.length > 0 && children.every((child) => child?.startsWith("group[")), `every child is a group: ${children.join(" ")}`);
  for (const group of holder.children) {
    const size = group.children.length;
    assert.ok(size > 0 && size <= 2 * GROUP_SIZE, `a group holds 1 to ${2 * GROUP_SIZE} children, not ${size}`);
  }
  assert.deepEqual(order, expected, "the children in the server's order");
}

async function run(main: AppMain): Promise<Pilot> {
  return runApp(main);
}

test("a page below the threshold keeps its controls as its own children; one at it is grouped by the group size", async () => {
  const short = await run((page) => page.add(...texts(0, GROUP_FROM - 1)));
  assert.deepEqual(new Set(shape(await dom(short)).children), new Set(["text"]), "a short page is as it always was");
  await short.close();

  const long = await run((page) => page.add(...texts(0, 2 * GROUP_SIZE + 50)));
  const holder = await dom(long);
  assert.deepEqual(shape(holder).children, [`group[${GROUP_SIZE}]`, `group[${GROUP_SIZE}]`, "group[50]"]);
  assertGrouped(holder, valuesOf(texts(0, 2 * GROUP_SIZE + 50)));
  await long.close();
});

test("a Column that grows past the threshold is grouped, in order, through appends, inserts in the middle, moves and removes", async () => {
  const column = new Column(texts(0, 10), { key: "col" });
  const pilot = await run(async (page) => {
    await page.add(
      column,
      new ElevatedButton("grow", { key: "grow", onClick: () => void column.controls.push(...texts(10, 300)) }),
      new ElevatedButton("middle", { key: "middle", onClick: () => void column.controls.splice(150, 0, ...texts(1000, 250)) }),
      new ElevatedButton("move", { key: "move", onClick: () => void column.controls.unshift(column.controls.pop()!) }),
      new ElevatedButton("drop", { key: "drop", onClick: () => void column.controls.splice(0, 380) }),
    );
  });
  const col = () => dom(pilot, ".weft-column");
  assert.deepEqual(new Set(shape(await col()).children), new Set(["text"]));

  await pilot.click({ key: "grow" });
  assertGrouped(await col(), valuesOf(column.controls));

  await pilot.click({ key: "middle" });
  const afterMiddle = await col();
  assertGrouped(afterMiddle, valuesOf(column.controls));
  assert.equal(afterMiddle.children.length >= Math.ceil(560 / (2 * GROUP_SIZE)), true, "the swollen group was split");

  await pilot.click({ key: "move" });
  assertGrouped(await col(), valuesOf(column.controls));

  await pilot.click({ key: "drop" });
  const dropped = await col();
  assertGrouped(dropped, valuesOf(column.controls));
  assert.equal(column.controls.length, 180);
  await pilot.close();
});

test("an expanded child or a spread main axis puts the children back into the column; `start` again groups them again", async () => {
  const column = new Column(texts(0, 300));
  const other = new Column(texts(0, 300));
  const pilot = await run(async (page) => {
    await page.add(
      column,
      other,
      new ElevatedButton("spread", { key: "spread", onClick: () => void (column.alignment = "spaceBetween") }),
      new ElevatedButton("start", { key: "start", onClick: () => void (column.alignment = "start") }),
      new ElevatedButton("expand", { key: "expand", onClick: () => void (other.controls[7]!.expand = true) }),
    );
  });
  const columns = async () => [...(await dom(pilot)).querySelectorAll<HTMLElement>(".weft-column")];
  for (const holder of await columns()) assertGrouped(holder, valuesOf(column.controls));

  await pilot.click({ key: "spread" });
  const [spread] = await columns();
  assert.deepEqual(new Set(shape(spread!).children), new Set(["text"]), "spaceBetween spreads the column's own children");
  assert.deepEqual(shape(spread!).order, valuesOf(column.controls));

  await pilot.click({ key: "start" });
  assertGrouped((await columns())[0]!, valuesOf(column.controls));

  await pilot.click({ key: "expand" });
  const expanded = (await columns())[1]!;
  assert.deepEqual(new Set(shape(expanded).children), new Set(["text"]), "an expanded child needs the column itself");
  assert.deepEqual(shape(expanded).order, valuesOf(other.controls));
  await pilot.close();
});

test("a Column created with an expanded child among many is never grouped; a clean empties the groups too", async () => {
  const column = new Column([...texts(0, 250), new Text("grows", { expand: true })]);
  const pilot = await run(async (page) => {
    await page.add(column);
    await page.add(...texts(0, 300));
    await page.add(new ElevatedButton("clean", { key: "clean", onClick: () => page.clean().then(() => page.add(...texts(0, 3))) }));
  });
  const page = await dom(pilot);
  assert.deepEqual(new Set(shape(page.querySelector(".weft-column")!).children), new Set(["text"]));
  assert.equal(page.children.length, Math.ceil(302 / GROUP_SIZE), "the page itself is grouped");

  await pilot.click({ key: "clean" });
  assert.deepEqual(shape(await dom(pilot)).children, ["text", "text", "text"]);
  await pilot.close();
});
