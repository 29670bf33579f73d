/**
 * `VerticalDivider`: a thin vertical line between items of a Row (`role="separator"`,
 * vertical). `width` is the space it takes, with the line centred in it.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type VerticalDividerOptions = OptionsOf<VerticalDivider, "thickness" | "color" | "leadingIndent" | "trailingIndent">;

/** `new Row([a, new VerticalDivider(), b], { height: 40 })` */
export class VerticalDivider extends Control {
  /** The line's thickness in CSS pixels. Default 1. */
  declare thickness: number;
  /** The line's colour. Default: the theme's outline-variant. */
  declare color: string | undefined;
  /** Empty space above the line, in CSS pixels. Default 0. */
  declare leadingIndent: number;
  /** Empty space below the line, in CSS pixels. Default 0. */
  declare trailingIndent: number;

  constructor(options?: VerticalDividerOptions) {
    super();
    this.applyOptions(options);
  }
}
defineControl(VerticalDivider, {
  type: "verticaldivider",
  props: { thickness: 1, color: undefined, leadingIndent: 0, trailingIndent: 0 },
});
