/**
 * `progressring`: `md-circular-progress` (48px unless sized), loaded with `import()` on first use
 * so pages without one never load Lit. The element is created at once and upgrades when its
 * module arrives; until then it carries `role="progressbar"` and its value itself, and once
 * defined the widget renders its own `role="progressbar"` with `aria-valuenow` in its shadow root
 * (moving the host's `aria-label` there). The ring's thickness in pixels becomes the widget's
 * percentage of its size.
 */
import { color } from "../colors.js";
import { attr, str } from "../dom.js";
import type { JsonValue } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

const TAG = "md-circular-progress";
const DEFAULT_SIZE = 48;
const DEFAULT_STROKE = 4;
let loading: Promise<unknown> | undefined;

function define(): void {
  if (customElements.get(TAG) || loading) return;
  loading = import("@material/web/progress/circular-progress.js").catch((error: unknown) => {
    loading = undefined;
    console.error(`[weft] ${TAG} could not load`, error);
  });
}

function setValue(element: HTMLElement, value: JsonValue | undefined): void {
  const known = typeof value === "number" && Number.isFinite(value);
  const clamped = known ? Math.max(0, Math.min(1, value)) : 0;
  element.toggleAttribute("indeterminate", !known);
  element.setAttribute("value", String(clamped));
  if (!customElements.get(TAG)) attr(element, "aria-valuenow", known ? clamped : null);
}

export const progressRing: Renderer = (ctx) => {
  define();
  const element = document.createElement(TAG);
  element.className = "weft-progressring";
  element.setAttribute("role", "progressbar");
  element.setAttribute("aria-valuemin", "0");
  element.setAttribute("aria-valuemax", "1");
  customElements.whenDefined(TAG).then(() => {
    for (const name of ["role", "aria-valuemin", "aria-valuemax", "aria-valuenow"]) element.removeAttribute(name);
  });
  setValue(element, undefined);
  const size = () => {
    const { width, height, strokeWidth } = ctx.props;
    const side = typeof width === "number" ? width : typeof height === "number" ? height : DEFAULT_SIZE;
    const stroke = typeof strokeWidth === "number" && strokeWidth > 0 ? strokeWidth : DEFAULT_STROKE;
    element.style.setProperty("--md-circular-progress-size", `${side}px`);
    element.style.setProperty("--md-circular-progress-active-indicator-width", String((100 * stroke) / Math.max(1, side)));
  };
  return {
    element,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "value":
            setValue(element, value);
            break;
          case "semanticsLabel":
            attr(element, "aria-label", str(value) || null);
            break;
          case "color":
            element.style.setProperty("--md-circular-progress-active-indicator-color", color(value));
            break;
          case "width":
          case "height":
          case "strokeWidth":
            size();
            break;
        }
      }
    },
  };
};
