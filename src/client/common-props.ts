/**
 * Props every control has (see `defineControl(Control, …)` in core): key, visible, disabled,
 * width, height, expand, opacity, tooltip, padding, margin, bgcolor, the Stack positions
 * (left, top, right, bottom) and the ResponsiveRow span (col). Applied to a view's outer element
 * after its renderer.
 */
import type { JsonValue, WireProps } from "../protocol/index.js";
import { color } from "./colors.js";
import { attr, px, spacing } from "./dom.js";
import { applyUrl } from "./link-cover.js";

const SIDES = ["left", "top", "right", "bottom"] as const;
const BREAKPOINTS = ["xs", "sm", "md", "lg", "xl", "xxl"] as const;

/** A column span as CSS: a whole number from 0 to 64, or "" for none. */
function span(value: JsonValue | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? String(Math.max(0, Math.min(64, Math.round(value)))) : "";
}

/**
 * `col` as one custom property per breakpoint (`--weft-col-md`); the ResponsiveRow's stylesheet
 * picks the one for its width, falling back to the next smaller breakpoint.
 */
function applyCol(el: HTMLElement, value: JsonValue | undefined): void {
  const byBreakpoint = value && typeof value === "object" && !Array.isArray(value) ? value : { xs: value ?? null };
  for (const breakpoint of BREAKPOINTS) {
    const css = span(byBreakpoint[breakpoint]);
    if (css) el.style.setProperty(`--weft-col-${breakpoint}`, css);
    else el.style.removeProperty(`--weft-col-${breakpoint}`);
  }
}

/** The names this file applies; any other prop is the renderer's alone. */
export const COMMON_PROPS: ReadonlySet<string> = new Set([
  "key", "visible", "disabled", "width", "height", "expand", "opacity", "tooltip", "padding", "margin", "bgcolor",
  "left", "top", "right", "bottom", "col", "url",
]);

export function applyCommonProps(
  el: HTMLElement,
  changed: Readonly<WireProps>,
  ownsDisabled = false,
  ownsProps?: ReadonlySet<string>,
): void {
  for (const name in changed) {
    if (!COMMON_PROPS.has(name) || ownsProps?.has(name)) continue;
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
        // A control of a set width keeps it: the stylesheet stretches only the others (layout.css).
        el.classList.toggle("weft-sized", el.style.width !== "");
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
      case "padding":
        el.style.padding = spacing(value);
        break;
      case "margin":
        el.style.margin = spacing(value);
        break;
      case "bgcolor":
        el.style.backgroundColor = color(value);
        break;
      case "left":
      case "top":
      case "right":
      case "bottom":
        el.style[name] = px(value);
        // Positioned (absolute) only inside a Stack; elsewhere the offsets have no effect.
        el.classList.toggle("weft-positioned", SIDES.some((side) => el.style[side] !== ""));
        break;
      case "col":
        applyCol(el, value);
        break;
      case "url":
        applyUrl(el, value);
        break;
    }
  }
}
