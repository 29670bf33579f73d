/**
 * `switch`: an `@material/web` `md-switch` (its inner input has `role="switch"`) inside a
 * `<label>` with the label text, which also names it.
 */
import "@material/web/switch/switch.js";
import type { MdSwitch } from "@material/web/switch/switch.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { labelledInput } from "./labelled-input.js";

export const switchControl: Renderer = (ctx) => {
  const toggle: MdSwitch = h("md-switch", "weft-switch__toggle");
  const input = labelledInput("switch", toggle, () => str(ctx.props.label) || str(ctx.props.tooltip));
  toggle.addEventListener("change", () => ctx.changed(() => toggle.selected));
  toggle.addEventListener("focusout", () => ctx.commit());
  return {
    element: input.element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const value = changed[key];
        if (key === "value") toggle.selected = value === true;
        else input.apply(key, value);
      }
    },
  };
};
