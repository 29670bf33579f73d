/**
 * `DataColumn`: a column header of a `DataTable` (a `<th scope="col">`). With `onSort` the header
 * is a button; activating it asks the app to sort by this column.
 */
import { EventName } from "../../protocol/index.js";
import type { Control } from "../control.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import type { ControlEvent } from "../events.js";
import type { Page } from "../page.js";
import { toControl, type TextOrControl } from "./text-content.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** What a sort request carries: which column, and the direction asked for. */
export interface DataColumnSortData {
  /** The column's index among the table's columns. */
  columnIndex: number;
  /** True for ascending: the opposite of the current direction when this column is already the sort column, else true. */
  ascending: boolean;
}

export type DataColumnSortEvent = ControlEvent<DataColumn, DataColumnSortData>;

export type DataColumnOptions = OptionsFor<typeof DataColumn>;

/** `new DataColumn("Age", { numeric: true, onSort: (e) => sortBy(e.data.columnIndex, e.data.ascending) })` */
export class DataColumn extends control(
  "datacolumn",
  {
    /** Right-align the header (and, by the table, the column's cells): for numbers. Default false. */
    numeric: prop(false),
    /** Runs when the person activates the header to sort by this column. */
    onSort: on<DataColumnSortData>(),
  },
  undefined,
  { innerSlots: { label: "single" } },
) {
  /** `new DataColumn(label, options)`. Also Flet's keyword form, with the main value by name: `new DataColumn({ label: …, ...options })`. */
  constructor(label?: TextOrControl | WithMain<DataColumnOptions, "label", TextOrControl>, options?: DataColumnOptions) {
    super();
    const [main, rest] = keywordForm(label, options, this, "label");
    this.label = main;
    this.applyOptions(rest);
  }

  /** The header's content; a string becomes a `Text`. */
  get label(): Control | undefined {
    return this.getSlot("label") as Control | undefined;
  }
  set label(value: TextOrControl | undefined) {
    this.setSlot("label", toControl(value, "DataColumn.label"));
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.sort || typeof data === "boolean";
  }

  override createEvent(name: string, data: unknown, page: Page): ControlEvent {
    if (name !== EventName.sort) return super.createEvent(name, data, page);
    const columns = (this.parent as { columns?: unknown } | undefined)?.columns;
    const columnIndex = Array.isArray(columns) ? columns.indexOf(this) : -1;
    const sort: DataColumnSortData = { columnIndex, ascending: data === true };
    return { control: this, name, data: sort, page };
  }
}
