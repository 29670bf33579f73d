/** `DataCell`: one cell of a `DataRow` (a `<td>`), holding one control. */
import { Control } from "../control.js";
import { control, type OptionsFor } from "../declare-control.js";
import { withTextContent, type TextOrControl } from "./text-content.js";
import type { WithMain } from "../keyword-form.js";

export type DataCellOptions = OptionsFor<typeof DataCell>;

/** `new DataCell(new Text("42"))`, or `new DataCell("42")` */
export class DataCell extends control("datacell", {}, withTextContent(Control, "DataCell"), { innerSlots: { content: "single" } }) {
  /** `new DataCell(content, options)`. Also Flet's keyword form, with the main value by name: `new DataCell({ content: …, ...options })`. */
  constructor(content?: TextOrControl | WithMain<DataCellOptions, "content", TextOrControl>, options?: DataCellOptions) {
    super(content, options);
  }
}
