/**
 * `PopupMenuButton`: an icon button that opens a menu of `PopupMenuItem`s. The menu is reachable
 * by keyboard: Enter or Space opens it on the first item, the arrow keys move, Enter picks,
 * Escape closes it and focus returns to the button.
 *
 * ```ts
 * new PopupMenuButton([new PopupMenuItem("Rename", { onClick: rename }), new PopupMenuItem(), new PopupMenuItem("Delete", { onClick: remove })])
 * ```
 */
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import type { PopupMenuItem } from "./popup-menu-item.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type PopupMenuButtonOptions = OptionsFor<typeof PopupMenuButton, "items">;

export class PopupMenuButton extends control("popupmenubutton", {
  /** The menu's items, top to bottom. */
  items: children<PopupMenuItem>(),
  /** The button's Material Symbols icon. Default "more_vert". */
  icon: prop("more_vert"),
  /** The icon's colour. Default: the theme's on-surface-variant. */
  iconColor: prop<string>(),
}) {
  /**
   * The button's accessible name comes from `tooltip` (default "Show menu").
   * Also Flet's keyword form, with the main value by name: `new PopupMenuButton({ items: …, ...options })`.
   */
  constructor(items?: PopupMenuItem[] | WithMain<PopupMenuButtonOptions, "items", PopupMenuItem[]>, options?: PopupMenuButtonOptions) {
    super();
    const [main, rest] = keywordForm(items, options, this, "items");
    if (main) this.items = main;
    this.applyOptions(rest);
  }
}
