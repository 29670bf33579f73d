/** `column`: children stacked (flex column); `spacing` → gap, `horizontalAlignment` → align-items. */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";
import { applyFlexProp } from "./flex.js";

export const column: Renderer = () => {
  const element = h("div", "weft-column");
  return {
    element,
    update(changed) {
      for (const name in changed) applyFlexProp(element, name, changed[name], "horizontalAlignment");
    },
    slot: (name) => (name === "controls" ? element : undefined),
  };
};
