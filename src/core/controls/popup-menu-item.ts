/**
 * `PopupMenuItem`: one entry of a `PopupMenuButton`'s menu. An item with neither text nor icon is
 * a divider line between groups.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type PopupMenuItemOptions = OptionsOf<PopupMenuItem, "icon" | "checked" | "onClick">;

/** `new PopupMenuItem("Rename", { icon: "edit", onClick })`; `new PopupMenuItem()` is a divider. */
export class PopupMenuItem extends Control {
  /** The item's text, also its accessible name. Default "" (with no icon either: a divider). */
  declare text: string;
  /** A Material Symbols icon shown before the text. Default none. */
  declare icon: string | undefined;
  /** Shows a check mark and makes the item a checkable one (`menuitemcheckbox`). Default: not checkable. */
  declare checked: boolean | undefined;
  /** Runs when the person picks the item, by pointer or keyboard; the menu then closes. */
  declare onClick: Handler<ControlEvent<PopupMenuItem>> | undefined;

  /** `new PopupMenuItem(text, options)`. Also Flet's keyword form, with the main value by name: `new PopupMenuItem({ text: …, ...options })`. */
  constructor(text?: string | WithMain<PopupMenuItemOptions, "text", string>, options?: PopupMenuItemOptions) {
    super();
    const [main, rest] = keywordForm(text, options, this, "text");
    if (main !== undefined) this.text = main;
    this.applyOptions(rest);
  }
}
defineControl(PopupMenuItem, {
  type: "popupmenuitem",
  props: { text: "", icon: undefined, checked: undefined },
  events: [EventName.click],
});
