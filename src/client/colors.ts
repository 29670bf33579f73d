/**
 * Colour props: any CSS colour, or a Material 3 colour role in camelCase (`primary`,
 * `onPrimaryContainer`, `surfaceContainerHigh`, …), which becomes `var(--md-sys-color-…)`.
 */
import { COLOR_ROLES, type JsonValue } from "../protocol/index.js";

const ROLES = new Set<string>(COLOR_ROLES);

/**
 * `onPrimaryContainer` → `var(--md-sys-color-on-primary-container)`; a CSS function with roles in
 * it (`Colors.withOpacity`'s `color-mix(in srgb, primary 50%, transparent)`) gets them replaced;
 * other values unchanged.
 */
export function color(value: JsonValue | undefined): string {
  if (typeof value !== "string") return "";
  if (ROLES.has(value)) return `var(--md-sys-color-${value.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`;
  return value.includes("(") ? colorsIn(value) : value;
}

/** A CSS shorthand (a border) with any role names in it replaced, e.g. `"1px solid outline"`. */
export function colorsIn(value: JsonValue | undefined): string {
  if (typeof value !== "string") return "";
  return value.replace(/[A-Za-z]+/g, (word) => (ROLES.has(word) ? color(word) : word));
}
