/**
 * `iconbutton`: a `<button>` showing one icon. Its accessible name is its tooltip (falling back to
 * the icon's name); with `selected` it is a toggle (`aria-pressed`) showing `selectedIcon`.
 */
import { color } from "../colors.js";
import { attr, h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

export const iconButton: Renderer = (ctx) => {
  const element = h("button", "weft-icon-button");
  element.type = "button";
  const glyph = icon("");
  element.append(glyph);
  element.addEventListener("click", () => ctx.fire(EventName.click));
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      const props = ctx.props;
      if ("icon" in changed || "selected" in changed || "selectedIcon" in changed) {
        const selected = props.selected === true;
        glyph.textContent = str(selected && props.selectedIcon ? props.selectedIcon : props.icon);
        attr(element, "aria-pressed", typeof props.selected === "boolean" ? String(selected) : null);
      }
      if ("tooltip" in changed || "icon" in changed) {
        attr(element, "aria-label", str(props.tooltip) || str(props.icon) || null);
      }
      if ("iconColor" in changed) glyph.style.color = color(changed.iconColor);
      if ("iconSize" in changed) glyph.style.fontSize = typeof changed.iconSize === "number" ? `${changed.iconSize}px` : "";
      if ("disabled" in changed) element.disabled = changed.disabled === true;
      if (changed.autofocus === true) ctx.focusLater(element);
    },
  };
};
