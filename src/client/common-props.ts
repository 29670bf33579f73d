/**
 * Props every control has (see `defineControl(Control, …)` in core): key, visible, disabled,
 * width, height, expand, opacity, tooltip. Applied to a view's outer element after its renderer.
 */
import type { WireProps } from "../protocol/index.js";
import { attr, px } from "./dom.js";

export function applyCommonProps(el: HTMLElement, changed: Readonly<WireProps>, ownsDisabled = false): void {
  for (const name in changed) {
    const value = changed[name];
    switch (name) {
      case "key":
        attr(el, "data-key", typeof value === "string" ? value : null);
        break;
      case "visible":
        el.hidden = value === false;
        break;
      case "disabled":
        if (ownsDisabled) break;
        // Real form controls are disabled by their renderers; this marks any other element, and
        // the client drops events from inside a disabled control as the server would.
        attr(el, "aria-disabled", value === true ? "true" : null);
        el.classList.toggle("weft-disabled", value === true);
        break;
      case "width":
        el.style.width = px(value);
        break;
      case "height":
        el.style.height = px(value);
        break;
      case "expand": {
        const share = value === true ? 1 : typeof value === "number" && value > 0 ? value : 0;
        el.style.flex = share ? `${share} 1 0%` : "";
        el.classList.toggle("weft-expand", share > 0);
        break;
      }
      case "opacity":
        el.style.opacity = typeof value === "number" ? String(value) : "";
        break;
      case "tooltip":
        attr(el, "title", typeof value === "string" && value ? value : null);
        break;
    }
  }
}
