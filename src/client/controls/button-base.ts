/**
 * What the five text buttons share: an `@material/web` button (`md-filled-button`, …) whose inner
 * `<button>` is named by its label, an optional leading icon in its `icon` slot, and `click`.
 * The variants differ only in their element. `bgcolor` sets the widget's container colour token.
 */
import "@material/web/button/elevated-button.js";
import "@material/web/button/filled-button.js";
import "@material/web/button/filled-tonal-button.js";
import "@material/web/button/outlined-button.js";
import "@material/web/button/text-button.js";
import { color } from "../colors.js";
import { h, icon, str } from "../dom.js";
import { focusWhenRendered, token } from "../material.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

export type ButtonVariant = "elevated" | "filled" | "tonal" | "outlined" | "text";

const TAGS = {
  elevated: "md-elevated-button",
  filled: "md-filled-button",
  tonal: "md-filled-tonal-button",
  outlined: "md-outlined-button",
  text: "md-text-button",
} as const;

/** The container colour token of the variants that have a container. */
const CONTAINER: Partial<Record<ButtonVariant, string>> = {
  elevated: "--md-elevated-button-container-color",
  filled: "--md-filled-button-container-color",
  tonal: "--md-filled-tonal-button-container-color",
};

const OWNS = new Set(["bgcolor"]);

export function buttonRenderer(variant: ButtonVariant): Renderer {
  return (ctx) => {
    const element = h(TAGS[variant], `weft-button weft-button--${variant}`);
    element.setAttribute("type", "button");
    const label = h("span");
    element.append(label);
    let glyph: HTMLSpanElement | undefined;
    // Capture: runs before the widget's own click handling (focus, a forced layout), so the event
    // leaves for the server ~1 ms sooner (measured by the round-trip benchmark).
    element.addEventListener("click", () => ctx.fire(EventName.click), { capture: true });
    return {
      element,
      ownsDisabled: true,
      ownsProps: OWNS,
      update(changed) {
        for (const name in changed) {
          const value = changed[name];
          switch (name) {
            case "text":
              label.textContent = str(value);
              break;
            case "icon":
              glyph?.remove();
              glyph = typeof value === "string" && value ? icon(value) : undefined;
              if (glyph) {
                glyph.slot = "icon";
                glyph.style.color = color(ctx.props.iconColor);
                element.prepend(glyph);
              }
              break;
            case "iconColor":
              if (glyph) glyph.style.color = color(value);
              break;
            case "bgcolor": {
              const containerToken = CONTAINER[variant];
              if (containerToken) token(element, containerToken, color(value));
              else element.style.backgroundColor = color(value);
              break;
            }
            case "disabled":
              element.disabled = value === true;
              break;
            case "autofocus":
              if (value === true) focusWhenRendered(element);
              break;
          }
        }
      },
    };
  };
}
