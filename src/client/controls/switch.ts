/**
 * `switch`: an `@material/web` `md-switch` (its inner input has `role="switch"`) inside a
 * `<label>` with the label text, which also names it.
 */
import "@material/web/switch/switch.js";
import type { MdSwitch } from "@material/web/switch/switch.js";
import { h } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { labelledProps, labelledView, type LabelledView } from "./parts/labelled-input.js";

interface SwitchView extends LabelledView {
  readonly toggle: MdSwitch;
}

export const switchControl = defineRenderer("switch", {
  create(ctx): SwitchView {
    const toggle: MdSwitch = h("md-switch", "weft-switch__toggle");
    toggle.addEventListener("change", () => ctx.changed(() => toggle.selected));
    toggle.addEventListener("focusout", () => ctx.commit());
    return { ...labelledView("switch", toggle, ctx), toggle };
  },
  props: {
    ...labelledProps,
    value: ({ toggle }, value) => (toggle.selected = value === true),
  },
});
