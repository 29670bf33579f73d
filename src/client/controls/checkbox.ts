/**
 * `checkbox`: an `@material/web` `md-checkbox` inside a `<label>` with the label text, so a click
 * on the text ticks the box and the inner `<input type="checkbox">` is named by the label. With
 * `tristate`, a click cycles false → true → null (indeterminate) → false.
 */
import "@material/web/checkbox/checkbox.js";
import type { MdCheckbox } from "@material/web/checkbox/checkbox.js";
import type { JsonValue } from "../../protocol/index.js";
import { h } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { labelledProps, labelledView, type LabelledView } from "./parts/labelled-input.js";

interface CheckboxView extends LabelledView {
  readonly box: MdCheckbox;
  /** The shown state: `null` is a tristate box's indeterminate one. */
  value: boolean | null;
}

function show(view: CheckboxView): void {
  view.box.checked = view.value === true;
  view.box.indeterminate = view.value === null;
}

export const checkbox = defineRenderer("checkbox", {
  create(ctx): CheckboxView {
    const box: MdCheckbox = h("md-checkbox", "weft-checkbox__box");
    const view: CheckboxView = { ...labelledView("checkbox", box, ctx), box, value: false };
    box.addEventListener("change", () => {
      const value = view.value;
      view.value = ctx.props.tristate === true ? (value === false ? true : value === true ? null : false) : box.checked;
      show(view);
      ctx.changed((): JsonValue => view.value);
    });
    box.addEventListener("focusout", () => ctx.commit());
    return view;
  },
  props: {
    ...labelledProps,
    value(view, value) {
      // `null` on the wire is a value of its own: a tristate checkbox's indeterminate state.
      view.value = value === null ? null : value === true;
      show(view);
    },
    // Read when the box is clicked, from the current props.
    tristate: () => {},
  },
});
