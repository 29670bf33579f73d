/**
 * `PopupMenuItem`: one entry of a `PopupMenuButton`'s menu. An item with neither text nor icon is
 * a divider line between groups.
 */
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type PopupMenuItemOptions = OptionsFor<typeof PopupMenuItem, "text">;

/** `new PopupMenuItem("Rename", { icon: "edit", onClick })`; `new PopupMenuItem()` is a divider. */
export class PopupMenuItem extends control("popupmenuitem", {
  /** The item's text, also its accessible name. Default "" (with no icon either: a divider). */
  text: prop(""),
  /** A Material Symbols icon shown before the text. Default none. */
  icon: prop<string>(),
  /** Shows a check mark and makes the item a checkable one (`menuitemcheckbox`). Default: not checkable. */
  checked: prop<boolean>(),
  /** Runs when the person picks the item, by pointer or keyboard; the menu then closes. */
  onClick: on(),
}) {
  /** `new PopupMenuItem(text, options)`. Also Flet's keyword form, with the main value by name: `new PopupMenuItem({ text: …, ...options })`. */
  constructor(text?: string | WithMain<PopupMenuItemOptions, "text", string>, options?: PopupMenuItemOptions) {
    super();
    const [main, rest] = keywordForm(text, options, this, "text");
    if (main !== undefined) this.text = main;
    this.applyOptions(rest);
  }
}
