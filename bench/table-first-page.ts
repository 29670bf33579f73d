/**
 * `table-first-page`: open a page showing a `DataTable` over 100,000 rows, ten a page from the
 * server's `getRows` → the first page's ten rows and the pager are in Chromium's DOM, in ms since
 * navigation start (page, client, socket, session, the table, and the pager's lazy chunk). The floor is a hand-written
 * page that builds a plain `<table>` of the same ten rows from one JSON message over a raw `ws`.
 * Both servers run in child processes (`table-server.ts`); the two load in turn, cold, and
 * medians are reported, as `initial-render` does.
 */
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { measureRenderPair, TIMEOUT_MS } from "./initial-render.js";

const SIZES: Record<Scale, { rows: number; loads: number }> = {
  full: { rows: 100_000, loads: 15 },
  smoke: { rows: 100, loads: 1 },
};
const ROWS_PER_PAGE = 10;

async function run(scale: Scale): Promise<Measurement> {
  const { rows, loads } = SIZES[scale];
  const times = await measureRenderPair({
    script: "./table-server.ts",
    args: [String(rows), String(ROWS_PER_PAGE)],
    // The tenth row, in a table whose pager shows too (the pager is a lazy chunk of its own).
    weft: { last: '.weft-datatable:has(.weft-datatable__pager:not([hidden])) [data-key="last"]', items: "tr.weft-datarow", timeoutMs: TIMEOUT_MS },
    floor: { last: '[data-key="last"]', items: "#root tbody tr", timeoutMs: TIMEOUT_MS },
    items: ROWS_PER_PAGE,
    loads,
  });
  return { metrics: { table_100k_first_page_ms: times.weft, table_floor_first_page_ms: times.floor }, notes: [] };
}

export const tableFirstPage: Benchmark = {
  name: "table-first-page",
  metrics: ["table_100k_first_page_ms", "table_floor_first_page_ms"],
  run,
};
