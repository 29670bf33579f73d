/**
 * `checkbox`: an `@material/web` `md-checkbox` inside a `<label>` with the label text, so a click
 * on the text ticks the box and the inner `<input type="checkbox">` is named by the label. With
 * `tristate`, a click cycles false → true → null (indeterminate) → false.
 */
import "@material/web/checkbox/checkbox.js";
import type { JsonValue } from "../../protocol/index.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { labelledInput } from "./labelled-input.js";

export const checkbox: Renderer = (ctx) => {
  const box = h("md-checkbox", "weft-checkbox__box");
  const input = labelledInput("checkbox", box, () => str(ctx.props.label) || str(ctx.props.tooltip));

  let value: boolean | null = false;
  const show = () => {
    box.checked = value === true;
    box.indeterminate = value === null;
  };
  box.addEventListener("change", () => {
    value = ctx.props.tristate === true ? (value === false ? true : value === true ? null : false) : box.checked;
    show();
    ctx.changed((): JsonValue => value);
  });
  box.addEventListener("focusout", () => ctx.commit());

  return {
    element: input.element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const next = changed[key];
        switch (key) {
          case "value":
            // `null` on the wire is a value of its own: a tristate checkbox's indeterminate state.
            value = next === null ? null : next === true;
            show();
            break;
          default:
            input.apply(key, next);
        }
      }
    },
  };
};
