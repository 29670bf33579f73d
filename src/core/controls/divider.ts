/**
 * `Divider`: a thin horizontal line that separates content (`role="separator"`). `height` is the
 * space it takes, with the line centred in it.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type DividerOptions = OptionsOf<Divider, "thickness" | "color" | "leadingIndent" | "trailingIndent">;

/** `new Divider({ height: 1 })` */
export class Divider extends Control {
  /** The line's thickness in CSS pixels. Default 1. */
  declare thickness: number;
  /** The line's colour. Default: the theme's outline-variant. */
  declare color: string | undefined;
  /** Empty space before the line's start, in CSS pixels. Default 0. */
  declare leadingIndent: number;
  /** Empty space after the line's end, in CSS pixels. Default 0. */
  declare trailingIndent: number;

  constructor(options?: DividerOptions) {
    super();
    this.applyOptions(options);
  }
}
defineControl(Divider, {
  type: "divider",
  props: { thickness: 1, color: undefined, leadingIndent: 0, trailingIndent: 0 },
});
