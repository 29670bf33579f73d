/** `Column`: children stacked top to bottom. */
import type { Control } from "../control.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";
import type { WithMain } from "../keyword-form.js";

export type ColumnOptions = OptionsFor<typeof Column, "controls">;

/** `new Column([a, b], { spacing: 10 })` */
export class Column extends control(
  "column",
  {
    /** Placement across the column. Default "start". */
    horizontalAlignment: prop<CrossAxisAlignment>("start"),
  },
  Flex,
) {
  /** `new Column(controls, options)`. Also Flet's keyword form, with the main value by name: `new Column({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ColumnOptions, "controls", Control[]>, options?: ColumnOptions) {
    super(controls, options);
  }
}
