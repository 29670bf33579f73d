/**
 * `ResponsiveRow`: a 12-column row whose children say how many columns they span, per
 * breakpoint of the row's own width (`col: { sm: 6, md: 4 }`, Bootstrap's breakpoints). Children
 * wrap onto new runs when a run is full.
 */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";
import type { WithMain } from "../keyword-form.js";

export type ResponsiveRowOptions = OptionsOf<
  ResponsiveRow,
  "columns" | "spacing" | "runSpacing" | "alignment" | "verticalAlignment"
>;

/** `new ResponsiveRow([new Text("A", { col: { sm: 6, md: 4 } }), …])` */
export class ResponsiveRow extends Flex {
  /** Columns in a full run. Default 12. */
  declare columns: number;
  /** Space between runs, in CSS pixels. Default 10. */
  declare runSpacing: number;
  /** Placement of children within their run. Default "start". */
  declare verticalAlignment: CrossAxisAlignment;

  /** `new ResponsiveRow(controls, options)`. Also Flet's keyword form, with the main value by name: `new ResponsiveRow({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ResponsiveRowOptions, "controls", Control[]>, options?: ResponsiveRowOptions) {
    super(controls, options);
  }
}
defineControl(ResponsiveRow, {
  type: "responsiverow",
  props: { columns: 12, runSpacing: 10, verticalAlignment: "start" },
});
