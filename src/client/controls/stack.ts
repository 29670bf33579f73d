/**
 * `stack`: a one-cell grid: every unpositioned child sits in the same cell, at the stack's
 * `alignment`, and sets its size; a child with `left`/`top`/`right`/`bottom` (class
 * `weft-positioned`, from common-props.ts) is absolutely positioned against the stack.
 */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";
import { alignment } from "./alignment.js";

export const stack: Renderer = () => {
  const element = h("div", "weft-stack");
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "alignment": {
            const [vertical, horizontal] = alignment(value);
            style.alignItems = vertical;
            style.justifyItems = horizontal;
            break;
          }
          case "clipBehavior":
            element.classList.toggle("weft-stack--visible", value === "none");
            break;
          case "fit":
            element.classList.toggle("weft-stack--expand", value === "expand");
            break;
        }
      }
    },
    slot: (name) => (name === "controls" ? element : undefined),
  };
};
