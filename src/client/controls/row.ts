/** `row`: children side by side (flex row); `spacing` → gap, `verticalAlignment` → align-items. */
import { defineRenderer } from "../declare-renderer.js";
import { crossAxisProp, flexProps, flexView } from "./flex.js";

export const row = defineRenderer("row", {
  create: (_ctx, served) => flexView("weft-row", served),
  props: {
    ...flexProps,
    verticalAlignment: crossAxisProp,
    wrap: ({ element }, value) => (element.style.flexWrap = value === true ? "wrap" : ""),
  },
});
