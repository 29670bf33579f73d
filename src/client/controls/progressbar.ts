/**
 * `progressbar`: the M3 linear progress indicator, drawn here rather than with
 * `md-linear-progress`: that widget sizes its bar through Lit's `styleMap`, whose first render
 * writes a `style` attribute, which the page's CSP (`style-src 'self'`) blocks, so the bar would
 * stay empty. Here the bar is scaled through the CSSOM (`style.transform`), which the CSP allows.
 * `role="progressbar"` with `aria-valuenow` (0 to 1) when the value is known.
 */
import { color } from "../colors.js";
import { attr, h, px, str } from "../dom.js";
import type { Renderer } from "../registry.js";

const OWNS: ReadonlySet<string> = new Set(["bgcolor"]);

export const progressBar: Renderer = () => {
  const element = h("div", "weft-progressbar weft-progressbar--indeterminate");
  element.setAttribute("role", "progressbar");
  element.setAttribute("aria-valuemin", "0");
  element.setAttribute("aria-valuemax", "1");
  const bar = h("div", "weft-progressbar__bar");
  element.append(bar);
  return {
    element,
    ownsProps: OWNS,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "value": {
            const known = typeof value === "number" && Number.isFinite(value);
            const clamped = known ? Math.max(0, Math.min(1, value)) : 0;
            element.classList.toggle("weft-progressbar--indeterminate", !known);
            attr(element, "aria-valuenow", known ? clamped : null);
            bar.style.transform = known ? `scaleX(${clamped})` : "";
            break;
          }
          case "semanticsLabel":
            attr(element, "aria-label", str(value) || null);
            break;
          case "color":
            bar.style.backgroundColor = color(value);
            break;
          case "bgcolor":
            style.backgroundColor = color(value);
            break;
          case "barHeight":
            style.height = px(value);
            break;
        }
      }
    },
  };
};
