/**
 * Layout controls in Chromium, found by role and name and driven by mouse and keyboard: tabs by
 * arrow keys, an expansion tile opened and closed, table rows selected and a column sorted, a list
 * scrolled from the server, a 10,000-row list appended to, and the responsive row and stack laid
 * out. Each checks what the server's handlers saw.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  Column,
  Container,
  DataCell,
  DataColumn,
  DataRow,
  DataTable,
  ElevatedButton,
  ExpansionTile,
  GridView,
  ListTile,
  ListView,
  ResponsiveRow,
  Row,
  Stack,
  Tab,
  Tabs,
  Text,
  type Page,
} from "../../src/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";
import { hasFocus } from "./focus.js";

const browser = useBrowser();

async function open(main: (page: Page) => void | Promise<void>) {
  return browser.open((await browser.serve(main)).url);
}

test("tabs: a tablist of tabs, each naming its panel; arrow keys, Home and End move and select; the server follows", async () => {
  const seen: Array<[number, number]> = [];
  const tab = await open((page) =>
    page.add(
      new Tabs([new Tab("One", new Text("First panel")), new Tab("Two", new Text("Second panel")), new Tab("Three", new Text("Third panel"))], {
        onChange: (e) => void seen.push([e.data, e.control.selectedIndex]),
      }),
    ),
  );
  const list = tab.getByRole("tablist");
  assert.equal(await list.getByRole("tab").count(), 3);
  const one = tab.getByRole("tab", { name: "One" });
  assert.equal(await one.getAttribute("aria-selected"), "true");
  await tab.getByRole("tabpanel", { name: "One" }).getByText("First panel").waitFor();
  assert.equal(await tab.getByRole("tabpanel").count(), 1, "only the selected panel is shown");

  await one.focus();
  await tab.keyboard.press("ArrowRight");
  const two = tab.getByRole("tab", { name: "Two" });
  assert.equal(await two.getAttribute("aria-selected"), "true");
  assert.ok(await hasFocus(two), "focus moved with the selection");
  await tab.getByRole("tabpanel", { name: "Two" }).getByText("Second panel").waitFor();
  await tab.keyboard.press("End");
  await tab.getByRole("tabpanel", { name: "Three" }).waitFor();
  await tab.keyboard.press("ArrowRight");
  await tab.getByRole("tabpanel", { name: "One" }).waitFor();
  await tab.keyboard.press("ArrowLeft");
  await tab.getByRole("tabpanel", { name: "Three" }).waitFor();
  await tab.getByRole("tab", { name: "Two" }).click();
  await tab.getByRole("tabpanel", { name: "Two" }).waitFor();
  await until(async () => seen.length === 5, "the server saw every pick");
  assert.deepEqual(seen, [
    [1, 1],
    [2, 2],
    [0, 0],
    [2, 2],
    [1, 1],
  ]);
  assert.deepEqual(
    await list.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex)),
    [-1, 0, -1],
    "one tab stop: the selected tab",
  );
});

test("tabs: the server can select a tab", async () => {
  const tabs = new Tabs([new Tab("A", new Text("Panel A")), new Tab("B", new Text("Panel B"))]);
  const tab = await open((page) => page.add(tabs, new ElevatedButton("Show B", { onClick: () => void (tabs.selectedIndex = 1) })));
  await tab.getByRole("button", { name: "Show B" }).click();
  await tab.getByRole("tabpanel", { name: "B" }).getByText("Panel B").waitFor();
  assert.equal(await tab.getByRole("tab", { name: "B" }).getAttribute("aria-selected"), "true");
});

test("an expansion tile: a button with aria-expanded over a region it names; click and keyboard toggle it", async () => {
  const seen: boolean[] = [];
  const tile = new ExpansionTile([new Text("Hidden detail")], { title: "More", subtitle: "Details", onChange: (e) => void seen.push(e.data) });
  const tab = await open((page) => page.add(tile));
  const header = tab.getByRole("button", { name: /More/ });
  assert.equal(await header.getAttribute("aria-expanded"), "false");
  assert.equal(await tab.getByText("Hidden detail").isVisible(), false);
  await header.click();
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  await tab.getByRole("region", { name: /More/ }).getByText("Hidden detail").waitFor();
  await header.press("Enter");
  assert.equal(await header.getAttribute("aria-expanded"), "false");
  await header.press("Space");
  await until(async () => seen.length === 3, "the server saw each toggle");
  assert.deepEqual(seen, [true, false, true]);
  assert.equal(tile.expanded, true);
});

test("a data table: a real table with column headers; a row click selects it, a header sorts", async () => {
  const seen: string[] = [];
  const people = [
    ["Kavel", "36"],
    ["Lopra", "41"],
    ["Sabas", "85"],
  ];
  const tab = await open((page) =>
    page.add(
      new DataTable({
        showCheckboxColumn: true,
        sortColumnIndex: 1,
        sortAscending: true,
        columns: [
          new DataColumn("Name", { onSort: (e) => void seen.push(`sort ${e.data.columnIndex} ${e.data.ascending}`) }),
          new DataColumn("Age", { numeric: true, onSort: (e) => void seen.push(`sort ${e.data.columnIndex} ${e.data.ascending}`) }),
        ],
        rows: people.map(([name, age]) => new DataRow([new DataCell(name!), new DataCell(age!)], { onSelectChanged: (e) => void seen.push(`${name} ${e.data}`) })),
      }),
    ),
  );
  const table = tab.getByRole("table");
  // The data tables' renderer loads on demand: counting before it has drawn the table finds none.
  await table.getByRole("columnheader", { name: "Age" }).waitFor();
  assert.equal(await table.getByRole("columnheader").count(), 3, "the select-all header and two columns");
  assert.equal(await table.getByRole("columnheader", { name: "Age" }).getAttribute("aria-sort"), "ascending");
  assert.equal(await table.getByRole("row").count(), 4);
  const lopra = table.getByRole("row", { name: /Lopra/ });
  await lopra.getByRole("cell", { name: "41" }).click();
  assert.equal(await lopra.getByRole("checkbox", { name: "Select row" }).isChecked(), true);
  await table.getByRole("row", { name: /Sabas/ }).getByRole("checkbox").check();
  await lopra.getByRole("cell", { name: "Lopra" }).click();
  await table.getByRole("button", { name: "Age" }).click();
  await table.getByRole("button", { name: "Name" }).press("Enter");
  await until(async () => seen.length === 5, "the server saw every click");
  assert.deepEqual(seen, ["Lopra true", "Sabas true", "Lopra false", "sort 1 false", "sort 0 true"]);
  const align = await table.getByRole("cell", { name: "85" }).evaluate((td) => getComputedStyle(td).textAlign);
  assert.equal(align, "end", "a numeric column's cells are right-aligned");
});

test("a list tile with onClick is a button named by its text; Enter activates it", async () => {
  const seen: string[] = [];
  const tab = await open((page) => page.add(new ListTile({ title: "Kavel Lomiri", subtitle: "Surveyor", onClick: () => void seen.push("tile") })));
  const tile = tab.getByRole("button", { name: /Kavel Lomiri/ });
  await tile.click();
  await tile.press("Enter");
  await until(async () => seen.length === 2, "both activations reached the server");
});

test("listView.scrollTo from the server: by key, by offset from the end, by delta; a missing key resolves false", async () => {
  const results: string[] = [];
  const list = new ListView(
    Array.from({ length: 200 }, (_, i) => new ListTile({ title: `Row ${i}`, key: `row-${i}` })),
    { height: 300 },
  );
  const go = (label: string, run: () => Promise<boolean>) => new ElevatedButton(label, { onClick: async () => void results.push(`${label} ${await run()}`) });
  const tab = await open((page) =>
    page.add(
      go("To 150", () => list.scrollTo({ key: "row-150" })),
      go("To end", () => list.scrollTo({ offset: -1, duration: 200 })),
      go("Back 100", () => list.scrollTo({ delta: -100 })),
      go("To nowhere", () => list.scrollTo({ key: "row-999" })),
      list,
    ),
  );
  const box = () => tab.locator(".weft-listview").evaluate((el) => ({ top: el.scrollTop, max: el.scrollHeight - el.clientHeight, rect: el.getBoundingClientRect().toJSON() }));
  await tab.getByRole("button", { name: "To 150" }).click();
  await until(async () => results.length === 1, "the first scroll answered");
  const rowTop = async () => {
    const row = (await tab.locator('[data-key="row-150"]').boundingBox())!;
    return Math.round(row.y - ((await box()).rect as { top: number }).top);
  };
  await until(async () => Math.abs(await rowTop()) <= 1, "Row 150 is at the top of the list");

  await tab.getByRole("button", { name: "To end" }).click();
  await until(async () => results.length === 2, "the second scroll answered");
  await until(async () => {
    const b = await box();
    return b.max - b.top < 2;
  }, "the list reached its end");
  await tab.getByText("Row 199", { exact: true }).waitFor();

  const before = (await box()).top;
  await tab.getByRole("button", { name: "Back 100" }).click();
  await until(async () => results.length === 3, "the third scroll answered");
  assert.ok(Math.abs((await box()).top - (before - 100)) < 2, "moved up by 100px");

  await tab.getByRole("button", { name: "To nowhere" }).click();
  await until(async () => results.length === 4, "the fourth scroll answered");
  assert.deepEqual(results, ["To 150 true", "To end true", "Back 100 true", "To nowhere false"]);
});

test("a 10,000-row list: every row is in the page (findable, not virtualised), drawn deferred first, then laid out; appending adds one row", async () => {
  const list = new ListView([], { height: 400 });
  const tab = await open((page) =>
    page.add(
      new ElevatedButton("Load", { onClick: () => void list.controls.push(...Array.from({ length: 10_000 }, (_, i) => new ListTile({ title: `Row ${i}`, subtitle: "detail" }))) }),
      new ElevatedButton("Append", { onClick: () => void list.controls.push(new ListTile({ title: "Row 10000" })) }),
      list,
    ),
  );
  // Watch one far row's classes: it is deferred (content-visibility: auto) at first, then not.
  await tab.locator(".weft-listview").evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __deferrals: string[] }).__deferrals = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const row = r.target as HTMLElement;
        if (r.type === "attributes" && row.classList.contains("weft-listtile") && row.closest(".weft-listview") === el && row.textContent?.startsWith("Row 5000detail")) {
          seen.push(`${row.classList.contains("weft-deferred")} ${getComputedStyle(row).contentVisibility}`);
        }
      }
    }).observe(el, { subtree: true, attributes: true, attributeFilter: ["class"] });
  });
  await tab.getByRole("button", { name: "Load" }).click();
  // A long list's rows sit in group boxes (decision 0056).
  const rows = tab.locator(".weft-listview > .weft-group > .weft-listtile");
  await until(async () => (await rows.count()) === 10_000, "all rows arrived");
  await tab.getByText("Row 9999", { exact: true }).waitFor({ state: "attached" });
  await until(async () => (await tab.locator(".weft-deferred").count()) === 0, "every row is laid out for good");
  assert.deepEqual(await tab.evaluate(() => (window as unknown as { __deferrals: string[] }).__deferrals), ["true auto", "false visible"]);
  await tab.getByRole("button", { name: "Append" }).click();
  await until(async () => (await rows.count()) === 10_001, "the appended row arrived");
  assert.equal(await rows.last().textContent(), "Row 10000");
  assert.equal(await rows.last().evaluate((el) => el.classList.contains("weft-deferred")), false, "a small insert is laid out at once");
});

test("autoScroll keeps a list at its end as rows arrive; a reversed list starts from the bottom", async () => {
  const chat = new ListView(Array.from({ length: 30 }, (_, i) => new Text(`Message ${i}`)), { height: 200, autoScroll: true, key: "chat" });
  const reversed = new ListView(Array.from({ length: 30 }, (_, i) => new Text(`Newest first ${i}`)), { height: 200, reverse: true, key: "reversed" });
  let next = 30;
  const tab = await open((page) =>
    page.add(new ElevatedButton("Send", { onClick: () => void chat.controls.push(new Text(`Message ${next++}`)) }), new Row([chat, reversed], { height: 220 })),
  );
  const atEnd = (key: string) =>
    tab.locator(`[data-key="${key}"]`).evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - Math.abs(el.scrollTop)) < 2 && el.scrollHeight > el.clientHeight);
  await tab.getByRole("button", { name: "Send" }).click();
  await tab.getByText("Message 30", { exact: true }).waitFor();
  await until(() => atEnd("chat"), "the chat scrolled to its newest message");
  await tab.getByRole("button", { name: "Send" }).click();
  await tab.getByText("Message 31", { exact: true }).waitFor();
  await until(() => atEnd("chat"), "and again");
  const first = (await tab.getByText("Newest first 0", { exact: true }).boundingBox())!;
  const list = (await tab.locator('[data-key="reversed"]').boundingBox())!;
  assert.ok(first.y + first.height > list.y + list.height - 30, "the first child sits at the bottom, in view");
});

test("a grid with maxExtent: as many columns as fit cells no wider than it, following the width", async () => {
  const tab = await open((page) =>
    page.add(new GridView(Array.from({ length: 40 }, (_, i) => new Text(`Cell ${i}`)), { maxExtent: 150, spacing: 10, runSpacing: 10, height: 300, key: "grid" })),
  );
  const columns = () =>
    tab.locator('[data-key="grid"]').evaluate((grid) => {
      const tops = [...grid.children].map((c) => Math.round(c.getBoundingClientRect().top));
      return tops.filter((t) => t === tops[0]).length;
    });
  const cell = async () => (await tab.getByText("Cell 0", { exact: true }).boundingBox())!;
  const width = async () => (await tab.locator('[data-key="grid"]').boundingBox())!.width;
  await until(async () => (await columns()) === Math.ceil((await width() + 10) / 160), "columns follow maxExtent");
  assert.ok((await cell()).width <= 150, "no cell is wider than maxExtent");
  assert.ok(Math.abs((await cell()).width - (await cell()).height) < 1, "square cells (childAspectRatio 1)");
  await tab.setViewportSize({ width: 500, height: 700 });
  await until(async () => (await columns()) === Math.ceil((await width() + 10) / 160), "fewer columns on a narrower page");
  assert.ok((await columns()) < 6);
  await tab.setViewportSize({ width: 1024, height: 768 });
});

test("a responsive row: children span their col of 12 by the row's own width", async () => {
  const tab = await open((page) =>
    page.add(
      new ResponsiveRow(
        [0, 1, 2].map((i) => new Container(new Text(`Cell ${i}`), { col: { sm: 6, md: 4 }, bgcolor: "primaryContainer" })),
        { spacing: 0, runSpacing: 0 },
      ),
    ),
  );
  const ratio = async () => {
    const row = await tab.locator(".weft-responsive-row").boundingBox();
    const cell = await tab.getByText("Cell 0").locator("..").boundingBox();
    return Math.round((12 * cell!.width) / row!.width);
  };
  assert.equal(await ratio(), 4, "md (≥ 768px): 4 of 12");
  await tab.setViewportSize({ width: 640, height: 600 });
  await until(async () => (await ratio()) === 6, "sm (≥ 576px): 6 of 12");
  await tab.setViewportSize({ width: 480, height: 600 });
  await until(async () => (await ratio()) === 12, "xs: no col given, the whole row");
});

test("a stack layers its children; positioned ones sit against its edges", async () => {
  const tab = await open((page) =>
    page.add(
      new Stack(
        [
          new Container(undefined, { width: 200, height: 100, bgcolor: "primaryContainer", key: "base" }),
          new Text("Top left", { left: 10, top: 5 }),
          new Text("Bottom right", { right: 10, bottom: 5 }),
        ],
        { key: "stack" },
      ),
      new Column([new Text("After")]),
    ),
  );
  const stack = (await tab.locator('[data-key="stack"]').boundingBox())!;
  const tl = (await tab.getByText("Top left").boundingBox())!;
  const br = (await tab.getByText("Bottom right").boundingBox())!;
  assert.equal(Math.round(stack.width), 200);
  assert.equal(Math.round(stack.height), 100);
  assert.equal(Math.round(tl.x - stack.x), 10);
  assert.equal(Math.round(tl.y - stack.y), 5);
  assert.equal(Math.round(stack.x + stack.width - (br.x + br.width)), 10);
  assert.equal(Math.round(stack.y + stack.height - (br.y + br.height)), 5);
});
