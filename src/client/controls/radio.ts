/**
 * `radio`: an `@material/web` `md-radio` inside a `<label>` with the label text. The radio carries
 * `role="radio"`, its name and `aria-checked` as attributes too (the widget sets them through
 * ElementInternals, which some tools cannot read). Its group (`radiogroup.ts`) names it into the
 * group and checks it.
 */
import type { MdRadio } from "@material/web/radio/radio.js";
import { attr, h, str } from "../dom.js";
import { focusWhenRendered, lazyElement } from "../material.js";
import type { Renderer } from "../registry.js";

export const radio: Renderer = (ctx) => {
  const element = h("label", "weft-radio");
  const button: MdRadio = lazyElement("md-radio", () => import("@material/web/radio/radio.js"), "weft-radio__button");
  button.setAttribute("role", "radio");
  button.setAttribute("aria-checked", "false");
  const text = h("span", "weft-radio__label");
  element.append(button, text);
  const name = () => attr(button, "aria-label", str(ctx.props.label) || str(ctx.props.tooltip) || str(ctx.props.value) || null);
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const value = changed[key];
        switch (key) {
          case "value":
            button.value = str(value);
            button.dataset.value = str(value);
            name();
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
            button.disabled = value === true;
            attr(button, "aria-disabled", value === true ? "true" : null);
            element.classList.toggle("weft-radio--disabled", value === true);
            break;
          case "autofocus":
            if (value === true) focusWhenRendered(button);
            break;
        }
      }
    },
  };
};
