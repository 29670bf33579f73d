/**
 * `icon`: a Material Symbols glyph (a ligature of the self-hosted font). Decorative and hidden from
 * assistive tech unless it has a `semanticsLabel`, which makes it `role="img"` with that name.
 */
import { color } from "../colors.js";
import { attr, glyphName, h, px, str } from "../dom.js";
import type { Renderer } from "../registry.js";

export const iconControl: Renderer = (ctx) => {
  const element = h("span", "material-symbols-outlined weft-icon");
  element.setAttribute("aria-hidden", "true");
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "name":
            element.textContent = glyphName(str(value));
            break;
          case "color":
            style.color = color(value);
            break;
          case "size":
            style.fontSize = px(value);
            break;
          case "fill":
            element.classList.toggle("weft-icon--filled", value === true);
            break;
          case "semanticsLabel": {
            const label = str(value);
            attr(element, "role", label ? "img" : null);
            attr(element, "aria-label", label || null);
            attr(element, "aria-hidden", label ? null : "true");
            break;
          }
        }
      }
    },
  };
};
