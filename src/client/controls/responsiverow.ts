/**
 * `responsiverow`: a wrapping flex row and a size container (responsive-row.css). Each child's
 * width is its span (`col`, set as `--weft-col-<breakpoint>` by common-props.ts) out of
 * `columns`, picked by container queries on the row's own width.
 */
import { h, px } from "../dom.js";
import type { Renderer } from "../registry.js";
import { crossAxis, mainAxis } from "./flex.js";

export const responsiveRow: Renderer = () => {
  const element = h("div", "weft-responsive-row");
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "columns":
            if (typeof value === "number" && value >= 1) style.setProperty("--weft-columns", String(Math.round(value)));
            else style.removeProperty("--weft-columns");
            break;
          case "spacing":
            if (px(value)) style.setProperty("--weft-gap", px(value));
            else style.removeProperty("--weft-gap");
            break;
          case "runSpacing":
            style.rowGap = px(value);
            break;
          case "alignment":
            style.justifyContent = mainAxis(value);
            break;
          case "verticalAlignment":
            style.alignItems = crossAxis(value);
            break;
        }
      }
    },
    slot: (name) => (name === "controls" ? element : undefined),
  };
};
