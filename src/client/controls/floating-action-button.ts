/**
 * `floatingactionbutton`: an `@material/web` `md-fab` in the primary-container colours, extended
 * with a label when `text` is set. Named by its text, else its tooltip (else its icon's name).
 */
import "@material/web/fab/fab.js";
import { color } from "../colors.js";
import { attr, h, slottedIcon, str } from "../dom.js";
import { applyWidgetButtonProp, token } from "../material.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

const OWNS = new Set(["bgcolor"]);

export const floatingActionButton: Renderer = (ctx) => {
  const element = h("md-fab", "weft-fab");
  element.setAttribute("variant", "primary");
  let glyph: HTMLSpanElement | undefined;
  element.addEventListener("click", () => ctx.fire(EventName.click));
  const name = () => attr(element, "aria-label", str(ctx.props.text) ? null : str(ctx.props.tooltip) || str(ctx.props.icon) || null);
  return {
    element,
    ownsDisabled: true,
    ownsProps: OWNS,
    update(changed) {
      for (const key in changed) {
        const value = changed[key];
        switch (key) {
          case "icon":
            glyph = slottedIcon(element, glyph, str(value), "icon");
            name();
            break;
          case "text":
            attr(element, "label", str(value) || null);
            name();
            break;
          case "tooltip":
            name();
            break;
          case "mini":
            attr(element, "size", value === true ? "small" : null);
            break;
          case "bgcolor":
            token(element, "--md-fab-primary-container-color", color(value));
            break;
          case "foregroundColor":
            token(element, "--md-fab-primary-icon-color", color(value));
            token(element, "--md-fab-primary-label-text-color", color(value));
            break;
          case "disabled":
            // md-fab has no disabled state; the common handling marks the host and the client drops its events.
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
