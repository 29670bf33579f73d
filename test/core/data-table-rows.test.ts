/**
 * A DataTable over a row source (`getRows`) through the pilot: only the page or window shown is
 * asked for and sent, page changes and scrolled-to windows are checked before they are served,
 * a slow answer overtaken by a later one is dropped, and a bad source gets a clear error.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ControlError, DataCell, DataColumn, DataRow, DataTable, type DataTableRowSource } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const ROWS = 100_000;

/** A source of `ROWS` rows "Row i", recording what it was asked for. */
function source(asked: string[], order: number[] = []): (start: number, count: number) => DataRow[] {
  return (start, count) => {
    asked.push(`${start}+${count}`);
    const rows: DataRow[] = [];
    for (let i = start; i < start + count; i++) {
      const n = order[i] ?? i;
      rows.push(new DataRow([new DataCell(`Row ${n}`), new DataCell(String(n * 3))]));
    }
    return rows;
  };
}

function cellTexts(pilot: Awaited<ReturnType<typeof runApp>>): string[] {
  return pilot.find({ type: DataCell }).filter((_, i) => i % 2 === 0).map((c) => String(c.slots.content![0]!.props.value));
}

const columns = () => [new DataColumn("Name"), new DataColumn("Score", { numeric: true })];

test("a paged table of 100,000 rows asks for and sends one page; a page change sends the next, rows per page from the list only", async () => {
  const asked: string[] = [];
  const pages: string[] = [];
  const table = new DataTable({
    columns: columns(),
    rowCount: ROWS,
    rowsPerPage: 10,
    availableRowsPerPage: [10, 25],
    getRows: source(asked),
    onPageChange: (e) => void pages.push(`${e.data.firstRowIndex}/${e.data.rowsPerPage} shows ${e.control.rows.length}`),
  });
  const pilot = await runApp((page) => page.add(table));
  assert.deepEqual(asked, ["0+10"]);
  assert.equal(pilot.find({ type: DataRow }).length, 10);
  assert.ok(pilot.frames.reduce((sum, f) => sum + f.bytes, 0) < 12_000, "the first page only is sent");

  const before = pilot.patches.length;
  await pilot.fire({ type: DataTable }, "pageChange", { firstRowIndex: 10, rowsPerPage: 10 });
  assert.deepEqual(cellTexts(pilot), Array.from({ length: 10 }, (_, i) => `Row ${10 + i}`));
  assert.equal(pilot.get({ type: DataTable }).props.firstRowIndex, 10);
  const turn = pilot.patches.slice(before);
  assert.equal(turn.length, 1, "one patch for the page");
  assert.ok(turn[0]!.bytes < 6_000, `a page of ten rows is ${turn[0]!.bytes} bytes`);

  await pilot.fire({ type: DataTable }, "pageChange", { firstRowIndex: 75, rowsPerPage: 25 });
  assert.equal(pilot.find({ type: DataRow }).length, 25);
  assert.equal(table.rowsPerPage, 25);
  await pilot.fire({ type: DataTable }, "pageChange", { firstRowIndex: 99_990, rowsPerPage: 10 });
  assert.deepEqual(pages, ["10/10 shows 10", "75/25 shows 25", "99990/10 shows 10"]);

  const refused = [
    { firstRowIndex: 5, rowsPerPage: 10 }, // not a page's start
    { firstRowIndex: 0, rowsPerPage: 20 }, // not on offer
    { firstRowIndex: 100_000, rowsPerPage: 10 }, // past the end
    { firstRowIndex: -10, rowsPerPage: 10 },
    { firstRowIndex: 0, rowsPerPage: 100_000 },
    "next",
    null,
  ];
  for (const data of refused) await pilot.fire({ type: DataTable }, "pageChange", data);
  assert.equal(pilot.session.stats.badEventData, refused.length);
  assert.deepEqual(asked, ["0+10", "10+10", "75+25", "99990+10"]);
  await pilot.close();
});

test("sorting a sourced table: the app sorts its data and calls refresh(); only the page shown is asked for again", async () => {
  const asked: string[] = [];
  const order = Array.from({ length: ROWS }, (_, i) => i);
  const table: DataTable = new DataTable({
    columns: [
      new DataColumn("Name", {
        onSort: async (e) => {
          order.sort((a, b) => (e.data.ascending ? a - b : b - a));
          table.sortColumnIndex = e.data.columnIndex;
          table.sortAscending = e.data.ascending;
          await table.refresh();
        },
      }),
      new DataColumn("Score"),
    ],
    rowCount: ROWS,
    rowsPerPage: 5,
    getRows: source(asked, order),
  });
  const pilot = await runApp((page) => page.add(table));
  const before = pilot.patches.length;
  await pilot.fire(pilot.find({ type: DataColumn })[0]!, "sort", false);
  assert.deepEqual(cellTexts(pilot), ["Row 99999", "Row 99998", "Row 99997", "Row 99996", "Row 99995"]);
  assert.deepEqual(asked, ["0+5", "0+5"]);
  const bytes = pilot.patches.slice(before).reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(bytes < 4_000, `a sorted page of five rows is ${bytes} bytes`);
  assert.equal(pilot.get({ type: DataTable }).props.sortColumnIndex, 0);
  await pilot.close();
});

test("a virtual table sends a first window of two screens, then the window the browser asks for; a late answer is dropped", async () => {
  const asked: string[] = [];
  const windows: string[] = [];
  let slow: ((answer: DataRow[]) => void) | undefined;
  const rows = source([]);
  const table = new DataTable({
    columns: columns(),
    rowCount: ROWS,
    virtual: true,
    height: 520,
    getRows: (start, count) => {
      asked.push(`${start}+${count}`);
      if (start === 500) return new Promise<DataRow[]>((resolve) => (slow = resolve));
      if (start === 2_000) setTimeout(() => slow!(rows(500, 30)), 20);
      return rows(start, count);
    },
    onRowWindow: (e) => void windows.push(`${e.data.firstRowIndex}+${e.data.count}`),
  });
  const pilot = await runApp((page) => page.add(table));
  assert.deepEqual(asked, ["0+20"], "520 px of 52 px rows, twice");
  assert.equal(pilot.find({ type: DataRow }).length, 20);

  await pilot.fire({ type: DataTable }, "rowWindow", { firstRowIndex: 1_000, count: 30 });
  assert.equal(pilot.get({ type: DataTable }).props.firstRowIndex, 1_000);
  assert.equal(cellTexts(pilot)[0], "Row 1000");
  assert.equal(pilot.find({ type: DataRow }).length, 30);

  // A slow answer for 500 is overtaken by the window at 2,000: its rows never show.
  const late = pilot.fire({ type: DataTable }, "rowWindow", { firstRowIndex: 500, count: 30 });
  await pilot.fire({ type: DataTable }, "rowWindow", { firstRowIndex: 2_000, count: 30 });
  await late;
  await pilot.settle();
  assert.equal(pilot.get({ type: DataTable }).props.firstRowIndex, 2_000);
  assert.equal(cellTexts(pilot)[0], "Row 2000");
  assert.deepEqual(windows, ["1000+30", "2000+30", "500+30"]);

  for (const data of [{ firstRowIndex: 99_990, count: 30 }, { firstRowIndex: 0, count: 0 }, { firstRowIndex: 0, count: 501 }, { firstRowIndex: 1.5, count: 3 }]) {
    await pilot.fire({ type: DataTable }, "rowWindow", data);
  }
  assert.equal(pilot.session.stats.badEventData, 4);
  await pilot.close();
});

test("a bad source is reported clearly: too many rows, not an array, no rowCount; refresh() without getRows throws", async () => {
  const errors: string[] = [];
  const tooMany = new DataTable({ columns: columns(), rowCount: 50, rowsPerPage: 5, getRows: source([]) });
  tooMany.getRows = (start) => source([])(start, 6);
  const notArray = new DataTable({ columns: columns(), rowCount: 50, rowsPerPage: 5, getRows: (() => "rows") as unknown as DataTableRowSource });
  const noCount = new DataTable({ columns: columns(), rowsPerPage: 5, getRows: source([]) });
  const pilot = await runApp((page) => {
    page.onError = (e) => void errors.push(e.data);
    page.add(tooMany, notArray, noCount);
  });
  assert.equal(errors.length, 3);
  for (const expected of [/getRows\(0, 5\) returned 6 rows; it may return at most 5/, /getRows\(0, 5\) must return an array of DataRow/, /needs rowCount/]) {
    assert.ok(errors.some((e) => expected.test(e)), `${expected} in ${errors.join(" | ")}`);
  }
  await assert.rejects(new DataTable({ columns: columns() }).refresh(), (e: unknown) => e instanceof ControlError && /needs getRows/.test(e.message));
  await pilot.close();
});

test("an async source fills the first page after main; refresh() after the data shrank goes back to its last page", async () => {
  const asked: string[] = [];
  const rows = source(asked);
  const table = new DataTable({
    columns: columns(),
    rowCount: 95,
    rowsPerPage: 10,
    getRows: async (start, count) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return rows(start, count);
    },
  });
  const pilot = await runApp((page) => page.add(table));
  for (let wait = 0; wait < 100 && pilot.find({ type: DataRow }).length === 0; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await pilot.settle();
  }
  assert.equal(pilot.find({ type: DataRow }).length, 10, "the rows came in a later patch");
  await pilot.fire({ type: DataTable }, "pageChange", { firstRowIndex: 90, rowsPerPage: 10 });
  assert.equal(pilot.find({ type: DataRow }).length, 5, "the last page holds what is left");
  table.rowCount = 42;
  await table.refresh();
  await pilot.settle();
  assert.equal(pilot.get({ type: DataTable }).props.firstRowIndex, 40);
  assert.deepEqual(cellTexts(pilot), ["Row 40", "Row 41"]);
  assert.deepEqual(asked, ["0+10", "90+5", "40+2"]);
  await pilot.close();
});

test("without getRows the app pages itself: onPageChange gets the page asked for, firstRowIndex follows", async () => {
  const all = source([])(0, 30);
  const table: DataTable = new DataTable({
    columns: columns(),
    rows: all.slice(0, 10),
    rowCount: 30,
    rowsPerPage: 10,
    onPageChange: (e) => void (table.rows = all.slice(e.data.firstRowIndex, e.data.firstRowIndex + e.data.rowsPerPage)),
  });
  const pilot = await runApp((page) => page.add(table));
  await pilot.fire({ type: DataTable }, "pageChange", { firstRowIndex: 20, rowsPerPage: 10 });
  assert.equal(pilot.get({ type: DataTable }).props.firstRowIndex, 20);
  assert.equal(cellTexts(pilot)[0], "Row 20");
  await pilot.fire({ type: DataTable }, "rowWindow", { firstRowIndex: 0, count: 5 });
  assert.equal(pilot.session.stats.badEventData, 1, "a window request is refused by a table that is not virtual");
  await pilot.close();
});
