/** `Column`: children stacked top to bottom. */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";

export type ColumnOptions = OptionsOf<Column, "spacing" | "alignment" | "horizontalAlignment" | "scroll">;

/** `new Column([a, b], { spacing: 10 })` */
export class Column extends Flex {
  /** Placement across the column. Default "start". */
  declare horizontalAlignment: CrossAxisAlignment;

  constructor(controls?: Control[], options?: ColumnOptions) {
    super(controls, options);
  }
}
defineControl(Column, { type: "column", props: { horizontalAlignment: "start" } });
