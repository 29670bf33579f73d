/**
 * `icon`: a Material Symbols glyph (a ligature of the self-hosted font). Decorative and hidden from
 * assistive tech unless it has a `semanticsLabel`, which makes it `role="img"` with that name.
 */
import { color } from "../colors.js";
import { attr, glyphName, h, px, str } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";

export const iconControl = defineRenderer("icon", {
  create() {
    const element = h("span", "material-symbols-outlined weft-icon");
    element.setAttribute("aria-hidden", "true");
    return { element };
  },
  props: {
    name: ({ element }, value) => (element.textContent = glyphName(str(value))),
    color: ({ element }, value) => (element.style.color = color(value)),
    size: ({ element }, value) => (element.style.fontSize = px(value)),
    fill: ({ element }, value) => element.classList.toggle("weft-icon--filled", value === true),
    semanticsLabel({ element }, value) {
      const label = str(value);
      attr(element, "role", label ? "img" : null);
      attr(element, "aria-label", label || null);
      attr(element, "aria-hidden", label ? null : "true");
    },
  },
});
