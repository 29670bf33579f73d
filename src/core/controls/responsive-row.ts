/**
 * `ResponsiveRow`: a 12-column row whose children say how many columns they span, per
 * breakpoint of the row's own width (`col: { sm: 6, md: 4 }`, Bootstrap's breakpoints). Children
 * wrap onto new runs when a run is full.
 */
import type { Control } from "../control.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";
import type { WithMain } from "../keyword-form.js";

export type ResponsiveRowOptions = OptionsFor<typeof ResponsiveRow, "controls">;

/** `new ResponsiveRow([new Text("A", { col: { sm: 6, md: 4 } }), …])` */
export class ResponsiveRow extends control(
  "responsiverow",
  {
    /** Columns in a full run. Default 12. */
    columns: prop(12),
    /** Space between runs, in CSS pixels. Default 10. */
    runSpacing: prop(10),
    /** Placement of children within their run. Default "start". */
    verticalAlignment: prop<CrossAxisAlignment>("start"),
  },
  Flex,
) {
  /** `new ResponsiveRow(controls, options)`. Also Flet's keyword form, with the main value by name: `new ResponsiveRow({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ResponsiveRowOptions, "controls", Control[]>, options?: ResponsiveRowOptions) {
    super(controls, options);
  }
}
