/**
 * `container`: one child with a border, rounded corners and an alignment (padding, margin and
 * background are common props, applied by `common-props.ts`). With `onClick` it acts as a
 * button: focusable, `role="button"`, Enter/Space activate.
 */
import { colorsIn } from "../colors.js";
import { attr, h, px } from "../dom.js";
import { EventName, handlerProp } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

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
const INTERACTIVE = "button, input, textarea, select, a[href], label, [role=button]";

export const container: Renderer = (ctx) => {
  const element = h("div", "weft-container");
  element.addEventListener("click", (e) => {
    // A click on a control inside (a button, a field) belongs to that control, not to this one.
    const inner = (e.target as Element).closest(INTERACTIVE);
    if (!inner || inner === element) ctx.fire(EventName.click);
  });
  element.addEventListener("keydown", (e) => {
    if (!ctx.listens(EventName.click) || e.target !== element) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      ctx.fire(EventName.click);
    }
  });
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "borderRadius":
            style.borderRadius = px(value);
            break;
          case "border":
            style.border = colorsIn(value);
            break;
          case "alignment": {
            const [vertical, horizontal] = (typeof value === "string" && ALIGN[value]) || ["", ""];
            style.justifyContent = vertical;
            style.alignItems = horizontal;
            break;
          }
          case CLICK: {
            const clickable = value === true;
            element.classList.toggle("weft-container--clickable", clickable);
            attr(element, "role", clickable ? "button" : null);
            attr(element, "tabindex", clickable ? 0 : null);
            break;
          }
        }
      }
    },
    slot: (name) => (name === "content" ? element : undefined),
  };
};
