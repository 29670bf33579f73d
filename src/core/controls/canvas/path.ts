/**
 * `Path` (Flet's `canvas.Path`): a figure of moves, lines, curves, arcs and sub-figures, filled or
 * stroked by its paint. Its elements are plain data made by `Path`'s static functions, Flet's
 * `Path.MoveTo(x, y)` written `Path.moveTo(x, y)`:
 *
 *     new canvas.Path([Path.moveTo(0, 0), Path.lineTo(40, 0), Path.quadraticTo(60, 20, 40, 40), Path.close()], {
 *       paint: { style: "stroke", strokeWidth: 2 },
 *     })
 */
import { control, prop, type OptionsFor } from "../../declare-control.js";
import { ControlError, ErrorCode } from "../../errors.js";
import type { Paint } from "./paint.js";
import { placeArgs } from "./place-args.js";

/** One step of a path; see `Path`'s static functions for each. */
export type PathElement =
  | { readonly type: "moveTo"; readonly x: number; readonly y: number }
  | { readonly type: "lineTo"; readonly x: number; readonly y: number }
  | { readonly type: "quadraticTo"; readonly cp1x: number; readonly cp1y: number; readonly x: number; readonly y: number; readonly w: number }
  | { readonly type: "cubicTo"; readonly cp1x: number; readonly cp1y: number; readonly cp2x: number; readonly cp2y: number; readonly x: number; readonly y: number }
  | { readonly type: "arc"; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly startAngle: number; readonly sweepAngle: number }
  | { readonly type: "arcTo"; readonly x: number; readonly y: number; readonly radius: number; readonly rotation: number; readonly largeArc: boolean; readonly clockwise: boolean }
  | { readonly type: "oval"; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly type: "rect"; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly borderRadius: number }
  | { readonly type: "subPath"; readonly elements: readonly PathElement[]; readonly x: number; readonly y: number }
  | { readonly type: "close" };

/** The numbers of an element, checked: a NaN or a string would draw nothing and say nothing. */
function numbers<T extends Record<string, unknown>>(step: string, values: T): T {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "number" && !Number.isFinite(value)) throw new ControlError(ErrorCode.badValue, `Path.${step}: ${name} must be a finite number, got ${value}`);
    if (typeof value !== "number" && typeof value !== "boolean") throw new ControlError(ErrorCode.badValue, `Path.${step}: ${name} must be a number, got ${JSON.stringify(value)}`);
  }
  return values;
}

export type PathOptions = OptionsFor<typeof Path>;

/** A figure of `elements`: `new canvas.Path([Path.moveTo(0, 0), Path.lineTo(10, 10)], { paint: { style: "stroke" } })` */
export class Path extends control("canvaspath", {
  /** The path's steps, in order (`Path.moveTo(…)`, `Path.lineTo(…)`, …). Default none. */
  elements: prop<PathElement[]>([]),
  /** How the path is drawn. Default: filled black. */
  paint: prop<Paint>(),
}) {
  /** `new canvas.Path(elements, { paint })` or `new canvas.Path({ elements, paint })`. */
  constructor(elements?: PathElement[] | PathOptions, options?: PathOptions) {
    super();
    this.applyOptions(placeArgs(this, ["elements"], [elements, options]));
  }

  /** Starts a new figure at `(x, y)`. */
  static moveTo(x: number, y: number): PathElement {
    return { type: "moveTo", ...numbers("moveTo", { x, y }) };
  }

  /** A straight line to `(x, y)`. */
  static lineTo(x: number, y: number): PathElement {
    return { type: "lineTo", ...numbers("lineTo", { x, y }) };
  }

  /** A curve to `(x, y)` bent towards the control point `(cp1x, cp1y)`; weight `w` other than 1 is drawn as 1. */
  static quadraticTo(cp1x: number, cp1y: number, x: number, y: number, w = 1): PathElement {
    return { type: "quadraticTo", ...numbers("quadraticTo", { cp1x, cp1y, x, y, w }) };
  }

  /** A Bézier curve to `(x, y)` through the pull of two control points. */
  static cubicTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): PathElement {
    return { type: "cubicTo", ...numbers("cubicTo", { cp1x, cp1y, cp2x, cp2y, x, y }) };
  }

  /** A new figure: the arc of the ellipse in the box `(x, y, width, height)` from `startAngle`, `sweepAngle` on (radians). */
  static arc(x: number, y: number, width: number, height: number, startAngle: number, sweepAngle: number): PathElement {
    return { type: "arc", ...numbers("arc", { x, y, width, height, startAngle, sweepAngle }) };
  }

  /** An arc of a circle of `radius` (turned `rotation` radians) from the current point to `(x, y)`, as SVG's `A`. */
  static arcTo(x: number, y: number, radius = 0, rotation = 0, largeArc = false, clockwise = true): PathElement {
    return { type: "arcTo", ...numbers("arcTo", { x, y, radius, rotation, largeArc, clockwise }) };
  }

  /** A new figure: the ellipse in the box `(x, y, width, height)`. */
  static oval(x: number, y: number, width: number, height: number): PathElement {
    return { type: "oval", ...numbers("oval", { x, y, width, height }) };
  }

  /** A new figure: the rectangle `(x, y, width, height)`, its corners rounded by `borderRadius`. */
  static rect(x: number, y: number, width: number, height: number, borderRadius = 0): PathElement {
    return { type: "rect", ...numbers("rect", { x, y, width, height, borderRadius }) };
  }

  /** Another path's elements, moved by `(x, y)`. */
  static subPath(elements: readonly PathElement[], x = 0, y = 0): PathElement {
    if (!Array.isArray(elements)) throw new ControlError(ErrorCode.badValue, `Path.subPath: elements must be an array of path elements, got ${JSON.stringify(elements)}`);
    return { type: "subPath", elements, ...numbers("subPath", { x, y }) };
  }

  /** Closes the current figure with a line back to its start. */
  static close(): PathElement {
    return { type: "close" };
  }
}
