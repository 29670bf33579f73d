/**
 * What `progressbar` and `progressring` share: an `@material/web` progress element. Each renderer
 * imports its widget, so the element is defined when it is made: it renders its own
 * `role="progressbar"` with `aria-valuenow` in its shadow root and takes the host's `aria-label`
 * inside.
 */
import type { JsonValue } from "../../../protocol/index.js";
import { attr, h, str } from "../../dom.js";

export function progressElement(tag: "md-linear-progress" | "md-circular-progress", className: string): HTMLElement {
  const element = h(tag, className);
  setProgress(element, undefined);
  return element;
}

/** `value` from 0 to 1, or (absent) indeterminate. */
export function setProgress(element: HTMLElement, value: JsonValue | undefined): void {
  const known = typeof value === "number" && Number.isFinite(value);
  const clamped = known ? Math.max(0, Math.min(1, value)) : 0;
  element.toggleAttribute("indeterminate", !known);
  element.setAttribute("value", String(clamped));
}

/** The accessible name (`semanticsLabel`). */
export function setLabel(element: HTMLElement, value: JsonValue | undefined): void {
  attr(element, "aria-label", str(value) || null);
}
