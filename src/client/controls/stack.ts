/**
 * `stack`: a one-cell grid: every unpositioned child sits in the same cell, at the stack's
 * `alignment`, and sets its size; a child with `left`/`top`/`right`/`bottom` (class
 * `weft-positioned`, from common-props.ts) is absolutely positioned against the stack.
 */
import { h } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { alignment } from "./parts/alignment.js";

export const stack = defineRenderer("stack", {
  create() {
    const element = h("div", "weft-stack");
    return { element, slot: (name: string) => (name === "controls" ? element : undefined) };
  },
  props: {
    alignment({ element }, value) {
      const [vertical, horizontal] = alignment(value);
      element.style.alignItems = vertical;
      element.style.justifyItems = horizontal;
    },
    clipBehavior: ({ element }, value) => element.classList.toggle("weft-stack--visible", value === "none"),
    fit: ({ element }, value) => element.classList.toggle("weft-stack--expand", value === "expand"),
  },
});
