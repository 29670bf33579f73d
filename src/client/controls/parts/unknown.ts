/**
 * The placeholder for a control type with no registered renderer: a visible, labelled box that
 * still shows the control's children, so one missing renderer never hides the rest of the page.
 */
import { h } from "../../dom.js";
import type { ControlView, Renderer } from "../../registry.js";

export const unknownControl: Renderer = (ctx) => placeholder(`Unknown control "${ctx.type}"`);

/** The same placeholder for a control whose renderer threw. */
export const brokenControl: Renderer = (ctx) => placeholder(`Control "${ctx.type}" could not be shown`);

function placeholder(message: string): ControlView {
  const element = h("div", "weft-unknown");
  element.setAttribute("role", "note");
  const label = h("span", "weft-unknown__label");
  label.textContent = message;
  element.append(label);
  const slots = new Map<string, HTMLElement>();
  return {
    element,
    update() {},
    slot(name) {
      let holder = slots.get(name);
      if (!holder) {
        holder = h("div", "weft-unknown__slot");
        element.append(holder);
        slots.set(name, holder);
      }
      return holder;
    },
  };
}
