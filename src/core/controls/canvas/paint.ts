/**
 * `Paint` (Flet's `ft.Paint`, camelCase): how a canvas shape is drawn. Plain data, as Flet's is:
 * `{ color: "primary", strokeWidth: 3, style: "stroke" }`. Colours are any CSS colour, a
 * `Colors` value or a Material 3 role; the browser resolves them when it draws.
 */

/** Fill the shape's inside, or draw its outline (Flet's `PaintingStyle`). */
export type PaintingStyle = "fill" | "stroke";

/** How a line's ends look (Flet's `StrokeCap`). */
export type StrokeCap = "butt" | "round" | "square";

/** How two segments of a line meet (Flet's `StrokeJoin`). */
export type StrokeJoin = "miter" | "round" | "bevel";

/**
 * How a shape's colours mix with what is under it (Flet's `BlendMode`, those a browser's canvas
 * draws): `srcOver` is the usual painting over; `clear` erases (an eraser brush).
 */
export type BlendMode =
  | "srcOver" | "srcIn" | "srcOut" | "srcATop" | "dstOver" | "dstIn" | "dstOut" | "dstATop" | "xor" | "plus" | "clear"
  | "multiply" | "screen" | "overlay" | "darken" | "lighten" | "colorDodge" | "colorBurn" | "hardLight" | "softLight"
  | "difference" | "exclusion" | "hue" | "saturation" | "color" | "luminosity";

/** A point on the canvas, in CSS pixels from its top-left corner: `[x, y]`. */
export type CanvasPoint = readonly [number, number];

/** What both gradients have: their colours, in order, and where each sits. */
export interface PaintGradientColors {
  /** The colours, from the gradient's start (`begin`, or the centre) to its end. */
  readonly colors: readonly string[];
  /** Where each colour sits, from 0 to 1, one per colour. Default: evenly spread. */
  readonly colorStops?: readonly number[];
}

/** Flet's `PaintLinearGradient`: colours along the line from `begin` to `end`. */
export interface PaintLinearGradient extends PaintGradientColors {
  readonly type: "linear";
  /** Where the first colour is. */
  readonly begin: CanvasPoint;
  /** Where the last colour is. */
  readonly end: CanvasPoint;
}

/** Flet's `PaintRadialGradient`: colours in rings from `center` out to `radius`. */
export interface PaintRadialGradient extends PaintGradientColors {
  readonly type: "radial";
  /** The centre of the rings. */
  readonly center: CanvasPoint;
  /** The radius of the last colour's ring, in CSS pixels. */
  readonly radius: number;
  /** The focal point the rings start from. Default: `center`. */
  readonly focal?: CanvasPoint;
  /** The radius of the ring at the focal point. Default 0. */
  readonly focalRadius?: number;
}

/** How a shape is drawn. Every field is optional. */
export interface Paint {
  /** The colour. Default: black, as Flutter's. */
  color?: string;
  /** Fill the inside or stroke the outline. Default `"fill"` (lines and points always stroke). */
  style?: PaintingStyle;
  /** The outline's width in CSS pixels. Default 1. */
  strokeWidth?: number;
  /** How line ends look. Default `"butt"`. */
  strokeCap?: StrokeCap;
  /** How segments meet. Default `"miter"`. */
  strokeJoin?: StrokeJoin;
  /** How far a mitred join may reach, in stroke widths. Default 4. */
  strokeMiterLimit?: number;
  /** Dashes and gaps in CSS pixels, e.g. `[6, 4]`. Default: solid. */
  strokeDashPattern?: number[];
  /** A gradient to paint with instead of `color`. */
  gradient?: PaintLinearGradient | PaintRadialGradient;
  /** How the shape mixes with what is under it. Default `"srcOver"`. */
  blendMode?: BlendMode;
  /** A Gaussian blur of this radius, in CSS pixels. Default: none. */
  blurImage?: number;
  /** Smooth edges. Default true. */
  antiAlias?: boolean;
}
