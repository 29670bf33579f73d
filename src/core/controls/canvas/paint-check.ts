/**
 * Checks a canvas shape's `paint` when it is set, so a misspelt style or a gradient without its
 * points fails on the server with the field named, instead of drawing black in the browser.
 */
import { ControlError, ErrorCode } from "../../errors.js";

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  style: ["fill", "stroke"],
  strokeCap: ["butt", "round", "square"],
  strokeJoin: ["miter", "round", "bevel"],
  blendMode: [
    "srcOver", "srcIn", "srcOut", "srcATop", "dstOver", "dstIn", "dstOut", "dstATop", "xor", "plus", "clear",
    "multiply", "screen", "overlay", "darken", "lighten", "colorDodge", "colorBurn", "hardLight", "softLight",
    "difference", "exclusion", "hue", "saturation", "color", "luminosity",
  ],
};
const NUMBERS = ["strokeWidth", "strokeMiterLimit", "blurImage"];
const KNOWN = new Set([...Object.keys(CHOICES), ...NUMBERS, "color", "strokeDashPattern", "gradient", "antiAlias"]);

function bad(owner: string, message: string): never {
  throw new ControlError(ErrorCode.badValue, `${owner}.paint${message}`);
}

function isPoint(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === "number" && Number.isFinite(n));
}

function checkGradient(owner: string, gradient: unknown): void {
  if (typeof gradient !== "object" || gradient === null) bad(owner, `.gradient must be { type: "linear", begin, end, colors } or { type: "radial", center, radius, colors }, got ${JSON.stringify(gradient)}`);
  const g = gradient as Record<string, unknown>;
  const points = g.type === "linear" ? ["begin", "end"] : g.type === "radial" ? ["center"] : bad(owner, `.gradient.type must be "linear" or "radial", got ${JSON.stringify(g.type)}`);
  for (const name of points) if (!isPoint(g[name])) bad(owner, `.gradient.${name} must be a point [x, y], got ${JSON.stringify(g[name])}`);
  if (g.type === "radial" && !(typeof g.radius === "number" && g.radius >= 0)) bad(owner, `.gradient.radius must be a number ≥ 0, got ${JSON.stringify(g.radius)}`);
  if (!Array.isArray(g.colors) || g.colors.length < 2 || !g.colors.every((c) => typeof c === "string")) bad(owner, `.gradient.colors must be two or more colours, got ${JSON.stringify(g.colors)}`);
  const stops = g.colorStops;
  if (stops !== undefined && !(Array.isArray(stops) && stops.length === g.colors.length && stops.every((s) => typeof s === "number" && s >= 0 && s <= 1))) {
    bad(owner, `.gradient.colorStops must be one number from 0 to 1 per colour (${g.colors.length}), got ${JSON.stringify(stops)}`);
  }
}

/** Throws `control.bad-value` naming the field of `paint` that no browser could draw. */
export function checkPaint(owner: string, paint: unknown): void {
  if (typeof paint !== "object" || paint === null || Array.isArray(paint)) bad(owner, ` must be an object such as { color: "red", strokeWidth: 2 }, got ${JSON.stringify(paint)}`);
  for (const [name, value] of Object.entries(paint)) {
    if (value === undefined) continue;
    if (!KNOWN.has(name)) bad(owner, ` has no field "${name}" (it takes ${[...KNOWN].join(", ")})`);
    const choices = CHOICES[name];
    if (choices && !choices.includes(value as string)) bad(owner, `.${name} has no value ${JSON.stringify(value)} (it takes ${choices.map((c) => `"${c}"`).join(", ")})`);
    if (NUMBERS.includes(name) && !(typeof value === "number" && value >= 0 && Number.isFinite(value))) bad(owner, `.${name} must be a number ≥ 0, got ${JSON.stringify(value)}`);
    if (name === "color" && typeof value !== "string") bad(owner, `.color must be a colour string, got ${JSON.stringify(value)}`);
    if (name === "strokeDashPattern" && !(Array.isArray(value) && value.every((n) => typeof n === "number" && n >= 0))) bad(owner, `.strokeDashPattern must be lengths ≥ 0, e.g. [6, 4], got ${JSON.stringify(value)}`);
    if (name === "gradient") checkGradient(owner, value);
  }
}
