/**
 * A button's `style` (Flet's `ButtonStyle`, checked on the server, every property a map by state)
 * as CSS custom properties on the button, read by `styles/button-style.css` (decision 0036):
 * `--weft-bs-<prop>-<state>` for each of the five states, a state without a value taking
 * `default`'s, and a class `weft-button--bs-<prop>` per property set, so an unstyled button is
 * drawn exactly as before.
 */
import type { JsonValue } from "../protocol/index.js";
import { color } from "./colors.js";
import { customProperty } from "./dom.js";

const STATES = ["default", "hovered", "pressed", "focused", "disabled"] as const;

type Css = (value: JsonValue) => string;

/** Flutter's elevation to M3's shadow levels (0, 1, 3, 6 and up → none, 1, 2, 3). */
const shadow: Css = (value) => {
  const n = typeof value === "number" ? value : 0;
  return n <= 0 ? "none" : `var(--md-sys-elevation-${n <= 1 ? 1 : n <= 3 ? 2 : 3})`;
};

const pixels = (value: JsonValue | undefined): number => (typeof value === "number" ? value : 0);

const side = (value: JsonValue, key: string): JsonValue | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : undefined;

/** The same elevation as an `md-elevation` level (0 to 5: 0, 1, 3, 6, 8 and 12 dp), for the FAB. */
const level: Css = (value) => {
  const n = typeof value === "number" ? value : 0;
  return String(n <= 0 ? 0 : n <= 1 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : n <= 8 ? 4 : 5);
};

const padding: Css = (value) => ["top", "right", "bottom", "left"].map((s) => `${pixels(side(value, s))}px`).join(" ");

/** Left plus right, and top plus bottom: what padding adds to an icon button's size. */
const paddingX: Css = (value) => `${pixels(side(value, "left")) + pixels(side(value, "right"))}px`;
const paddingY: Css = (value) => `${pixels(side(value, "top")) + pixels(side(value, "bottom"))}px`;

const border: Css = (value) => `${pixels(side(value, "width"))}px solid ${color(side(value, "color"))}`;

const borderWidth: Css = (value) => `${pixels(side(value, "width"))}px`;

const radius: Css = (value) => {
  const type = side(value, "type");
  if (type === "roundedRectangle") return `${pixels(side(value, "radius"))}px`;
  return type === "circle" ? "50%" : type === "beveledRectangle" ? "0" : "var(--md-sys-shape-corner-full)";
};

/** A beveled shape cuts its corners with a polygon; the others clip nothing. */
const clip: Css = (value) => {
  if (side(value, "type") !== "beveledRectangle") return "none";
  const r = `${pixels(side(value, "radius"))}px`;
  const far = `calc(100% - ${r})`;
  return `polygon(${r} 0, ${far} 0, 100% ${r}, 100% ${far}, ${far} 100%, ${r} 100%, 0 ${far}, 0 ${r})`;
};

const colour: Css = (value) => color(value);

/** Style property → the custom properties it sets, each with how its value is written. */
const MAPPING: Record<string, readonly (readonly [string, Css])[]> = {
  color: [["color", colour]],
  bgcolor: [["bgcolor", colour]],
  overlayColor: [["overlay", colour], ["overlay-opacity", () => "1"]],
  elevation: [["elevation", shadow], ["elevation-level", level]],
  padding: [["padding", padding], ["padding-x", paddingX], ["padding-y", paddingY]],
  side: [["side", border], ["side-width", borderWidth]],
  shape: [["radius", radius], ["clip", clip]],
};

/** Sets (or, for `null`, clears) a button's style on `element`. */
export function applyButtonStyle(element: HTMLElement, style: JsonValue | null): void {
  const wire = typeof style === "object" && style !== null && !Array.isArray(style) ? style : {};
  for (const [key, outputs] of Object.entries(MAPPING)) {
    const byState = wire[key];
    const map = typeof byState === "object" && byState !== null && !Array.isArray(byState) ? byState : undefined;
    element.classList.toggle(`weft-button--bs-${key.toLowerCase()}`, map !== undefined);
    for (const state of STATES) {
      const value = map?.[state] ?? map?.default;
      for (const [name, css] of outputs) customProperty(element, `--weft-bs-${name}-${state}`, value === undefined ? "" : css(value));
    }
  }
}
