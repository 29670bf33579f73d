/**
 * What the four text buttons share: a real `<button type="button">` whose accessible name is its
 * label, an optional leading icon, and `click`. The variants differ only in their CSS class.
 */
import { color } from "../colors.js";
import { h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

export type ButtonVariant = "elevated" | "filled" | "outlined" | "text";

export function buttonRenderer(variant: ButtonVariant): Renderer {
  return (ctx) => {
    const element = h("button", `weft-button weft-button--${variant}`);
    element.type = "button";
    const label = h("span", "weft-button__label");
    element.append(label);
    let glyph: HTMLSpanElement | undefined;
    element.addEventListener("click", () => ctx.fire(EventName.click));
    return {
      element,
      ownsDisabled: true,
      update(changed) {
        for (const name in changed) {
          const value = changed[name];
          switch (name) {
            case "text":
              label.textContent = str(value);
              break;
            case "icon":
              glyph?.remove();
              glyph = typeof value === "string" && value ? icon(value, "weft-button__icon") : undefined;
              if (glyph) {
                glyph.style.color = color(ctx.props.iconColor);
                element.prepend(glyph);
              }
              element.classList.toggle("weft-button--with-icon", glyph !== undefined);
              break;
            case "iconColor":
              if (glyph) glyph.style.color = color(value);
              break;
            case "disabled":
              element.disabled = value === true;
              break;
            case "autofocus":
              if (value === true) ctx.focusLater(element);
              break;
          }
        }
      },
    };
  };
}
