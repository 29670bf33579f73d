/**
 * What the five text buttons share: a native `<button type="button">` in light DOM, drawn from the
 * M3 tokens by `styles/buttons.css` (`weft-button--elevated`, `--filled`, `--tonal`, `--outlined`,
 * `--text`), named by its label, with an optional leading icon (`aria-hidden`, so not in the name).
 *
 * Native rather than `@material/web` (decision 0009): the widget's own click handling (focusing
 * itself, re-dispatching to its inner button, starting the ripple) cost ~0.8 ms per click, and a
 * native button brings role, name, keyboard (Tab, Enter, Space) and `disabled` with it.
 */
import { color } from "../colors.js";
import { h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

export type ButtonVariant = "elevated" | "filled" | "tonal" | "outlined" | "text";

/** Custom properties `buttons.css` reads: the container colour (`bgcolor`), the label's and the icon's. */
const CONTAINER = "--weft-button-container";
const LABEL = "--weft-button-label";
const ICON_COLOR = "--weft-button-icon-color";

const OWNS = new Set(["bgcolor"]);

/** Sets (or, for "", removes) a custom property through the CSSOM, which the page's CSP allows. */
function customProperty(el: HTMLElement, name: string, value: string): void {
  if (value) el.style.setProperty(name, value);
  else el.style.removeProperty(name);
}

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
              glyph = typeof value === "string" && value ? icon(value, "weft-button__icon") : undefined;
              if (glyph) element.prepend(glyph);
              element.classList.toggle("weft-button--icon", glyph !== undefined);
              break;
            case "color":
              customProperty(element, LABEL, color(value));
              break;
            case "iconColor":
              customProperty(element, ICON_COLOR, color(value));
              break;
            case "bgcolor":
              customProperty(element, CONTAINER, color(value));
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
