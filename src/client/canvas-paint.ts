/**
 * A canvas shape's `Paint` applied to a 2D context: colour or gradient, fill or stroke, width,
 * caps, joins, dashes, blend mode, blur. Colours go through the page's roles (`colors.ts`) and
 * are resolved to what a canvas understands by the browser's own CSS (a hidden probe's computed
 * colour), once per colour per draw. Part of the canvas's drawing chunk.
 */
import type { JsonValue } from "../protocol/index.js";
import { color } from "./colors.js";

type Paint = Record<string, JsonValue | undefined>;

/** Flet's blend modes as canvas composite operations; `clear` erases what the shape covers. */
const BLEND: Readonly<Record<string, GlobalCompositeOperation>> = {
  srcOver: "source-over", srcIn: "source-in", srcOut: "source-out", srcATop: "source-atop",
  dstOver: "destination-over", dstIn: "destination-in", dstOut: "destination-out", dstATop: "destination-atop",
  xor: "xor", plus: "lighter", clear: "destination-out", multiply: "multiply", screen: "screen", overlay: "overlay",
  darken: "darken", lighten: "lighten", colorDodge: "color-dodge", colorBurn: "color-burn", hardLight: "hard-light",
  softLight: "soft-light", difference: "difference", exclusion: "exclusion", hue: "hue", saturation: "saturation",
  color: "color", luminosity: "luminosity",
};

/** Resolves colour props to computed CSS colours, reading each distinct one once. */
export type ColorResolver = (value: JsonValue | undefined, fallback: string) => string;

/** A resolver reading colours as they apply inside `where` (so dark mode and the theme count). */
export function colorResolver(where: HTMLElement): ColorResolver {
  const seen = new Map<string, string>();
  let probe: HTMLElement | undefined;
  return (value, fallback) => {
    const css = color(value ?? null);
    if (!css) return fallback;
    let known = seen.get(css);
    if (known === undefined) {
      if (!probe) {
        probe = document.createElement("i");
        probe.hidden = true;
        where.append(probe);
        queueMicrotask(() => probe?.remove());
      }
      probe.style.color = "";
      probe.style.color = css;
      known = probe.style.color ? getComputedStyle(probe).color : fallback;
      seen.set(css, known);
    }
    return known;
  };
}

function isPoint(value: JsonValue | undefined): value is [number, number] {
  return Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "number";
}

/** A gradient, or undefined when it is incomplete (the server checks it; a stale one draws plain). */
function gradientOf(ctx: CanvasRenderingContext2D, g: Paint, resolve: ColorResolver): CanvasGradient | undefined {
  const colors = Array.isArray(g.colors) ? g.colors : [];
  let gradient: CanvasGradient;
  if (g.type === "linear" && isPoint(g.begin) && isPoint(g.end)) {
    gradient = ctx.createLinearGradient(g.begin[0], g.begin[1], g.end[0], g.end[1]);
  } else if (g.type === "radial" && isPoint(g.center) && typeof g.radius === "number") {
    const focal = isPoint(g.focal) ? g.focal : g.center;
    gradient = ctx.createRadialGradient(focal[0], focal[1], typeof g.focalRadius === "number" ? g.focalRadius : 0, g.center[0], g.center[1], g.radius);
  } else return undefined;
  const stops = Array.isArray(g.colorStops) && g.colorStops.length === colors.length ? g.colorStops : undefined;
  colors.forEach((c, i) => {
    const at = stops ? Number(stops[i]) : colors.length === 1 ? 0 : i / (colors.length - 1);
    gradient.addColorStop(Math.min(1, Math.max(0, at)), resolve(c, "#000"));
  });
  return gradient;
}

/**
 * Sets the context up for one shape's paint (inside the caller's `save()`/`restore()`); returns
 * whether to fill or to stroke. `stroked` shapes (lines, points) always stroke.
 */
export function applyPaint(ctx: CanvasRenderingContext2D, raw: JsonValue | undefined, resolve: ColorResolver, stroked = false): "fill" | "stroke" {
  const paint: Paint = raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  const blend = typeof paint.blendMode === "string" ? BLEND[paint.blendMode] : undefined;
  if (blend) ctx.globalCompositeOperation = blend;
  const gradient = paint.gradient && typeof paint.gradient === "object" && !Array.isArray(paint.gradient) ? gradientOf(ctx, paint.gradient, resolve) : undefined;
  const ink = paint.blendMode === "clear" ? "#000" : (gradient ?? resolve(paint.color, "#000"));
  ctx.fillStyle = ink;
  ctx.strokeStyle = ink;
  ctx.lineWidth = typeof paint.strokeWidth === "number" && paint.strokeWidth > 0 ? paint.strokeWidth : 1;
  if (paint.strokeCap === "round" || paint.strokeCap === "square") ctx.lineCap = paint.strokeCap;
  if (paint.strokeJoin === "round" || paint.strokeJoin === "bevel") ctx.lineJoin = paint.strokeJoin;
  if (typeof paint.strokeMiterLimit === "number") ctx.miterLimit = paint.strokeMiterLimit;
  if (Array.isArray(paint.strokeDashPattern)) ctx.setLineDash(paint.strokeDashPattern.filter((n): n is number => typeof n === "number"));
  if (typeof paint.blurImage === "number" && paint.blurImage > 0) ctx.filter = `blur(${paint.blurImage}px)`;
  ctx.imageSmoothingEnabled = paint.antiAlias !== false;
  return stroked || paint.style === "stroke" ? "stroke" : "fill";
}
