/**
 * `Canvas` (Flet's `canvas.Canvas`): a box of `shapes` (lines, circles, arcs, rects, paths,
 * text, points, pictures) drawn on a real `<canvas>` in the browser, and the gestures on it
 * (`onTapDown`, `onPanStart`/`onPanUpdate`/`onPanEnd`, …, with local coordinates), so a drawing
 * app is a handler that appends a shape. Each shape is a child control: a changed shape is one
 * `set` op, an appended one one `insert` op, and the browser draws only what it adds (or redraws
 * once per frame after any other change).
 *
 * ```ts
 * const board = new Canvas([new canvas.Fill({ paint: { color: "surfaceContainer" } })], {
 *   height: 300,
 *   onPanUpdate: (e) => board.shapes.push(new canvas.Line(e.data.localX - e.data.dx, e.data.localY - e.data.dy, e.data.localX, e.data.localY, { paint: { strokeWidth: 3 } })),
 * });
 * ```
 */
import { EventName } from "../../protocol/index.js";
import type { Control } from "../control.js";
import { child, children, control, on, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import { gestureTable, isGestureEvent } from "./gesture-detector.js";

/** `onResize`'s data: the canvas's new size in CSS pixels. */
export interface CanvasResizeEvent {
  readonly width: number;
  readonly height: number;
}

export type CanvasOptions = OptionsFor<typeof Canvas, "shapes">;

function isSize(data: unknown): boolean {
  if (typeof data !== "object" || data === null) return false;
  const { width, height } = data as Record<string, unknown>;
  return [width, height].every((n) => typeof n === "number" && n >= 0 && n <= 1e6);
}

export class Canvas extends control("canvas", {
  /** The shapes, drawn in order (later ones over earlier ones). Mutate freely (`push`, `splice`), then update. */
  shapes: children(),
  /** A control laid over the drawing (Flet's `content`), e.g. a `GestureDetector` or a label. */
  content: child(),
  /** What the drawing shows, for screen readers (the canvas's accessible name). Default: none. */
  semanticsLabel: prop<string>(),
  /** Runs when the canvas's size changes (and once when it first shows); `e.data` is the new size. */
  onResize: on<CanvasResizeEvent>(),
  ...gestureTable(),
}) {
  /** `new Canvas(shapes, options)`, or Flet's keyword form `new Canvas({ shapes, ...options })`. */
  constructor(shapes?: Control[] | WithMain<CanvasOptions, "shapes", Control[]>, options?: CanvasOptions) {
    super();
    const [main, rest] = keywordForm(shapes, options, this, "shapes");
    if (main) this.shapes = main;
    this.applyOptions(rest);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name === EventName.resize ? isSize(data) : isGestureEvent(name, data);
  }
}
