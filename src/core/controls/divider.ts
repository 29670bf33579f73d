/**
 * `Divider`: a thin horizontal line that separates content (`role="separator"`). `height` is the
 * space it takes, with the line centred in it. `VerticalDivider` extends it with its own type.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";

export type DividerOptions = OptionsFor<typeof Divider>;

/** `new Divider({ height: 1 })` */
export class Divider extends control("divider", {
  /** The line's thickness in CSS pixels. Default 1. */
  thickness: prop(1),
  /** The line's colour. Default: the theme's outline-variant. */
  color: prop<string>(),
  /** Empty space before the line's start (above a vertical one), in CSS pixels. Default 0. */
  leadingIndent: prop(0),
  /** Empty space after the line's end (below a vertical one), in CSS pixels. Default 0. */
  trailingIndent: prop(0),
}) {
  constructor(options?: DividerOptions) {
    super();
    this.applyOptions(options);
  }
}
