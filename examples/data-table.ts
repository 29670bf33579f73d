/**
 * A DataTable over 100,000 generated orders, made a page at a time: `getRows(start, count)` builds
 * only the rows shown, so the browser gets ten rows, not 100,000. Every column sorts (the app sorts
 * its own index of the data and calls `refresh()`), rows are selectable and stay selected across
 * pages, and a second table scrolls through every row, fetching windows of rows as the person scrolls.
 */
import { app, Column, DataCell, DataColumn, DataRow, DataTable, Markdown, Switch, Text, type DataColumnSortEvent, type Page } from "../src/index.js";

const COUNT = 100_000;
/** Invented names, made of syllables (no one's): 16 given names and 16 family names, 256 customers. */
const SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "do", "ne", "ri", "bas", "fe", "gu", "hol", "ju", "pra"];
const FIRST = Array.from({ length: 16 }, (_, i) => capitalised(SYLLABLES[i]! + SYLLABLES[(i * 9 + 6) % 16]!));
const LAST = Array.from({ length: 16 }, (_, i) => capitalised(SYLLABLES[(i * 5 + 1) % 16]! + SYLLABLES[(i * 3 + 2) % 16]! + SYLLABLES[(i * 11 + 9) % 16]!));
const CITIES = ["Amsterdam", "Berlin", "Lisbon", "London", "Madrid", "Oslo", "Paris", "Prague", "Rome", "Vienna", "Warsaw", "Zurich"];
const EUROS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A fixed pseudo-random number in [0, 1) for row `i` and field `field`: the same data set on every run. */
function noise(i: number, field: number): number {
  let x = (i + 1) * 2654435761 + field * 40503;
  x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
  x = Math.imul(x ^ (x >>> 12), 0x297a2d39);
  return ((x ^ (x >>> 15)) >>> 0) / 4294967296;
}

/** The data set, as columns: built once per process (about 2 MB), shared by every session. */
const names = Array.from({ length: FIRST.length * LAST.length }, (_, n) => `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length)]}`);
const nameRank = rankOf(names);
const cityRank = rankOf(CITIES);
const customer = new Uint16Array(COUNT);
const city = new Uint8Array(COUNT);
const cents = new Uint32Array(COUNT);
const day = new Uint16Array(COUNT);
for (let i = 0; i < COUNT; i++) {
  customer[i] = Math.floor(noise(i, 1) * names.length);
  city[i] = Math.floor(noise(i, 2) * CITIES.length);
  cents[i] = 500 + Math.floor(noise(i, 3) * 250_000);
  day[i] = Math.floor(noise(i, 4) * 730);
}

/** Each string's place in alphabetical order, so sorting compares numbers. */
function rankOf(values: readonly string[]): Uint16Array {
  const ranks = new Uint16Array(values.length);
  [...values.keys()].sort((a, b) => values[a]!.localeCompare(values[b]!)).forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}

/** Column i's sort key of order `o`. */
const KEYS: ReadonlyArray<(o: number) => number> = [(o) => o, (o) => nameRank[customer[o]!]!, (o) => cityRank[city[o]!]!, (o) => cents[o]!, (o) => day[o]!];

function cellsOf(o: number): DataCell[] {
  return [
    new DataCell(`#${String(o + 1).padStart(6, "0")}`),
    new DataCell(names[customer[o]!]!),
    new DataCell(CITIES[city[o]!]!),
    new DataCell(EUROS.format(cents[o]! / 100)),
    new DataCell(new Date(FIRST_DAY + day[o]! * DAY_MS).toISOString().slice(0, 10)),
  ];
}

/** A table over the orders: its own sort order, selection shared with `selected`. */
function ordersTable(selected: Set<number>, shown: Text, options: { rowsPerPage?: number; virtual?: boolean; height?: number }): DataTable {
  const order = new Uint32Array(COUNT).map((_, i) => i);
  const sort = async (e: DataColumnSortEvent) => {
    const key = KEYS[e.data.columnIndex]!;
    const sign = e.data.ascending ? 1 : -1;
    order.sort((a, b) => sign * (key(a) - key(b)) || a - b);
    table.sortColumnIndex = e.data.columnIndex;
    table.sortAscending = e.data.ascending;
    await table.refresh();
  };
  const table: DataTable = new DataTable({
    ...options,
    columns: ["Order", "Customer", "City", "Amount", "Date"].map((label, i) => new DataColumn(label, { numeric: i === 0 || i === 3, onSort: sort })),
    rowCount: COUNT,
    showCheckboxColumn: true,
    getRows: (start, count) =>
      Array.from(order.subarray(start, start + count), (o) =>
        new DataRow(cellsOf(o), {
          selected: selected.has(o),
          onSelectChanged: async (e) => {
            if (e.data) selected.add(o);
            else selected.delete(o);
            shown.value = `${selected.size} selected`;
            await shown.update();
          },
        })),
    onSelectAll: async (e) => {
      // Flet leaves select-all to the app: here it takes the rows on screen.
      for (let i = table.firstRowIndex; i < table.firstRowIndex + table.rows.length; i++) {
        if (e.data) selected.add(order[i]!);
        else selected.delete(order[i]!);
      }
      shown.value = `${selected.size} selected`;
      await table.refresh();
      await shown.update();
    },
  });
  return table;
}

export async function main(page: Page) {
  page.title = "Weft data table";
  page.themeMode = "light";
  page.horizontalAlignment = "stretch";
  page.scroll = "auto";
  const selected = new Set<number>();
  const shown = new Text("0 selected");
  const dark = new Switch({
    label: "Dark mode",
    onChange: async (e) => {
      page.themeMode = e.data ? "dark" : "light";
      await page.update();
    },
  });
  const paged = ordersTable(selected, shown, { rowsPerPage: 10 });
  paged.availableRowsPerPage = [10, 25, 50, 100];
  await page.add(
    new Markdown("# 100,000 orders"),
    dark,
    new Markdown("## A page at a time\nSort by any column; tick rows on one page and they stay ticked on the others. Only the page shown is sent."),
    shown,
    paged,
    new Markdown("## Every row, scrolling\nThe same orders in one scrolling box: rows are fetched as you scroll, a few screens at a time."),
    new Column([ordersTable(selected, shown, { virtual: true, height: 420 })], { horizontalAlignment: "stretch" }),
    new Markdown(
      "```ts\nnew DataTable({\n  columns,\n  rowCount: 100_000,\n  rowsPerPage: 10, // or virtual: true, height: 420\n" +
        "  getRows: (start, count) => order.slice(start, start + count).map(rowOf),\n})\n```",
    ),
  );
}

app(main);
