/**
 * `DataRow`: one row of a `DataTable` (a `<tr>` of `DataCell`s). With `onSelectChanged`, a click
 * on the row or its check box (shown with the table's `showCheckboxColumn`) toggles `selected`,
 * which follows before the handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import type { DataCell } from "./data-cell.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type DataRowOptions = OptionsFor<typeof DataRow, "cells">;

/** `new DataRow([new DataCell("Ada"), new DataCell("36")], { onSelectChanged })` */
export class DataRow extends control(
  "datarow",
  {
    /** The cells, one per column, in order. */
    cells: children<DataCell>(),
    /** Selected (highlighted, its box ticked). Default false. */
    selected: prop(false),
    /** The row's background colour. Default: none (the selected colour when selected). */
    color: prop<string>(),
    /** Runs when the person toggles the row's selection; `e.data` is the new `selected`. */
    onSelectChanged: on<boolean>(),
  },
  undefined,
  { clientProps: ["selected"] },
) {
  /** `new DataRow(cells, options)`. Also Flet's keyword form, with the main value by name: `new DataRow({ cells: …, ...options })`. */
  constructor(cells?: DataCell[] | WithMain<DataRowOptions, "cells", DataCell[]>, options?: DataRowOptions) {
    super();
    const [main, rest] = keywordForm(cells, options, this, "cells");
    if (main) this.cells = main;
    this.applyOptions(rest);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.selectChanged) return true;
    if (typeof data !== "boolean") return false;
    this.syncProp("selected", data);
    return true;
  }
}
