/**
 * Child process of `table-first-page`: serves either a Weft app showing a `DataTable` over
 * 100,000 rows, ten a page from `getRows` (`weft`), or the floor, a hand-written page that builds
 * a plain `<table>` of the same first page from one JSON message over a raw `ws` (`floor`).
 *
 * Usage (by the bench): `node --import tsx bench/table-server.ts weft|floor <rows> <rowsPerPage>`
 */
import { DataCell, DataColumn, DataRow, DataTable, appAsync, type Page } from "../src/index.js";
import { serveParent } from "./child.js";
import { floorPage, startFloorServer } from "./floor-server.js";
import { quietLogger } from "./serve-app.js";

const kind = process.argv[2];
const rowCount = Number(process.argv[3] ?? 0);
const rowsPerPage = Number(process.argv[4] ?? 10);
const COLUMNS = ["Order", "Customer", "City", "Amount", "Date"];
const CITIES = ["Amsterdam", "Berlin", "Lisbon", "London", "Madrid", "Oslo", "Paris", "Rome"];

/** Row `i`'s cells, on both sides. */
function cells(i: number): string[] {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
  return [`#${String(i + 1).padStart(6, "0")}`, `Customer ${i}`, CITIES[i % CITIES.length]!, `€${((i * 7919) % 250_000) / 100}`, day];
}

/** The floor's page: open a socket, take the page as JSON, build a plain table of it. */
const FLOOR_PAGE = floorPage(`
  const page = JSON.parse(e.data);
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const label of page.columns) {
    const th = document.createElement("th");
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  page.rows.forEach((row, i) => {
    const tr = body.insertRow();
    for (const text of row) tr.insertCell().textContent = text;
    if (i === page.rows.length - 1) tr.setAttribute("data-key", "last");
  });
  document.getElementById("root").append(table);`);

let close: () => Promise<void> = async () => {};

function rowsOf(start: number, count: number): DataRow[] {
  const rows: DataRow[] = [];
  for (let i = start; i < start + count; i++) {
    rows.push(new DataRow(cells(i).map((text) => new DataCell(text)), i === rowsPerPage - 1 ? { key: "last" } : undefined));
  }
  return rows;
}

async function start(): Promise<Record<string, unknown>> {
  if (kind === "weft") {
    const handle = await appAsync(
      async (page: Page) => {
        const columns = COLUMNS.map((label, i) => new DataColumn(label, { numeric: i === 0 || i === 3 }));
        await page.add(new DataTable({ columns, rowCount, rowsPerPage, getRows: rowsOf }));
      },
      { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger },
    );
    close = () => handle.close();
    return { url: handle.url };
  }
  if (kind === "floor") {
    const payload = JSON.stringify({ columns: COLUMNS, rows: Array.from({ length: rowsPerPage }, (_, i) => cells(i)) });
    const server = await startFloorServer({ html: FLOOR_PAGE, onSocket: (socket) => socket.send(payload) });
    close = () => server.close();
    return { url: server.url };
  }
  throw new Error(`table-server: unknown kind ${JSON.stringify(kind)}`);
}

if (kind) void serveParent(start, async () => undefined, () => close());
