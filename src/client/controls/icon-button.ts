/**
 * `iconbutton`: an `@material/web` `md-icon-button`. Its tooltip is its accessible name (the icon's
 * name when there is none). With `selected` set it is a toggle (`aria-pressed`) showing
 * `selectedIcon` while selected; the app owns the state, so a click never flips it by itself.
 */
import "@material/web/iconbutton/icon-button.js";
import { color } from "../colors.js";
import { attr, h, icon, px, slottedIcon, str } from "../dom.js";
import { onLinkCover } from "../link-cover.js";
import { applyWidgetButtonProp, token } from "../material.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

export const iconButton: Renderer = (ctx) => {
  const element = h("md-icon-button", "weft-icon-button");
  element.setAttribute("type", "button");
  let glyph = icon("");
  let selectedGlyph: HTMLSpanElement | undefined;
  element.append(glyph);
  element.addEventListener("click", (e) => {
    // md-icon-button toggles itself unless the click is cancelled; the server decides instead.
    // A click on its `url` link is left alone, or the link would not be followed.
    if (!onLinkCover(e)) e.preventDefault();
    ctx.fire(EventName.click);
  });
  const name = () => attr(element, "aria-label", str(ctx.props.tooltip) || str(ctx.props.icon) || null);
  const paint = () => {
    for (const g of [glyph, selectedGlyph]) if (g) g.style.color = color(ctx.props.iconColor);
  };
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const value = changed[key];
        switch (key) {
          case "icon": {
            const next = icon(str(value));
            glyph.replaceWith(next);
            glyph = next;
            paint();
            name();
            break;
          }
          case "tooltip":
            name();
            break;
          case "selectedIcon":
            selectedGlyph = slottedIcon(element, selectedGlyph, str(value), "selected");
            if (selectedGlyph) paint();
            break;
          case "selected":
            element.toggle = typeof value === "boolean";
            element.selected = value === true;
            break;
          case "iconColor":
            paint();
            break;
          case "iconSize":
            token(element, "--md-icon-button-icon-size", px(value));
            break;
          case "disabled":
            element.disabled = value === true;
            break;
          case "style":
          case "autofocus":
            applyWidgetButtonProp(element, key, value);
            break;
        }
      }
    },
  };
};
