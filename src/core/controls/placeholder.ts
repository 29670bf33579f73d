/**
 * `Placeholder`: Flet's `ft.Placeholder`, a box with a cross drawn through it that stands for a
 * control still to be built. It takes its set `width`/`height`, else the fallback size.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";

export type PlaceholderOptions = OptionsFor<typeof Placeholder>;

export class Placeholder extends control("placeholder", {
  /** The colour of the box and its cross (any CSS colour or a theme colour name). Default "#455a64" (Flet's blue grey 700). */
  color: prop("#455a64"),
  /** The width of the lines in CSS pixels. Default 2. */
  strokeWidth: prop(2),
  /** The width in CSS pixels when no `width` is set and nothing bounds it. Default 400. */
  fallbackWidth: prop(400),
  /** The height in CSS pixels when no `height` is set and nothing bounds it. Default 400. */
  fallbackHeight: prop(400),
}) {
  /** `new Placeholder({ fallbackHeight: 120 })` */
  constructor(options?: PlaceholderOptions) {
    super();
    this.applyOptions(options);
  }
}
