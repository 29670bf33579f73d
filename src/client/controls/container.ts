/**
 * `container`: one child with a border, rounded corners and an alignment (padding, margin and
 * background are common props, applied by `common-props.ts`). With `onClick` it acts as a
 * button: focusable, `role="button"`, Enter/Space activate.
 */
import { colorsIn } from "../colors.js";
import { attr, hOrServed, INNER_CONTROLS, px } from "../dom.js";
import { EventName, handlerProp } from "../../protocol/index.js";
import { defineRenderer } from "../declare-renderer.js";

/** `topLeft` … `bottomRight` → [justify-content (vertical), align-items (horizontal)] of a column box. */
const ALIGN: Record<string, [string, string]> = {
  topLeft: ["flex-start", "flex-start"],
  topCenter: ["flex-start", "center"],
  topRight: ["flex-start", "flex-end"],
  centerLeft: ["center", "flex-start"],
  center: ["center", "center"],
  centerRight: ["center", "flex-end"],
  bottomLeft: ["flex-end", "flex-start"],
  bottomCenter: ["flex-end", "center"],
  bottomRight: ["flex-end", "flex-end"],
};

const CLICK = handlerProp(EventName.click);

export const container = defineRenderer("container", {
  create(ctx, served) {
    const element = hOrServed(served, "div", "weft-container");
    element.addEventListener("click", (e) => {
      // A click on a control inside (a button, a field) belongs to that control, not to this one.
      const inner = (e.target as Element).closest(INNER_CONTROLS);
      if (!inner || inner === element) ctx.fire(EventName.click);
    });
    element.addEventListener("keydown", (e) => {
      if (!ctx.listens(EventName.click) || e.target !== element) return;
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        ctx.fire(EventName.click);
      }
    });
    return { element, slot: (name: string) => (name === "content" ? element : undefined) };
  },
  props: {
    borderRadius: ({ element }, value) => (element.style.borderRadius = px(value)),
    border: ({ element }, value) => (element.style.border = colorsIn(value)),
    alignment({ element }, value) {
      const [vertical, horizontal] = (typeof value === "string" && ALIGN[value]) || ["", ""];
      element.style.justifyContent = vertical;
      element.style.alignItems = horizontal;
    },
    [CLICK]({ element }, value) {
      const clickable = value === true;
      element.classList.toggle("weft-container--clickable", clickable);
      attr(element, "role", clickable ? "button" : null);
      attr(element, "tabindex", clickable ? 0 : null);
    },
  },
});
