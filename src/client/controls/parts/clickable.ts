/**
 * Makes a box act as a button while its control listens for `click` (ListTile, Container-like
 * tiles): `role="button"`, focusable, Enter and Space activate. A click that lands on a control
 * of its own inside (a button, a field, a link) belongs to that control, not to the box.
 */
import { EventName } from "../../../protocol/index.js";
import { attr, INNER_CONTROLS } from "../../dom.js";
import type { RenderContext } from "../../registry.js";

/** A tile also leaves check boxes and tabs drawn inside it to themselves. */
const INTERACTIVE = `${INNER_CONTROLS}, [role=checkbox], [role=tab]`;

/** Wires the listeners once; returns the function that turns button behaviour on or off. */
export function clickable(element: HTMLElement, ctx: RenderContext): (on: boolean) => void {
  element.addEventListener("click", (e) => {
    const inner = (e.target as Element).closest(INTERACTIVE);
    if (!inner || inner === element) ctx.fire(EventName.click);
  });
  element.addEventListener("keydown", (e) => {
    if (e.target !== element || !ctx.listens(EventName.click)) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      ctx.fire(EventName.click);
    }
  });
  return (on) => {
    element.classList.toggle("weft-clickable", on);
    attr(element, "role", on ? "button" : null);
    attr(element, "tabindex", on ? 0 : null);
  };
}
