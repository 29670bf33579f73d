/**
 * `switch`: an `@material/web` `md-switch` (its inner input has `role="switch"`) inside a
 * `<label>` with the label text, which also names it.
 */
import type { MdSwitch } from "@material/web/switch/switch.js";
import { attr, h, str } from "../dom.js";
import { focusWhenRendered, lazyElement } from "../material.js";
import type { Renderer } from "../registry.js";

export const switchControl: Renderer = (ctx) => {
  const element = h("label", "weft-switch");
  const toggle: MdSwitch = lazyElement("md-switch", () => import("@material/web/switch/switch.js"), "weft-switch__toggle");
  const text = h("span", "weft-switch__label");
  element.append(toggle, text);
  toggle.addEventListener("change", () => ctx.changed(() => toggle.selected));
  toggle.addEventListener("focusout", () => ctx.commit());
  const name = () => attr(toggle, "aria-label", str(ctx.props.label) || str(ctx.props.tooltip) || null);
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const value = changed[key];
        switch (key) {
          case "value":
            toggle.selected = value === true;
            break;
          case "label":
            text.textContent = str(value);
            text.hidden = str(value) === "";
            name();
            break;
          case "tooltip":
            name();
            break;
          case "disabled":
            toggle.disabled = value === true;
            element.classList.toggle("weft-switch--disabled", value === true);
            break;
          case "autofocus":
            if (value === true) focusWhenRendered(toggle);
            break;
        }
      }
    },
  };
};
