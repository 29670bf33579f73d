/**
 * `radio`: an `@material/web` `md-radio` inside a `<label>` with the label text. The radio carries
 * `role="radio"`, its name and `aria-checked` as attributes too (the widget sets them through
 * ElementInternals, which some tools cannot read). Its group (`radiogroup.ts`) names it into the
 * group and checks it.
 */
import "@material/web/radio/radio.js";
import type { MdRadio } from "@material/web/radio/radio.js";
import { attr, h, str } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { labelledProps, labelledView, type LabelledView } from "./parts/labelled-input.js";

interface RadioView extends LabelledView {
  readonly button: MdRadio;
}

export const radio = defineRenderer("radio", {
  create(ctx): RadioView {
    const button: MdRadio = h("md-radio", "weft-radio__button");
    button.setAttribute("role", "radio");
    button.setAttribute("aria-checked", "false");
    return { ...labelledView("radio", button, ctx, () => str(ctx.props.value)), button };
  },
  props: {
    ...labelledProps,
    value({ button, input }, value) {
      button.value = str(value);
      button.dataset.value = str(value);
      input.name();
    },
    disabled({ button, input }, value) {
      input.apply("disabled", value);
      attr(button, "aria-disabled", value === true ? "true" : null);
    },
  },
});
