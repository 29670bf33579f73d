/**
 * `navigationbardestination`, `navigationraildestination`, `navigationdrawerdestination`: a real
 * `<button>` named by its label, with its icon and its selected icon (shown while the button is
 * `aria-current`, which the bar, rail or drawer around it sets; see `destination-group.ts`).
 */
import { attr, h, icon, str } from "../dom.js";
import type { Renderer } from "../registry.js";

export const DESTINATION_CLASS = "weft-destination";

export const destination: Renderer = (ctx) => {
  const element = h("button", DESTINATION_CLASS);
  element.type = "button";
  const indicator = h("span", "weft-destination__indicator");
  const plain = icon("", "weft-destination__icon");
  const selected = icon("", "weft-destination__icon weft-destination__icon--selected");
  indicator.append(plain, selected);
  const label = h("span", "weft-destination__label");
  element.append(indicator, label);
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      const props = ctx.props;
      if ("icon" in changed || "selectedIcon" in changed) {
        plain.textContent = str(props.icon);
        selected.textContent = str(props.selectedIcon) || str(props.icon);
        selected.classList.toggle("weft-destination__icon--filled", !str(props.selectedIcon));
      }
      if ("label" in changed || "icon" in changed) {
        label.textContent = str(props.label);
        // Without a label the icon's name (or the tooltip, applied as the title) names it.
        attr(element, "aria-label", str(props.label) ? null : str(props.tooltip) || str(props.icon) || null);
      }
      if ("disabled" in changed) element.disabled = changed.disabled === true;
    },
  };
};
