/**
 * `divider` and `verticaldivider`: a `role="separator"` box (its `height`, or `width` when
 * vertical, is the space it takes) with the line drawn centred in it by divider.css.
 */
import { color } from "../colors.js";
import { h, px } from "../dom.js";
import type { Renderer } from "../registry.js";

function dividerRenderer(vertical: boolean): Renderer {
  return () => {
    const element = h("div", vertical ? "weft-divider weft-divider--vertical" : "weft-divider");
    element.setAttribute("role", "separator");
    if (vertical) element.setAttribute("aria-orientation", "vertical");
    return {
      element,
      update(changed) {
        const style = element.style;
        for (const name in changed) {
          const value = changed[name];
          switch (name) {
            case "thickness":
              if (px(value)) style.setProperty("--weft-divider-thickness", px(value));
              else style.removeProperty("--weft-divider-thickness");
              break;
            case "color":
              if (color(value)) style.setProperty("--weft-divider-color", color(value));
              else style.removeProperty("--weft-divider-color");
              break;
            case "leadingIndent":
              if (vertical) style.paddingTop = px(value);
              else style.paddingInlineStart = px(value);
              break;
            case "trailingIndent":
              if (vertical) style.paddingBottom = px(value);
              else style.paddingInlineEnd = px(value);
              break;
          }
        }
      },
    };
  };
}

export const divider = dividerRenderer(false);
export const verticalDivider = dividerRenderer(true);
