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
import type { Renderer } from "../registry.js";

interface MenuElement extends HTMLElement {
  open: boolean;
}

export const popupMenuButton: Renderer = (ctx) => {
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

  const name = () => button.setAttribute("aria-label", str(ctx.props.tooltip) || "Show menu");
  name();
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      if ("icon" in changed) glyph.textContent = str(changed.icon, "more_vert");
      if ("iconColor" in changed) glyph.style.color = color(changed.iconColor);
      if ("tooltip" in changed) name();
      if ("disabled" in changed) {
        button.disabled = changed.disabled === true;
        if (button.disabled) menu.open = false;
      }
    },
    slot: (name) => (name === "items" ? menu : undefined),
    destroy() {
      menu.open = false;
    },
  };
};
