/** `Row`: children side by side, left to right. */
import type { Control } from "../control.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";
import type { WithMain } from "../keyword-form.js";

export type RowOptions = OptionsFor<typeof Row, "controls">;

/** `new Row([a, b], { spacing: 8 })` */
export class Row extends control(
  "row",
  {
    /** Placement across the row. Default "center". */
    verticalAlignment: prop<CrossAxisAlignment>("center"),
    /** Wrap children onto more lines when they do not fit. Default false. */
    wrap: prop(false),
  },
  Flex,
) {
  /** `new Row(controls, options)`. Also Flet's keyword form, with the main value by name: `new Row({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<RowOptions, "controls", Control[]>, options?: RowOptions) {
    super(controls, options);
  }
}
