/**
 * `Text` and `Image` of a canvas (Flet's `canvas.Text` and `canvas.Image`): a line of text and a
 * picture, placed at a point. Named as Flet names them, inside the `canvas` namespace
 * (`new canvas.Text(…)`), apart from the `Text` and `Image` controls.
 */
import type { Alignment } from "../../layout-values.js";
import { control, prop, type OptionsFor } from "../../declare-control.js";
import type { TextStyle } from "../text-span.js";
import type { Paint } from "./paint.js";
import { placeArgs } from "./place-args.js";

export type CanvasTextOptions = OptionsFor<typeof CanvasText>;

/** Text at `(x, y)`: `new canvas.Text(10, 20, "Hello", { style: { size: 18, color: "primary" } })` */
export class CanvasText extends control("canvastext", {
  /** The anchor's x. Default 0. */
  x: prop(0),
  /** The anchor's y. Default 0. */
  y: prop(0),
  /** The text. Default "". */
  value: prop(""),
  /** Size, weight, italics and colour. Default: 14 px, the scheme's `onSurface`. */
  style: prop<TextStyle>(),
  /** Which point of the text's box sits at `(x, y)`. Default `"topLeft"`. */
  alignment: prop<Alignment>("topLeft"),
  /** Wrap the text at this width (CSS pixels). Default: one line, as long as it is. */
  maxWidth: prop<number>(),
  /** How wrapped lines line up: `"left"`, `"center"`, `"right"`. Default `"left"`. */
  textAlign: prop<"left" | "center" | "right" | "start" | "end" | "justify">(),
  /** Turn the text around its anchor, in radians clockwise. Default 0. */
  rotate: prop(0),
}) {
  constructor(x?: number | CanvasTextOptions, y?: number, value?: string, options?: CanvasTextOptions) {
    super();
    this.applyOptions(placeArgs(this, ["x", "y", "value"], [x, y, value, options]));
  }
}

export type CanvasImageOptions = OptionsFor<typeof CanvasImage>;

/** A picture with its top-left corner at `(x, y)`: `new canvas.Image("/assets/logo.png", 0, 0, { width: 64, height: 64 })` */
export class CanvasImage extends control("canvasimage", {
  /** The picture's URL, or an app asset's path (http, https, relative or `data:image/…`; others are not drawn). */
  src: prop(""),
  /** The left edge. Default 0. */
  x: prop(0),
  /** The top edge. Default 0. */
  y: prop(0),
  /** The paint's blend mode and blur apply to the picture. Default: drawn as is. */
  paint: prop<Paint>(),
}) {
  constructor(src?: string | CanvasImageOptions, x?: number, y?: number, options?: CanvasImageOptions) {
    super();
    this.applyOptions(placeArgs(this, ["src", "x", "y"], [src, x, y, options]));
  }
}
