/**
 * The shapes of a canvas (`../../core/controls/canvas/`): hidden elements inside the canvas that
 * keep their props as `data-*` attributes (`../chart-data.ts`), which the canvas reads when it
 * draws (`../canvas-draw.ts`). A shape's `width` and `height` are its own, not its box's.
 */
import { keptProps, partElement } from "../chart-data.js";
import { defineRenderer } from "../declare-renderer.js";

const SIZED = new Set(["width", "height"]);

export const canvasLine = defineRenderer("canvasline", {
  create: () => ({ element: partElement() }),
  props: keptProps(["x1", "y1", "x2", "y2", "paint"]),
});

export const canvasCircle = defineRenderer("canvascircle", {
  create: () => ({ element: partElement() }),
  props: keptProps(["x", "y", "radius", "paint"]),
});

export const canvasOval = defineRenderer("canvasoval", {
  create: () => ({ element: partElement(), ownsProps: SIZED }),
  props: keptProps(["x", "y", "width", "height", "paint"]),
});

export const canvasArc = defineRenderer("canvasarc", {
  create: () => ({ element: partElement(), ownsProps: SIZED }),
  props: keptProps(["x", "y", "width", "height", "startAngle", "sweepAngle", "useCenter", "paint"]),
});

export const canvasRect = defineRenderer("canvasrect", {
  create: () => ({ element: partElement(), ownsProps: SIZED }),
  props: keptProps(["x", "y", "width", "height", "borderRadius", "paint"]),
});

export const canvasPath = defineRenderer("canvaspath", {
  create: () => ({ element: partElement() }),
  props: keptProps(["elements", "paint"]),
});

export const canvasPoints = defineRenderer("canvaspoints", {
  create: () => ({ element: partElement() }),
  props: keptProps(["points", "pointMode", "paint"]),
});

export const canvasText = defineRenderer("canvastext", {
  create: () => ({ element: partElement() }),
  props: keptProps(["x", "y", "value", "style", "alignment", "maxWidth", "textAlign", "rotate"]),
});

export const canvasImage = defineRenderer("canvasimage", {
  create: () => ({ element: partElement(), ownsProps: SIZED }),
  props: keptProps(["src", "x", "y", "width", "height", "paint"]),
});

export const canvasFill = defineRenderer("canvasfill", {
  create: () => ({ element: partElement() }),
  props: keptProps(["paint"]),
});

export const canvasColor = defineRenderer("canvascolor", {
  create: () => ({ element: partElement() }),
  props: keptProps(["color", "blendMode"]),
});
