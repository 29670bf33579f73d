/**
 * The shapes of a `Canvas` (Flet's `flet.canvas`): each a child control, so changing one shape's
 * prop is one `set` op on its id and appending a shape one `insert` op; the browser redraws from
 * the shapes it holds. Coordinates are CSS pixels from the canvas's top-left corner, angles in
 * radians, clockwise from three o'clock (as Flutter's).
 */
import { control, prop, type OptionsFor } from "../../declare-control.js";
import type { CanvasPoint, Paint, BlendMode } from "./paint.js";
import { placeArgs } from "./place-args.js";

/** What every shape but `Color` has: its paint. */
const painted = () => ({
  /** How the shape is drawn: colour, fill or stroke, width, gradient… Default: filled black (lines: a 1 px black line). */
  paint: prop<Paint>(),
});

export type LineOptions = OptionsFor<typeof Line>;

/** A straight line: `new canvas.Line(x1, y1, x2, y2, { paint: { color: "primary", strokeWidth: 3 } })` */
export class Line extends control("canvasline", {
  /** The start's x. Default 0. */
  x1: prop(0),
  /** The start's y. Default 0. */
  y1: prop(0),
  /** The end's x. Default 0. */
  x2: prop(0),
  /** The end's y. Default 0. */
  y2: prop(0),
  ...painted(),
}) {
  constructor(x1?: number | LineOptions, y1?: number, x2?: number, y2?: number, options?: LineOptions) {
    super();
    this.applyOptions(placeArgs(this, ["x1", "y1", "x2", "y2"], [x1, y1, x2, y2, options]));
  }
}

export type CircleOptions = OptionsFor<typeof Circle>;

/** A circle around `(x, y)`: `new canvas.Circle(50, 50, 20, { paint: { style: "stroke" } })` */
export class Circle extends control("canvascircle", {
  /** The centre's x. Default 0. */
  x: prop(0),
  /** The centre's y. Default 0. */
  y: prop(0),
  /** The radius in CSS pixels. Default 0. */
  radius: prop(0),
  ...painted(),
}) {
  constructor(x?: number | CircleOptions, y?: number, radius?: number, options?: CircleOptions) {
    super();
    this.applyOptions(placeArgs(this, ["x", "y", "radius"], [x, y, radius, options]));
  }
}

export type OvalOptions = OptionsFor<typeof Oval>;

/** An ellipse filling the box at `(x, y)` of `width` × `height` (the common `width`, `height` props are its size). */
export class Oval extends control("canvasoval", {
  /** The box's left edge. Default 0. */
  x: prop(0),
  /** The box's top edge. Default 0. */
  y: prop(0),
  ...painted(),
}) {
  constructor(x?: number | OvalOptions, y?: number, width?: number, height?: number, options?: OvalOptions) {
    super();
    this.applyOptions(placeArgs(this, ["x", "y", "width", "height"], [x, y, width, height, options]));
  }
}

export type ArcOptions = OptionsFor<typeof Arc>;

/** Part of the ellipse in the box at `(x, y)`: from `startAngle`, `sweepAngle` radians on (clockwise). */
export class Arc extends control("canvasarc", {
  /** The ellipse's box's left edge. Default 0. */
  x: prop(0),
  /** The box's top edge. Default 0. */
  y: prop(0),
  /** Where the arc starts, in radians clockwise from three o'clock. Default 0. */
  startAngle: prop(0),
  /** How far it goes, in radians (negative: anticlockwise). Default 0. */
  sweepAngle: prop(0),
  /** Close the arc through the centre (a pie slice) rather than along its chord. Default false. */
  useCenter: prop(false),
  ...painted(),
}) {
  constructor(x?: number | ArcOptions, y?: number, width?: number, height?: number, startAngle?: number, sweepAngle?: number, options?: ArcOptions) {
    super();
    const args = [x, y, width, height, startAngle, sweepAngle, options];
    this.applyOptions(placeArgs(this, ["x", "y", "width", "height", "startAngle", "sweepAngle"], args));
  }
}

export type RectOptions = OptionsFor<typeof Rect>;

/** A rectangle at `(x, y)`, optionally with rounded corners. */
export class Rect extends control("canvasrect", {
  /** The left edge. Default 0. */
  x: prop(0),
  /** The top edge. Default 0. */
  y: prop(0),
  /** The corners' radius in CSS pixels. Default 0. */
  borderRadius: prop(0),
  ...painted(),
}) {
  constructor(x?: number | RectOptions, y?: number, width?: number, height?: number, options?: RectOptions) {
    super();
    this.applyOptions(placeArgs(this, ["x", "y", "width", "height"], [x, y, width, height, options]));
  }
}

/** How `Points` draws its points (Flet's `PointMode`): dots, pairs as separate lines, or one polyline. */
export type PointMode = "points" | "lines" | "polygon";

export type PointsOptions = OptionsFor<typeof Points>;

/** Points as dots, separate lines (each pair) or one polyline: `new canvas.Points([[0, 0], [10, 5]], "polygon")` */
export class Points extends control("canvaspoints", {
  /** The points, `[x, y]` each. Default none. */
  points: prop<CanvasPoint[]>([]),
  /** Dots (round, `strokeWidth` wide), a line per pair, or one line through all. Default `"points"`. */
  pointMode: prop<PointMode>("points"),
  ...painted(),
}) {
  constructor(points?: CanvasPoint[] | PointsOptions, pointMode?: PointMode, options?: PointsOptions) {
    super();
    this.applyOptions(placeArgs(this, ["points", "pointMode"], [points, pointMode, options]));
  }
}

export type FillOptions = OptionsFor<typeof Fill>;

/** Paints the whole canvas (a background, or a gradient over it): `new canvas.Fill({ paint: { color: "surface" } })` */
export class Fill extends control("canvasfill", {
  ...painted(),
}) {
  constructor(options?: FillOptions) {
    super();
    this.applyOptions(options);
  }
}

export type ColorOptions = OptionsFor<typeof Color>;

/** Paints the whole canvas one colour, mixed by `blendMode`: `new canvas.Color("#0000ff20")` */
export class Color extends control("canvascolor", {
  /** The colour. Default: black. */
  color: prop<string>(),
  /** How it mixes with what is drawn already. Default `"srcOver"`. */
  blendMode: prop<BlendMode>(),
}) {
  constructor(color?: string | ColorOptions, options?: ColorOptions) {
    super();
    this.applyOptions(placeArgs(this, ["color"], [color, options]));
  }
}
