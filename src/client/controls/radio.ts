/**
 * `radio`: an `@material/web` `md-radio` inside a `<label>` with the label text. The radio carries
 * `role="radio"`, its name and `aria-checked` as attributes too (the widget sets them through
 * ElementInternals, which some tools cannot read). Its group (`radiogroup.ts`) names it into the
 * group and checks it.
 */
import "@material/web/radio/radio.js";
import type { MdRadio } from "@material/web/radio/radio.js";
import { attr, h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { labelledInput } from "./labelled-input.js";

export const radio: Renderer = (ctx) => {
  const button: MdRadio = h("md-radio", "weft-radio__button");
  button.setAttribute("role", "radio");
  button.setAttribute("aria-checked", "false");
  const input = labelledInput("radio", button, () => str(ctx.props.label) || str(ctx.props.tooltip) || str(ctx.props.value));
  return {
    element: input.element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const value = changed[key];
        switch (key) {
          case "value":
            button.value = str(value);
            button.dataset.value = str(value);
            input.name();
            break;
          case "disabled":
            input.apply(key, value);
            attr(button, "aria-disabled", value === true ? "true" : null);
            break;
          default:
            input.apply(key, value);
        }
      }
    },
  };
};
