/**
 * A DataTable over 100,000 rows in Chromium: the server's `getRows` serves a page or a scrolled-to
 * window at a time, and the WebSocket carries only those rows (counted in bytes and rows). Sorting
 * reaches the handler and re-orders the page, selection follows the app's own record across pages,
 * the pager works by mouse and keyboard, and the virtual table puts row i at i row-heights down.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { DataCell, DataColumn, DataRow, DataTable, type DataTableOptions, type Page } from "../../src/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";
import { hasFocus } from "./focus.js";

const browser = useBrowser();
const ROWS = 100_000;

/** Row i of the data: a name and a score that is not in index order. */
function score(i: number): number {
  return (i * 7919) % 1000;
}

interface Table {
  table: DataTable;
  /** Row indexes in the order shown (sorting re-orders it). */
  order: number[];
  selected: Set<number>;
  seen: string[];
}

/** A 100,000-row table made only a page or window at a time, sortable by score, rows selectable. */
function bigTable(options: DataTableOptions): Table {
  const order = Array.from({ length: ROWS }, (_, i) => i);
  const selected = new Set<number>();
  const seen: string[] = [];
  const table: DataTable = new DataTable({
    columns: [
      new DataColumn("Name"),
      new DataColumn("Score", {
        numeric: true,
        onSort: async (e) => {
          seen.push(`sort ${e.data.columnIndex} ${e.data.ascending}`);
          order.sort((a, b) => (e.data.ascending ? score(a) - score(b) || a - b : score(b) - score(a) || b - a));
          table.sortColumnIndex = e.data.columnIndex;
          table.sortAscending = e.data.ascending;
          await table.refresh();
        },
      }),
    ],
    rowCount: ROWS,
    showCheckboxColumn: true,
    getRows: (start, count) =>
      order.slice(start, start + count).map(
        (i) =>
          new DataRow([new DataCell(`Row ${i}`), new DataCell(String(score(i)))], {
            selected: selected.has(i),
            onSelectChanged: (e) => {
              seen.push(`select ${i} ${e.data}`);
              if (e.data) selected.add(i);
              else selected.delete(i);
            },
          }),
      ),
    ...options,
  });
  return { table, order, selected, seen };
}

/** Opens `main`, recording every frame the server sends the tab. */
async function openRecorded(main: (page: Page) => void) {
  const received: string[] = [];
  browser.context.once("page", (page) => page.on("websocket", (ws) => ws.on("framereceived", (f) => void received.push(String(f.payload)))));
  const tab = await browser.open((await browser.serve(main)).url);
  return { tab, received };
}

const bytes = (frames: readonly string[]) => frames.reduce((sum, f) => sum + Buffer.byteLength(f), 0);
const datarows = (frames: readonly string[]) => frames.reduce((sum, f) => sum + (f.match(/"datarow"/g)?.length ?? 0), 0);

function bodyNames(tab: BrowserPage): Promise<string[]> {
  return tab.locator(".weft-datatable__table > tbody:not(.weft-datatable__space) > tr > td:nth-child(2)").allInnerTexts();
}

test("a paged 100,000-row table: the first page alone is sent; the pager turns pages by mouse and keyboard, sending only the next page", async () => {
  const { table } = bigTable({ rowsPerPage: 10, availableRowsPerPage: [10, 25, 50] });
  const { tab, received } = await openRecorded((page) => page.add(table));
  const grid = tab.getByRole("table");
  await until(async () => (await bodyNames(tab)).length === 10, "the first page shows");
  assert.deepEqual(await bodyNames(tab), Array.from({ length: 10 }, (_, i) => `Row ${i}`));
  assert.equal(datarows(received), 10, "ten rows crossed the wire");
  assert.ok(bytes(received) < 20_000, `the page opened with ${bytes(received)} bytes`);
  assert.equal(await grid.getAttribute("aria-rowcount"), "100001");
  assert.equal(await grid.getByRole("row", { name: /Row 3\b/ }).getAttribute("aria-rowindex"), "5");

  const pager = tab.getByRole("group", { name: "Pages" });
  await pager.getByText("1–10 of 100,000").waitFor();
  assert.equal(await pager.getByRole("button", { name: "Previous page" }).isDisabled(), true);
  let mark = received.length;
  await pager.getByRole("button", { name: "Next page" }).click();
  await pager.getByText("11–20 of 100,000").waitFor();
  assert.deepEqual(await bodyNames(tab), Array.from({ length: 10 }, (_, i) => `Row ${10 + i}`));
  assert.equal(datarows(received.slice(mark)), 10, "the next page is ten rows");
  assert.ok(bytes(received.slice(mark)) < 8_000, `a page turn is ${bytes(received.slice(mark))} bytes`);

  // The keyboard: Tab from the previous page button to Next, Enter; then Last and First.
  await pager.getByRole("button", { name: "Previous page" }).focus();
  await tab.keyboard.press("Tab");
  assert.ok(await hasFocus(pager.getByRole("button", { name: "Next page" })));
  await tab.keyboard.press("Enter");
  await pager.getByText("21–30 of 100,000").waitFor();
  mark = received.length;
  await pager.getByRole("button", { name: "Last page" }).press("Enter");
  await pager.getByText("99,991–100,000 of 100,000").waitFor();
  assert.equal((await bodyNames(tab)).at(-1), "Row 99999");
  assert.equal(await pager.getByRole("button", { name: "Next page" }).isDisabled(), true);
  assert.equal(datarows(received.slice(mark)), 10);

  await pager.getByRole("combobox", { name: "Rows per page" }).selectOption("25");
  await pager.getByText("99,976–100,000 of 100,000").waitFor();
  assert.equal((await bodyNames(tab)).length, 25);
  await pager.getByRole("button", { name: "First page" }).click();
  await pager.getByText("1–25 of 100,000").waitFor();
  assert.equal(table.rowsPerPage, 25);
});

test("sorting the 100,000 rows: the header reaches the handler, the page re-orders, and only that page is sent", async () => {
  const { table, seen } = bigTable({ rowsPerPage: 10 });
  const { tab, received } = await openRecorded((page) => page.add(table));
  await until(async () => (await bodyNames(tab)).length === 10, "the first page shows");
  const header = tab.getByRole("columnheader", { name: "Score" });
  assert.equal(await header.getAttribute("aria-sort"), null);
  const mark = received.length;
  await tab.getByRole("button", { name: "Score" }).click();
  await until(async () => (await header.getAttribute("aria-sort")) === "ascending", "the header shows the sort");
  await until(async () => (await bodyNames(tab))[0] === "Row 0", "the lowest score first");
  const scores = await tab.locator(".weft-datatable__table > tbody:not(.weft-datatable__space) > tr > td:nth-child(3)").allInnerTexts();
  assert.deepEqual(scores, scores.map(Number).sort((a, b) => a - b).map(String), "the page is in score order");
  assert.deepEqual(scores.slice(0, 2), ["0", "0"], "a hundred rows score 0, the lowest");
  assert.equal(datarows(received.slice(mark)), 10, "one page crossed the wire");
  assert.ok(bytes(received.slice(mark)) < 8_000, `sorting sent ${bytes(received.slice(mark))} bytes`);

  await tab.getByRole("button", { name: "Score" }).press("Enter");
  await until(async () => (await header.getAttribute("aria-sort")) === "descending", "Enter sorts the other way");
  await until(async () => (await tab.locator("tbody:not(.weft-datatable__space) td:nth-child(3)").first().innerText()) === "999", "the highest score first");
  assert.deepEqual(seen, ["sort 1 true", "sort 1 false"]);
});

test("selecting rows of a paged table: a row click and a check box reach the server, and the selection holds across pages", async () => {
  const { table, selected, seen } = bigTable({ rowsPerPage: 10 });
  const { tab } = await openRecorded((page) => page.add(table));
  const grid = tab.getByRole("table");
  await grid.getByRole("cell", { name: "Row 2", exact: true }).click();
  await grid.getByRole("row", { name: /Row 5\b/ }).getByRole("checkbox", { name: "Select row" }).check();
  await until(async () => seen.length === 2, "both selections reached the server");
  assert.deepEqual([...selected].sort(), [2, 5]);
  const pager = tab.getByRole("group", { name: "Pages" });
  await pager.getByRole("button", { name: "Next page" }).click();
  await pager.getByText("11–20 of 100,000").waitFor();
  assert.equal(await tab.locator(".weft-datarow--selected").count(), 0);
  await pager.getByRole("button", { name: "Previous page" }).click();
  await pager.getByText("1–10 of 100,000").waitFor();
  assert.equal(await grid.getByRole("row", { name: /Row 2\b/ }).getByRole("checkbox").isChecked(), true);
  assert.equal(await grid.getByRole("row", { name: /Row 5\b/ }).getByRole("checkbox").isChecked(), true);
  await grid.getByRole("cell", { name: "Row 2", exact: true }).click();
  await until(async () => !selected.has(2), "a second click unselects");
  assert.deepEqual(seen, ["select 2 true", "select 5 true", "select 2 false"]);
});

test("a virtual 100,000-row table: a first window only; scrolling fetches windows and row i stands i row-heights down", async () => {
  const { table } = bigTable({ virtual: true, height: 420, headingRowColor: "surfaceContainerHigh" });
  const windows: string[] = [];
  table.onRowWindow = (e) => void windows.push(`${e.data.firstRowIndex}+${e.data.count}`);
  const { tab, received } = await openRecorded((page) => page.add(table));
  await until(async () => (await bodyNames(tab)).length > 0, "the first rows show");
  const opened = datarows(received);
  assert.ok(opened > 0 && opened <= 20, `${opened} rows sent at start`);
  const box = tab.locator(".weft-datatable__box");
  const geometry = () =>
    box.evaluate((el) => {
      const rows = el.querySelectorAll<HTMLElement>("tbody:not(.weft-datatable__space) > tr");
      const head = el.querySelector("thead")!.getBoundingClientRect();
      return { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, top: el.getBoundingClientRect().top, head: head.height, pitch: rows[1]!.getBoundingClientRect().top - rows[0]!.getBoundingClientRect().top };
    });
  const start = await geometry();
  assert.ok(Math.abs(start.pitch - 52) < 1, `a row is ${start.pitch}px, its divider inside (collapsed borders)`);
  const whole = start.head + ROWS * start.pitch;
  assert.ok(Math.abs(start.scrollHeight - whole) < ROWS * 0.02, `the box scrolls through every row: ${start.scrollHeight} of ${whole}`);

  // Scroll to row 50,000: the server is asked for a window around it, and it stands right under the header.
  let mark = received.length;
  await box.evaluate((el, y) => (el.scrollTop = y), 50_000 * start.pitch);
  const row = tab.getByRole("row", { name: /Row 50000\b/ });
  await row.waitFor();
  const rowBox = (await row.boundingBox())!;
  assert.ok(Math.abs(rowBox.y - (start.top + start.head)) < 2, `row 50,000 is at ${rowBox.y}, under the header at ${start.top + start.head}`);
  assert.equal(await row.getAttribute("aria-rowindex"), "50002");
  const header = (await tab.getByRole("columnheader", { name: "Name" }).boundingBox())!;
  assert.ok(Math.abs(header.y - start.top) < 2, "the header stays on top");
  const colours = await tab.locator(".weft-datatable__head").evaluate((tr) => [getComputedStyle(tr).backgroundColor, getComputedStyle(tr.children[1]!).backgroundColor]);
  assert.equal(colours[1], colours[0], "the sticky header cells take headingRowColor");
  assert.notEqual(colours[0], "rgba(0, 0, 0, 0)");
  const sent = datarows(received.slice(mark));
  assert.ok(sent > 0 && sent <= 30, `${sent} rows for the new window`);

  // Wheel down a few screens: more windows, each a few screens of rows.
  await box.hover();
  mark = received.length;
  for (let i = 0; i < 6; i++) {
    await tab.mouse.wheel(0, 400);
    await tab.waitForTimeout(60);
  }
  const after = await box.evaluate((el) => el.scrollTop);
  const topRow = Math.floor(after / start.pitch);
  await tab.getByRole("row", { name: new RegExp(`Row ${topRow}\\b`) }).waitFor();
  assert.ok(datarows(received.slice(mark)) <= 30 * 6, "each window is a few screens of rows");
  assert.ok(windows.length >= 2 && windows.length <= 8, `windows fetched: ${windows.join(", ")}`);
  assert.ok(datarows(received) < 400, `${datarows(received)} rows sent in all, of 100,000`);

  // A fast scroll, a far jump every frame for 40 frames: one request at a time, at most ten a
  // second, so the server's event rate limit is never reached; the rows where it stops show.
  const asked = windows.length;
  const landed = await box.evaluate(async (el, pitch) => {
    let y = 0;
    for (let i = 0; i < 40; i++) {
      y = (10_000 + i * 1_777) * pitch;
      el.scrollTop = y;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return Math.floor(y / pitch);
  }, start.pitch);
  await tab.getByRole("row", { name: new RegExp(`Row ${landed}\\b`) }).waitFor();
  const burst = windows.length - asked;
  assert.ok(burst >= 1 && burst <= 12, `${burst} windows for 40 frames of jumps`);
  assert.equal(await tab.locator(".weft-error").innerText(), "", "no error: the rate limit was not reached");

  // The keyboard reaches the box and scrolls it.
  await box.focus();
  const before = await box.evaluate((el) => el.scrollTop);
  await tab.keyboard.press("PageDown");
  await until(async () => (await box.evaluate((el) => el.scrollTop)) > before, "Page Down scrolls the table");
});
