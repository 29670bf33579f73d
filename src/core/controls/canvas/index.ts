/**
 * Flet's `flet.canvas` as one namespace, `canvas`: `new canvas.Canvas([new canvas.Circle(50, 50, 20)])`,
 * and the shapes whose names the controls use too (`canvas.Text`, `canvas.Image`).
 */
export { Canvas, type CanvasOptions, type CanvasResizeEvent } from "../canvas.js";
export { Arc, Circle, Color, Fill, Line, Oval, Points, Rect } from "./shapes.js";
export type { ArcOptions, CircleOptions, ColorOptions, FillOptions, LineOptions, OvalOptions, PointMode, PointsOptions, RectOptions } from "./shapes.js";
export { Path, type PathElement, type PathOptions } from "./path.js";
export { CanvasImage as Image, CanvasText as Text, type CanvasImageOptions as ImageOptions, type CanvasTextOptions as TextOptions } from "./text.js";
export type { BlendMode, CanvasPoint, Paint, PaintingStyle, PaintLinearGradient, PaintRadialGradient, StrokeCap, StrokeJoin } from "./paint.js";
