/**
 * `DataTable`: a real `<table>` with a header row of `DataColumn`s and body rows of `DataRow`s,
 * Material 3 styled. The sort column's header carries `aria-sort`; with `showCheckboxColumn` each
 * row has a check box and the header a select-all box.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import type { DataColumn } from "./data-column.js";
import type { DataRow } from "./data-row.js";

export type DataTableOptions = OptionsOf<
  DataTable,
  | "columns" | "rows" | "sortColumnIndex" | "sortAscending" | "showCheckboxColumn" | "columnSpacing"
  | "headingRowHeight" | "dataRowMinHeight" | "headingRowColor" | "dividerThickness" | "onSelectAll"
>;

/**
 * ```ts
 * new DataTable({
 *   columns: [new DataColumn("Name"), new DataColumn("Age", { numeric: true })],
 *   rows: people.map((p) => new DataRow([new DataCell(p.name), new DataCell(String(p.age))])),
 * })
 * ```
 */
export class DataTable extends Control {
  /** The header cells, in order. */
  declare columns: DataColumn[];
  /** The body rows, in order; each has one cell per column. */
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
  /** A body row's least height, in CSS pixels. Default 52. */
  declare dataRowMinHeight: number | undefined;
  /** The header row's background colour. Default: none. */
  declare headingRowColor: string | undefined;
  /** The line between rows, in CSS pixels. Default 1. */
  declare dividerThickness: number | undefined;
  /** Runs when the person toggles the select-all box; `e.data` is true to select every row. */
  declare onSelectAll: Handler<ControlEvent<DataTable, boolean>> | undefined;

  constructor(options?: DataTableOptions) {
    super();
    this.applyOptions(options);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.selectAll || typeof data === "boolean";
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
  },
  events: [EventName.selectAll],
  slots: { columns: "list", rows: "list" },
});
