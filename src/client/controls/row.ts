/** `row`: children side by side (flex row); `spacing` → gap, `verticalAlignment` → align-items. */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";
import { applyFlexProp } from "./flex.js";

export const row: Renderer = () => {
  const element = h("div", "weft-row");
  return {
    element,
    update(changed) {
      for (const name in changed) applyFlexProp(element, name, changed[name], "verticalAlignment");
    },
    slot: (name) => (name === "controls" ? element : undefined),
  };
};
