/**
 * `responsiverow`: a wrapping flex row and a size container (responsive-row.css). Each child's
 * width is its span (`col`, set as `--weft-col-<breakpoint>` by common-props.ts) out of
 * `columns`, picked by container queries on the row's own width.
 */
import { customProperty, px } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { crossAxisProp, flexProps, flexView } from "./flex.js";


export const responsiveRow = defineRenderer("responsiverow", {
  create: () => flexView("weft-responsive-row"),
  props: {
    columns: ({ element }, value) => customProperty(element, "--weft-columns", typeof value === "number" && value >= 1 ? String(Math.round(value)) : ""),
    spacing: ({ element }, value) => customProperty(element, "--weft-gap", px(value)),
    runSpacing: ({ element }, value) => (element.style.rowGap = px(value)),
    alignment: flexProps.alignment,
    verticalAlignment: crossAxisProp,
    scroll: flexProps.scroll,
    tight: flexProps.tight,
  },
});
