/**
 * What the five text buttons share: a native `<button type="button">` in light DOM, drawn from the
 * M3 tokens by `styles/buttons.css` (`weft-button--elevated`, `--filled`, `--tonal`, `--outlined`,
 * `--text`), named by its label, with an optional leading icon (`aria-hidden`, so not in the name).
 *
 * Native rather than `@material/web` (decision 0009): the widget's own click handling (focusing
 * itself, re-dispatching to its inner button, starting the ripple) cost ~0.8 ms per click, and a
 * native button brings role, name, keyboard (Tab, Enter, Space) and `disabled` with it.
 */
import { applyButtonStyle } from "../button-style.js";
import { color } from "../colors.js";
import { customProperty, h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { PropSetter, RendererDecl } from "../declare-renderer.js";

export type ButtonVariant = "elevated" | "filled" | "tonal" | "outlined" | "text";

/** Custom properties `buttons.css` reads: the container colour (`bgcolor`), the label's and the icon's. */
const CONTAINER = "--weft-button-container";
const LABEL = "--weft-button-label";
const ICON_COLOR = "--weft-button-icon-color";

const OWNS = new Set(["bgcolor"]);


export interface ButtonView {
  readonly element: HTMLButtonElement;
  readonly label: HTMLSpanElement;
  glyph: HTMLSpanElement | undefined;
  readonly ownsDisabled: true;
  readonly ownsProps: ReadonlySet<string>;
}

/** The setters every text button shares; only the variant's class differs. */
const BUTTON_PROPS = {
  text: (view, value) => (view.label.textContent = str(value)),
  icon(view, value) {
    view.glyph?.remove();
    view.glyph = typeof value === "string" && value ? icon(value, "weft-button__icon") : undefined;
    if (view.glyph) view.element.prepend(view.glyph);
    view.element.classList.toggle("weft-button--icon", view.glyph !== undefined);
  },
  color: ({ element }, value) => customProperty(element, LABEL, color(value)),
  iconColor: ({ element }, value) => customProperty(element, ICON_COLOR, color(value)),
  bgcolor: ({ element }, value) => customProperty(element, CONTAINER, color(value)),
  disabled: ({ element }, value) => (element.disabled = value === true),
  autofocus: ({ element }, value, ctx) => value === true && ctx.focusLater(element),
  style: ({ element }, value) => applyButtonStyle(element, value),
} satisfies Record<string, PropSetter<ButtonView>>;

function newButton(variant: ButtonVariant): ButtonView {
  const element = h("button", `weft-button weft-button--${variant}`);
  element.type = "button";
  const label = h("span", "weft-button__label");
  element.append(label);
  return { element, label, glyph: undefined, ownsDisabled: true, ownsProps: OWNS };
}

/** The view of the server's button `served` (decision 0047), when it is one of `variant`. */
function adoptedButton(served: HTMLElement | undefined, variant: ButtonVariant): ButtonView | undefined {
  if (served?.localName !== "button" || !served.classList.contains(`weft-button--${variant}`)) return undefined;
  const label = served.querySelector<HTMLSpanElement>(":scope > .weft-button__label");
  if (!label) return undefined;
  const glyph = served.querySelector<HTMLSpanElement>(":scope > .weft-button__icon") ?? undefined;
  return { element: served as HTMLButtonElement, label, glyph, ownsDisabled: true, ownsProps: OWNS };
}

/** The declaration of a text button of `variant` (pass it to `defineRenderer` with its type). */
export function buttonRenderer(variant: ButtonVariant): RendererDecl<ButtonView> {
  return {
    create(ctx, served) {
      const view = adoptedButton(served, variant) ?? newButton(variant);
      view.element.addEventListener("click", () => ctx.fire(EventName.click));
      return view;
    },
    props: BUTTON_PROPS,
  };
}
