/** `Row`: children side by side, left to right. */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";
import type { WithMain } from "../keyword-form.js";

export type RowOptions = OptionsOf<Row, "spacing" | "alignment" | "verticalAlignment" | "wrap" | "scroll">;

/** `new Row([a, b], { spacing: 8 })` */
export class Row extends Flex {
  /** Placement across the row. Default "center". */
  declare verticalAlignment: CrossAxisAlignment;
  /** Wrap children onto more lines when they do not fit. Default false. */
  declare wrap: boolean;

  /** `new Row(controls, options)`. Also Flet's keyword form, with the main value by name: `new Row({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<RowOptions, "controls", Control[]>, options?: RowOptions) {
    super(controls, options);
  }
}
defineControl(Row, { type: "row", props: { verticalAlignment: "center", wrap: false } });
