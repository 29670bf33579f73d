/**
 * `column`: children stacked (flex column); `spacing` → gap, `horizontalAlignment` → align-items.
 * A long column keeps its children in group boxes (`parts/child-groups.ts`, decision 0056).
 */
import { defineRenderer } from "../declare-renderer.js";
import { crossAxisProp, flexProps, groupedFlexView } from "./flex.js";

export const column = defineRenderer("column", {
  create: (_ctx, served) => groupedFlexView("weft-column", served),
  props: { ...flexProps, horizontalAlignment: crossAxisProp },
});
