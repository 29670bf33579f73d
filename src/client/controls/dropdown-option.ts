/**
 * `dropdownoption`: an `@material/web` `md-select-option` (`role="option"`, named by its text) in
 * its dropdown's menu. Its dropdown selects it by key.
 */
import "@material/web/select/select-option.js";
import type { MdSelectOption } from "@material/web/select/select-option.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { h, str } from "../dom.js";

interface OptionView {
  readonly element: MdSelectOption;
  readonly headline: HTMLElement;
  readonly ownsDisabled: true;
}

/** The headline: the text, else the key. */
const text: PropSetter<OptionView> = ({ headline }, _value, { props }) => {
  headline.textContent = str(props.text) || str(props.key);
};

export const dropdownOption = defineRenderer("dropdownoption", {
  create(): OptionView {
    const element: MdSelectOption = h("md-select-option", "weft-dropdown-option");
    const headline = h("div");
    headline.slot = "headline";
    element.append(headline);
    return { element, headline, ownsDisabled: true };
  },
  props: {
    key(view, value, ctx) {
      view.element.value = str(value);
      text(view, value, ctx);
    },
    text,
    disabled: ({ element }, value) => (element.disabled = value === true),
  },
});
