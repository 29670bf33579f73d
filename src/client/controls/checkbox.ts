/**
 * `checkbox`: a real `<input type="checkbox">` inside a `<label>` with the label text, drawn as
 * an M3 checkbox. With `tristate`, a click cycles false → true → null (indeterminate) → false.
 */
import type { JsonValue } from "../../protocol/index.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";

export const checkbox: Renderer = (ctx) => {
  const element = h("label", "weft-checkbox");
  const control = h("span", "weft-checkbox__control");
  const input = h("input", "weft-checkbox__input");
  input.type = "checkbox";
  const box = h("span", "weft-checkbox__box");
  box.setAttribute("aria-hidden", "true");
  const text = h("span", "weft-checkbox__label");
  control.append(input, box);
  element.append(control, text);

  let value: boolean | null = false;
  const show = () => {
    input.checked = value === true;
    input.indeterminate = value === null;
  };
  input.addEventListener("change", () => {
    value = ctx.props.tristate === true ? (value === false ? true : value === true ? null : false) : input.checked;
    show();
    ctx.changed((): JsonValue => value);
  });
  input.addEventListener("blur", () => ctx.commit());

  return {
    element,
    ownsDisabled: true,
    update(changed) {
      for (const name in changed) {
        const next = changed[name];
        switch (name) {
          case "value":
            // `null` on the wire is a value of its own: a tristate checkbox's indeterminate state.
            value = next === null ? null : next === true;
            show();
            break;
          case "label":
            text.textContent = str(next);
            text.hidden = str(next) === "";
            break;
          case "disabled":
            input.disabled = next === true;
            break;
          case "autofocus":
            if (next === true) ctx.focusLater(input);
            break;
        }
      }
    },
  };
};
