/**
 * Draws a canvas's shapes (`controls/canvas-shapes.ts`) on its `<canvas>`: every shape from the
 * first after a change, or only those appended since the last draw (a brush stroke's new line),
 * over what is drawn. Loaded with `import()` the first time a canvas shows (its own chunk).
 */
import type { JsonValue } from "../protocol/index.js";
import { assetUrl } from "./asset-url.js";
import { applyPaint, colorResolver, type ColorResolver } from "./canvas-paint.js";
import { tracePath } from "./canvas-path.js";
import { partProp } from "./chart-data.js";
import { safeUrl } from "./safe-url.js";

/** What a canvas's view gives the drawing: its surface, its shapes, and its pictures as they load. */
export interface CanvasTarget {
  readonly surface: HTMLCanvasElement;
  readonly shapes: HTMLElement;
  /** Pictures by URL; one that finishes loading calls `loaded` (the view then redraws). */
  readonly images: Map<string, HTMLImageElement>;
  loaded(): void;
}

const TAU = Math.PI * 2;

function num(el: Element, name: string, fallback = 0): number {
  const value = partProp<JsonValue>(el, name, fallback);
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** How far a text's box moves from its anchor, by its alignment (`topLeft` … `bottomRight`). */
function alignShift(alignment: JsonValue, width: number, height: number): [number, number] {
  const name = typeof alignment === "string" ? alignment : "topLeft";
  const x = /Left$/.test(name) ? 0 : /Right$/.test(name) ? -width : -width / 2;
  const y = name.startsWith("top") ? 0 : name.startsWith("bottom") ? -height : -height / 2;
  return [x, y];
}

/** Words wrapped into lines of at most `maxWidth` (one line without it). */
function lines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number | undefined): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (maxWidth === undefined) {
      out.push(paragraph);
      continue;
    }
    let line = "";
    for (const word of paragraph.split(" ")) {
      const next = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(next).width > maxWidth) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

function drawText(ctx: CanvasRenderingContext2D, el: Element, resolve: ColorResolver): void {
  const style = partProp<JsonValue>(el, "style", {});
  const s = style && typeof style === "object" && !Array.isArray(style) ? style : {};
  const size = typeof s.size === "number" ? s.size : 14;
  const weight = typeof s.weight === "string" ? s.weight.replace(/^w/, "") : "normal";
  ctx.font = `${s.italic === true ? "italic " : ""}${weight} ${size}px Roboto, system-ui, sans-serif`;
  ctx.fillStyle = resolve(s.color, resolve("onSurface", "#000"));
  ctx.textBaseline = "top";
  const maxWidth = partProp<JsonValue>(el, "maxWidth", null);
  const rows = lines(ctx, String(partProp<JsonValue>(el, "value", "")), typeof maxWidth === "number" ? maxWidth : undefined);
  const lineHeight = size * 1.25;
  const width = typeof maxWidth === "number" ? maxWidth : Math.max(0, ...rows.map((row) => ctx.measureText(row).width));
  const [sx, sy] = alignShift(partProp<JsonValue>(el, "alignment", "topLeft"), width, rows.length * lineHeight);
  ctx.translate(num(el, "x"), num(el, "y"));
  ctx.rotate(num(el, "rotate"));
  const align = partProp<JsonValue>(el, "textAlign", "left");
  rows.forEach((row, i) => {
    const free = width - ctx.measureText(row).width;
    const ax = align === "center" ? free / 2 : align === "right" || align === "end" ? free : 0;
    ctx.fillText(row, sx + ax, sy + i * lineHeight);
  });
}

function drawImage(ctx: CanvasRenderingContext2D, el: Element, target: CanvasTarget): void {
  const src = safeUrl(assetUrl(String(partProp<JsonValue>(el, "src", ""))), "image");
  if (!src) return;
  let picture = target.images.get(src);
  if (!picture) {
    picture = new Image();
    picture.decoding = "async";
    picture.referrerPolicy = "no-referrer";
    picture.addEventListener("load", () => target.loaded(), { once: true });
    picture.src = src;
    target.images.set(src, picture);
  }
  if (!picture.complete || picture.naturalWidth === 0) return;
  const w = partProp<JsonValue>(el, "width", null);
  const h = partProp<JsonValue>(el, "height", null);
  const ratio = picture.naturalWidth / picture.naturalHeight;
  const width = typeof w === "number" ? w : typeof h === "number" ? h * ratio : picture.naturalWidth;
  const height = typeof h === "number" ? h : typeof w === "number" ? w / ratio : picture.naturalHeight;
  ctx.drawImage(picture, num(el, "x"), num(el, "y"), width, height);
}

function drawPoints(ctx: CanvasRenderingContext2D, el: Element): void {
  const points = partProp<JsonValue>(el, "points", []);
  const list = Array.isArray(points) ? points.filter((p): p is [number, number] => Array.isArray(p) && typeof p[0] === "number" && typeof p[1] === "number") : [];
  const mode = partProp<JsonValue>(el, "pointMode", "points");
  ctx.beginPath();
  if (mode === "points") {
    // Flutter's: a circle as wide as the stroke with round caps, else a square.
    const r = ctx.lineWidth / 2;
    ctx.fillStyle = ctx.strokeStyle;
    for (const [x, y] of list) {
      if (ctx.lineCap === "round") {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, TAU);
      } else ctx.rect(x - r, y - r, 2 * r, 2 * r);
    }
    return ctx.fill();
  }
  list.forEach(([x, y], i) => (i === 0 || (mode === "lines" && i % 2 === 0) ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.stroke();
}

/** Traces a shape's outline on the current path; false for shapes drawn otherwise. */
function outline(ctx: CanvasRenderingContext2D, el: Element, type: string | null): boolean {
  const x = num(el, "x");
  const y = num(el, "y");
  const w = num(el, "width");
  const h = num(el, "height");
  switch (type) {
    case "canvasline":
      ctx.moveTo(num(el, "x1"), num(el, "y1"));
      ctx.lineTo(num(el, "x2"), num(el, "y2"));
      return true;
    case "canvascircle":
      ctx.arc(x, y, Math.abs(num(el, "radius")), 0, TAU);
      return true;
    case "canvasoval":
      ctx.ellipse(x + w / 2, y + h / 2, Math.abs(w / 2), Math.abs(h / 2), 0, 0, TAU);
      return true;
    case "canvasarc": {
      const from = num(el, "startAngle");
      const sweep = num(el, "sweepAngle");
      if (partProp(el, "useCenter", false)) ctx.moveTo(x + w / 2, y + h / 2);
      ctx.ellipse(x + w / 2, y + h / 2, Math.abs(w / 2), Math.abs(h / 2), 0, from, from + sweep, sweep < 0);
      if (partProp(el, "useCenter", false)) ctx.closePath();
      return true;
    }
    case "canvasrect":
      if (num(el, "borderRadius") > 0) ctx.roundRect(x, y, w, h, num(el, "borderRadius"));
      else ctx.rect(x, y, w, h);
      return true;
    case "canvaspath":
      tracePath(ctx, partProp<JsonValue>(el, "elements", []));
      return true;
    case "canvasfill":
      // The device-pixel size covers the CSS-pixel box at any scale.
      ctx.rect(0, 0, ctx.canvas.width, ctx.canvas.height);
      return true;
  }
  return false;
}

function drawShape(ctx: CanvasRenderingContext2D, el: Element, target: CanvasTarget, resolve: ColorResolver): void {
  const type = el.getAttribute("data-weft-type");
  ctx.save();
  try {
    if (type === "canvascolor") {
      applyPaint(ctx, { color: partProp<JsonValue>(el, "color", null), blendMode: partProp<JsonValue>(el, "blendMode", null) }, resolve);
      return ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    }
    if (type === "canvastext") return drawText(ctx, el, resolve);
    const paint = partProp<JsonValue>(el, "paint", null);
    const how = applyPaint(ctx, paint, resolve, type === "canvasline" || type === "canvaspoints");
    if (type === "canvasimage") return drawImage(ctx, el, target);
    if (type === "canvaspoints") return drawPoints(ctx, el);
    ctx.beginPath();
    if (!outline(ctx, el, type)) return;
    if (type !== "canvasfill" && how === "stroke") ctx.stroke();
    else ctx.fill();
  } finally {
    ctx.restore();
  }
}

/**
 * Draws the shapes from index `from` on (0: clears and draws them all); returns how many shapes
 * the canvas shows. The context is scaled to the device's pixels, so shapes are in CSS pixels.
 */
export function drawCanvas(target: CanvasTarget, from: number): number {
  const ctx = target.surface.getContext("2d");
  const shapes = [...target.shapes.children];
  if (!ctx) return shapes.length;
  const scale = target.surface.width / Math.max(1, target.surface.clientWidth || target.surface.width);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  if (from === 0) ctx.clearRect(0, 0, target.surface.width, target.surface.height);
  const resolve = colorResolver(target.surface.parentElement ?? target.surface);
  for (let i = from; i < shapes.length; i++) drawShape(ctx, shapes[i]!, target, resolve);
  return shapes.length;
}
