/** `Column`: children stacked top to bottom. */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { Flex, type CrossAxisAlignment } from "./flex.js";
import type { WithMain } from "../keyword-form.js";

export type ColumnOptions = OptionsOf<Column, "spacing" | "alignment" | "horizontalAlignment" | "scroll">;

/** `new Column([a, b], { spacing: 10 })` */
export class Column extends Flex {
  /** Placement across the column. Default "start". */
  declare horizontalAlignment: CrossAxisAlignment;

  /** `new Column(controls, options)`. Also Flet's keyword form, with the main value by name: `new Column({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ColumnOptions, "controls", Control[]>, options?: ColumnOptions) {
    super(controls, options);
  }
}
defineControl(Column, { type: "column", props: { horizontalAlignment: "start" } });
