/** `Row`: children side by side, left to right. */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";

export type RowOptions = OptionsOf<Row, "spacing" | "alignment" | "verticalAlignment" | "wrap" | "scroll">;

/** `new Row([a, b], { spacing: 8 })` */
export class Row extends Flex {
  /** Placement across the row. Default "center". */
  declare verticalAlignment: CrossAxisAlignment;
  /** Wrap children onto more lines when they do not fit. Default false. */
  declare wrap: boolean;

  constructor(controls?: Control[], options?: RowOptions) {
    super(controls, options);
  }
}
defineControl(Row, { type: "row", props: { verticalAlignment: "center", wrap: false } });
