/**
 * `popupmenubutton`: an icon `<button>` (named by its tooltip, `aria-haspopup="menu"`,
 * `aria-expanded`) that opens an `@material/web` `md-menu` of its items. The menu sits in the
 * top layer (`positioning="popover"`), so no scrolling box or dialog clips it. md-menu brings the
 * keyboard: it focuses the first item on opening, the arrow keys and typeahead move, Enter or
 * Space picks, Escape closes, and focus returns to the button. The menu's code comes in the
 * button's chunk, so the menu is ready when the button shows.
 */
import "@material/web/menu/menu.js";
import "@material/web/menu/menu-item.js";
import { color } from "../colors.js";
import { h, icon, str } from "../dom.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";

interface MenuElement extends HTMLElement {
  open: boolean;
}

interface MenuButtonView extends SlottedView {
  readonly button: HTMLButtonElement;
  readonly glyph: HTMLElement;
  readonly menu: MenuElement;
  readonly ownsDisabled: true;
  destroy(): void;
}

/** The button's accessible name: its tooltip, else "Show menu". */
function name(button: HTMLButtonElement, props: RenderContext["props"]): void {
  button.setAttribute("aria-label", str(props.tooltip) || "Show menu");
}

function create(ctx: RenderContext): MenuButtonView {
  const element = h("span", "weft-popupmenu");
  const button = h("button", "weft-popupmenu__button");
  button.type = "button";
  button.id = `weft-menu-anchor-${ctx.id}`;
  button.setAttribute("aria-haspopup", "menu");
  button.setAttribute("aria-expanded", "false");
  const glyph = icon("more_vert");
  button.append(glyph);
  const menu = h("md-menu", "weft-popupmenu__menu") as unknown as MenuElement;
  menu.setAttribute("positioning", "popover");
  // md-menu states its role through ElementInternals; the attribute also names it to tools that
  // read only the DOM (Playwright's getByRole among them).
  menu.setAttribute("role", "menu");
  menu.setAttribute("anchor", button.id);
  element.append(button, menu);

  // md-menu animates both ways; a click while it is still closing reopens it once it has closed.
  let state: "closed" | "opening" | "closing" = "closed";
  let reopen = false;
  button.addEventListener("click", () => {
    if (state === "closing") reopen = true;
    else menu.open = state === "closed";
  });
  menu.addEventListener("opening", () => {
    state = "opening";
    button.setAttribute("aria-expanded", "true");
  });
  menu.addEventListener("closing", () => {
    state = "closing";
    button.setAttribute("aria-expanded", "false");
  });
  menu.addEventListener("closed", () => {
    state = "closed";
    // Reopened from a fresh task: inside its own `closed` event md-menu would not focus an item.
    if (reopen) setTimeout(() => (menu.open = true));
    reopen = false;
  });

  name(button, ctx.props);
  return {
    element,
    button,
    glyph,
    menu,
    ownsDisabled: true,
    slot: (slot) => (slot === "items" ? menu : undefined),
    destroy() {
      menu.open = false;
    },
  };
}

export const popupMenuButton = defineRenderer("popupmenubutton", {
  create,
  props: {
    icon: ({ glyph }, value) => (glyph.textContent = str(value, "more_vert")),
    iconColor: ({ glyph }, value) => (glyph.style.color = color(value)),
    tooltip: ({ button }, _value, { props }) => name(button, props),
    disabled({ button, menu }, value) {
      button.disabled = value === true;
      if (button.disabled) menu.open = false;
    },
  },
});
