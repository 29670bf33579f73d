/** `column`: children stacked (flex column); `spacing` → gap, `horizontalAlignment` → align-items. */
import { defineRenderer } from "../declare-renderer.js";
import { crossAxisProp, flexProps, flexView } from "./flex.js";

export const column = defineRenderer("column", {
  create: () => flexView("weft-column"),
  props: { ...flexProps, horizontalAlignment: crossAxisProp },
});
