/**
 * `DataTable`: a real `<table>` with a header row of `DataColumn`s and body rows of `DataRow`s,
 * Material 3 styled. The sort column's header carries `aria-sort`; with `showCheckboxColumn` each
 * row has a check box and the header a select-all box. For real data, `getRows` gives the rows a
 * page (`rowsPerPage`) or a scrolled-to window (`virtual`) at a time, so only those are sent.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { ControlError, ErrorCode } from "../errors.js";
import type { ControlEvent, Handler } from "../events.js";
import type { Page } from "../page.js";
import type { DataColumn } from "./data-column.js";
import type { DataRow } from "./data-row.js";
import {
  firstWindowSize,
  pageData,
  RowLoader,
  windowData,
  type DataTablePageData,
  type DataTableRowSource,
  type DataTableRowWindowData,
} from "./data-table-rows.js";

export type DataTablePageEvent = ControlEvent<DataTable, DataTablePageData>;
export type DataTableRowWindowEvent = ControlEvent<DataTable, DataTableRowWindowData>;

export type DataTableOptions = OptionsOf<
  DataTable,
  | "columns" | "rows" | "sortColumnIndex" | "sortAscending" | "showCheckboxColumn" | "columnSpacing"
  | "headingRowHeight" | "dataRowMinHeight" | "headingRowColor" | "dividerThickness" | "onSelectAll"
  | "getRows" | "rowCount" | "firstRowIndex" | "rowsPerPage" | "availableRowsPerPage" | "virtual"
  | "onPageChange" | "onRowWindow"
>;

/**
 * ```ts
 * new DataTable({
 *   columns: [new DataColumn("Name"), new DataColumn("Age", { numeric: true })],
 *   rows: people.map((p) => new DataRow([new DataCell(p.name), new DataCell(String(p.age))])),
 * })
 * // 100,000 rows, ten a page, made only when shown:
 * new DataTable({ columns, rowCount: 100_000, rowsPerPage: 10, getRows: (start, count) => rowsOf(start, count) })
 * ```
 */
export class DataTable extends Control {
  /** The header cells, in order. */
  declare columns: DataColumn[];
  /** The body rows, in order; each has one cell per column. With `getRows`, the rows on screen, which the table fills itself. */
  declare rows: DataRow[];
  /** The column the rows are sorted by (its header shows the direction). Default: none. */
  declare sortColumnIndex: number | undefined;
  /** The sort direction shown on `sortColumnIndex`. Default false (descending), as in Flet. */
  declare sortAscending: boolean;
  /** Show a check box at the start of each row, and a select-all box in the header. Default false. */
  declare showCheckboxColumn: boolean;
  /** Space between columns, in CSS pixels. Default 56 (M3). */
  declare columnSpacing: number | undefined;
  /** The header row's height, in CSS pixels. Default 56. */
  declare headingRowHeight: number | undefined;
  /** A body row's least height, in CSS pixels (a virtual table's row height). Default 52. */
  declare dataRowMinHeight: number | undefined;
  /** The header row's background colour. Default: none. */
  declare headingRowColor: string | undefined;
  /** The line between rows, in CSS pixels. Default 1. */
  declare dividerThickness: number | undefined;
  /** Runs when the person toggles the select-all box; `e.data` is true to select every row. */
  declare onSelectAll: Handler<ControlEvent<DataTable, boolean>> | undefined;
  /** How many rows the data has in all (with `getRows`, or for the pager of rows the app pages itself). Default: none. */
  declare rowCount: number | undefined;
  /** The index, in the whole data, of the first of `rows`: the page or window shown. Default 0. */
  declare firstRowIndex: number;
  /** Show the rows a page at a time, this many a page, with Material's pager under them. Default: none (no pages). */
  declare rowsPerPage: number | undefined;
  /** The page sizes the person may pick from in the pager, e.g. `[10, 25, 50]`. Default: none (no choice). */
  declare availableRowsPerPage: number[] | undefined;
  /**
   * Scroll through every row of `getRows` in a box of the table's `height` (default 400): only the
   * rows near the screen are fetched and sent, as the person scrolls. Rows are `dataRowMinHeight`
   * high. Default false.
   */
  declare virtual: boolean;
  /** Runs when the person changes the page or the rows per page; with `getRows` the new page's rows are already shown. */
  declare onPageChange: Handler<DataTablePageEvent> | undefined;
  /** Runs when a virtual table has shown the window of rows the person scrolled to (fetched from `getRows`). */
  declare onRowWindow: Handler<DataTableRowWindowEvent> | undefined;
  /**
   * Gives the table its rows, on the server, a page or a window at a time: `getRows(start, count)`
   * returns (or resolves to) the `DataRow`s from index `start`, at most `count`. Needs `rowCount`.
   * After the data changes (sorted, filtered), `await table.refresh()` shows it. Default: none
   * (the table shows `rows`).
   */
  getRows: DataTableRowSource | undefined = undefined;

  #loader = new RowLoader();
  #loaded = false;

  constructor(options?: DataTableOptions) {
    super();
    const { getRows, ...rest } = options ?? {};
    this.getRows = getRows;
    this.applyOptions(rest);
  }

  /**
   * Fetches the rows shown again from `getRows` (after the app sorted or changed its data, or
   * changed `rowCount`) and sends them. A page past the new end goes back to the last page.
   */
  async refresh(): Promise<void> {
    const source = this.#source();
    const count = this.#shownCount();
    const last = Math.max(0, this.#rowCount() - 1);
    const size = this.rowsPerPage;
    // A page keeps its start, or becomes the last page when the data no longer reaches it.
    const first = size !== undefined && !this.virtual
      ? Math.min(this.firstRowIndex, last) - (Math.min(this.firstRowIndex, last) % size)
      : Math.min(this.firstRowIndex, Math.max(0, last + 1 - count));
    this.#loaded = true;
    await this.#loader.load(source, first, this.#available(first, count), (rows) => this.#show(first, rows));
    if (this.page) await this.update();
  }

  override beforeUpdate(): void {
    if (this.#loaded || !this.getRows) return;
    this.#loaded = true;
    const first = this.firstRowIndex;
    const pending = this.#loader.loadNow(this.#source(), first, this.#available(first, this.#shownCount()), (rows) => this.#show(first, rows));
    if (pending) void this.page?.runTask(() => pending.then(() => this.update()));
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name === EventName.selectAll) return typeof data === "boolean";
    if (name === EventName.pageChange) return pageData(data, this) !== undefined;
    if (name === EventName.rowWindow) return this.virtual && this.getRows !== undefined && windowData(data, this) !== undefined;
    return true;
  }

  override handlerFor(name: string): Handler<ControlEvent> | undefined {
    const own = super.handlerFor(name);
    if (name === EventName.pageChange && (this.getRows || own)) return (event) => this.#turnPage(event as DataTablePageEvent);
    if (name === EventName.rowWindow) return (event) => this.#showWindow(event as DataTableRowWindowEvent);
    return own;
  }

  override createEvent(name: string, data: unknown, page: Page): ControlEvent {
    if (name === EventName.pageChange) return { control: this, name, data: pageData(data, this), page };
    if (name === EventName.rowWindow) return { control: this, name, data: windowData(data, this), page };
    return super.createEvent(name, data, page);
  }

  async #turnPage(event: DataTablePageEvent): Promise<void> {
    const { firstRowIndex, rowsPerPage } = event.data;
    const source = this.getRows;
    if (source) {
      await this.#loader.load(source, firstRowIndex, this.#available(firstRowIndex, rowsPerPage), (rows) => {
        this.rowsPerPage = rowsPerPage;
        this.#show(firstRowIndex, rows);
      });
    } else {
      this.rowsPerPage = rowsPerPage;
      this.firstRowIndex = firstRowIndex;
    }
    await this.onPageChange?.(event);
  }

  async #showWindow(event: DataTableRowWindowEvent): Promise<void> {
    const { firstRowIndex, count } = event.data;
    await this.#loader.load(this.#source(), firstRowIndex, count, (rows) => this.#show(firstRowIndex, rows));
    await this.onRowWindow?.(event);
  }

  #show(first: number, rows: readonly DataRow[]): void {
    this.rows = rows as DataRow[];
    this.firstRowIndex = first;
  }

  /** How many rows the table shows at once: a page, a virtual window, or every row. */
  #shownCount(): number {
    if (this.virtual) return this.#loaded && this.rows.length ? this.rows.length : firstWindowSize(this.height, this.dataRowMinHeight);
    return this.rowsPerPage ?? this.#rowCount();
  }

  /** Of `count` rows from `first`, how many the data has. */
  #available(first: number, count: number): number {
    return Math.max(0, Math.min(count, this.#rowCount() - first));
  }

  #rowCount(): number {
    const count = this.rowCount;
    if (Number.isInteger(count) && (count as number) >= 0) return count as number;
    throw new ControlError(
      ErrorCode.badValue,
      `DataTable.getRows needs rowCount, how many rows it can give (a whole number, 0 or more), not ${JSON.stringify(count) ?? String(count)}`,
    );
  }

  #source(): DataTableRowSource {
    if (this.getRows) return this.getRows;
    throw new ControlError(ErrorCode.badValue, "DataTable.refresh() needs getRows, the callback that gives the table its rows");
  }
}
defineControl(DataTable, {
  type: "datatable",
  props: {
    sortColumnIndex: undefined,
    sortAscending: false,
    showCheckboxColumn: false,
    columnSpacing: undefined,
    headingRowHeight: undefined,
    dataRowMinHeight: undefined,
    headingRowColor: undefined,
    dividerThickness: undefined,
    rowCount: undefined,
    firstRowIndex: 0,
    rowsPerPage: undefined,
    availableRowsPerPage: undefined,
    virtual: false,
  },
  events: [EventName.selectAll, EventName.pageChange, EventName.rowWindow],
  slots: { columns: "list", rows: "list" },
});
