/**
 * What `progressbar` and `progressring` share: an `@material/web` progress element, created at
 * once and defined when its module arrives (`lazyElement`: pages without one never load it).
 * Until then the element itself carries `role="progressbar"` and its value; once defined, the
 * widget renders its own `role="progressbar"` with `aria-valuenow` in its shadow root and takes
 * the host's `aria-label` inside, so the host's own ARIA attributes are dropped.
 */
import type { JsonValue } from "../../protocol/index.js";
import { attr, str } from "../dom.js";
import { lazyElement } from "../material.js";

const HOST_ARIA = ["role", "aria-valuemin", "aria-valuemax", "aria-valuenow"];

export function progressElement(tag: "md-linear-progress" | "md-circular-progress", className: string): HTMLElement {
  const element =
    tag === "md-linear-progress"
      ? lazyElement(tag, () => import("@material/web/progress/linear-progress.js"), className)
      : lazyElement(tag, () => import("@material/web/progress/circular-progress.js"), className);
  if (!customElements.get(tag)) {
    element.setAttribute("role", "progressbar");
    element.setAttribute("aria-valuemin", "0");
    element.setAttribute("aria-valuemax", "1");
    customElements.whenDefined(tag).then(() => {
      for (const name of HOST_ARIA) element.removeAttribute(name);
    });
  }
  setProgress(element, undefined);
  return element;
}

/** `value` from 0 to 1, or (absent) indeterminate. */
export function setProgress(element: HTMLElement, value: JsonValue | undefined): void {
  const known = typeof value === "number" && Number.isFinite(value);
  const clamped = known ? Math.max(0, Math.min(1, value)) : 0;
  element.toggleAttribute("indeterminate", !known);
  element.setAttribute("value", String(clamped));
  if (!customElements.get(element.localName)) attr(element, "aria-valuenow", known ? clamped : null);
}

/** The accessible name (`semanticsLabel`). */
export function setLabel(element: HTMLElement, value: JsonValue | undefined): void {
  attr(element, "aria-label", str(value) || null);
}
