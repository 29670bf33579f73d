/**
 * `divider` and `verticaldivider`: a `role="separator"` box (its `height`, or `width` when
 * vertical, is the space it takes) with the line drawn centred in it by divider.css.
 */
import { color } from "../colors.js";
import { customProperty, h, px } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";


function dividerRenderer(vertical: boolean) {
  return {
    create() {
      const element = h("div", vertical ? "weft-divider weft-divider--vertical" : "weft-divider");
      element.setAttribute("role", "separator");
      if (vertical) element.setAttribute("aria-orientation", "vertical");
      return { element };
    },
    props: {
      thickness: ({ element }, value) => customProperty(element, "--weft-divider-thickness", px(value)),
      color: ({ element }, value) => customProperty(element, "--weft-divider-color", color(value)),
      leadingIndent: ({ element }, value) => (element.style[vertical ? "paddingTop" : "paddingInlineStart"] = px(value)),
      trailingIndent: ({ element }, value) => (element.style[vertical ? "paddingBottom" : "paddingInlineEnd"] = px(value)),
    } satisfies Record<string, PropSetter<{ element: HTMLElement }>>,
  };
}

export const divider = defineRenderer("divider", dividerRenderer(false));
export const verticalDivider = defineRenderer("verticaldivider", dividerRenderer(true));
