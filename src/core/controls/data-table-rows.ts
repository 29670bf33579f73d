/**
 * Where a `DataTable` with `getRows` gets its rows: a page (`rowsPerPage`) or a window of a
 * scrolling table (`virtual`) at a time, from the app's callback on the server, so a table of
 * 100,000 rows sends only the rows on screen (docs/decisions/0049-data-table-row-source.md).
 * Also what the browser's requests for rows must look like before the server acts on them.
 */
import { ControlError, ErrorCode } from "../errors.js";
import type { DataRow } from "./data-row.js";

/** The rows `getRows(start, count)` gives: rows `start` to `start + count - 1` of the data, at most `count` of them. */
export type DataTableRowSource = (start: number, count: number) => readonly DataRow[] | Promise<readonly DataRow[]>;

/** What a page change carries: the first row of the page asked for, and the page's size. */
export interface DataTablePageData {
  /** The index, in the whole data, of the page's first row: a multiple of `rowsPerPage`. */
  firstRowIndex: number;
  /** Rows per page: the table's `rowsPerPage`, or the one the person picked from `availableRowsPerPage`. */
  rowsPerPage: number;
}

/** What a virtual table's request for rows carries: the window of rows the person scrolled to. */
export interface DataTableRowWindowData {
  /** The index, in the whole data, of the window's first row. */
  firstRowIndex: number;
  /** How many rows from there. */
  count: number;
}

/** The most rows one page or one window may hold: a browser asking for more is refused. */
export const MAX_ROWS_AT_ONCE = 500;

/** A virtual table's first window holds this many screens of rows (the browser then asks for what it shows). */
const FIRST_WINDOW_SCREENS = 2;
/** A virtual table's height when it has none, in CSS pixels (data-table.css uses the same). */
export const VIRTUAL_HEIGHT = 400;
/** A body row's height unless `dataRowMinHeight` says otherwise (M3). */
export const ROW_HEIGHT = 52;

function isCount(value: unknown, most: number): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= most;
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** What the table itself tells `pageData` and `windowData` about the rows it can show. */
export interface RowLimits {
  readonly rowCount: number | undefined;
  readonly rowsPerPage: number | undefined;
  readonly availableRowsPerPage: readonly number[] | undefined;
}

/** A page change from the browser, if it is one this table can show; else undefined. */
export function pageData(data: unknown, limits: RowLimits): DataTablePageData | undefined {
  if (typeof data !== "object" || data === null || limits.rowsPerPage === undefined) return undefined;
  const { firstRowIndex, rowsPerPage } = data as Record<string, unknown>;
  if (!isCount(rowsPerPage, MAX_ROWS_AT_ONCE) || !isIndex(firstRowIndex) || firstRowIndex % rowsPerPage !== 0) return undefined;
  if (rowsPerPage !== limits.rowsPerPage && !limits.availableRowsPerPage?.includes(rowsPerPage)) return undefined;
  if (limits.rowCount !== undefined && firstRowIndex > 0 && firstRowIndex >= limits.rowCount) return undefined;
  return { firstRowIndex, rowsPerPage };
}

/** A virtual table's request for a window of rows, if it asks for rows the table has; else undefined. */
export function windowData(data: unknown, limits: RowLimits): DataTableRowWindowData | undefined {
  if (typeof data !== "object" || data === null || limits.rowCount === undefined) return undefined;
  const { firstRowIndex, count } = data as Record<string, unknown>;
  if (!isIndex(firstRowIndex) || !isCount(count, MAX_ROWS_AT_ONCE)) return undefined;
  if (firstRowIndex + count > limits.rowCount) return undefined;
  return { firstRowIndex, count };
}

/** How many rows a virtual table sends before the browser has said what it shows: two screens of its height. */
export function firstWindowSize(height: number | undefined, rowHeight: number | undefined): number {
  const screen = Math.ceil((height ?? VIRTUAL_HEIGHT) / (rowHeight ?? ROW_HEIGHT));
  return Math.min(MAX_ROWS_AT_ONCE, screen * FIRST_WINDOW_SCREENS);
}

/** Throws unless `rows` is what `getRows(start, count)` may give: an array of at most `count` rows. */
export function checkRows(rows: unknown, start: number, count: number): readonly DataRow[] {
  if (!Array.isArray(rows)) {
    throw new ControlError(ErrorCode.badValue, `DataTable.getRows(${start}, ${count}) must return an array of DataRow (or a promise of one), not ${typeof rows}`);
  }
  if (rows.length > count) {
    throw new ControlError(ErrorCode.badValue, `DataTable.getRows(${start}, ${count}) returned ${rows.length} rows; it may return at most ${count}`);
  }
  return rows as readonly DataRow[];
}

/**
 * Loads rows in order of asking: when the person pages or scrolls faster than `getRows` answers,
 * only the latest request's rows are shown (an earlier answer arriving late is dropped).
 */
export class RowLoader {
  #asked = 0;

  /** Asks `source` for rows and hands them to `show`, unless a later load was asked for meanwhile. */
  async load(source: DataTableRowSource, start: number, count: number, show: (rows: readonly DataRow[]) => void): Promise<void> {
    const ticket = ++this.#asked;
    const rows = checkRows(await source(start, count), start, count);
    if (ticket === this.#asked) show(rows);
  }

  /** Loads as `load` does, but shows rows given at once (a synchronous `getRows`) before returning. */
  loadNow(source: DataTableRowSource, start: number, count: number, show: (rows: readonly DataRow[]) => void): Promise<void> | undefined {
    const ticket = ++this.#asked;
    const answer = source(start, count);
    if (Array.isArray(answer)) {
      show(checkRows(answer, start, count));
      return undefined;
    }
    return Promise.resolve(answer).then((rows) => {
      if (ticket === this.#asked) show(checkRows(rows, start, count));
    });
  }
}
