/**
 * `dropdownoption`: an `@material/web` `md-select-option` (`role="option"`, named by its text) in
 * its dropdown's menu. Its dropdown selects it by key.
 */
import "@material/web/select/select-option.js";
import type { MdSelectOption } from "@material/web/select/select-option.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";

export const dropdownOption: Renderer = (ctx) => {
  const element: MdSelectOption = h("md-select-option", "weft-dropdown-option");
  const headline = h("div");
  headline.slot = "headline";
  element.append(headline);
  const text = () => {
    headline.textContent = str(ctx.props.text) || str(ctx.props.key);
  };
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      if ("key" in changed) {
        element.value = str(changed.key);
        text();
      }
      if ("text" in changed) text();
      if ("disabled" in changed) element.disabled = changed.disabled === true;
    },
  };
};
