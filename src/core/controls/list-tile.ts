/**
 * `ListTile`: one row of a list in Material 3 style: a leading control (icon, avatar), a title
 * with an optional subtitle, and a trailing control. With `onClick` the whole tile is a button
 * (focusable; Enter and Space activate it); a click on a button inside it belongs to that button.
 */
import type { Control } from "../control.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import type { Spacing } from "../layout-values.js";
import { toControl, type TextOrControl } from "./text-content.js";

export type ListTileOptions = OptionsFor<typeof ListTile> & {
  /** Shown before the text: an Icon, a CircleAvatar, a Checkbox. Default none. */
  leading?: Control;
  /** The main line; a string becomes a `Text`. Default none. */
  title?: TextOrControl;
  /** The line under the title, in a smaller, quieter style; a string becomes a `Text`. Default none. */
  subtitle?: TextOrControl;
  /** Shown after the text: an IconButton, a Switch, a short Text. Default none. */
  trailing?: Control;
};

/** `new ListTile({ leading: new Icon("person"), title: "Ada", subtitle: "Engineer", onClick })` */
export class ListTile extends control(
  "listtile",
  {
    /** Highlighted as the current choice (and `aria-current`). Default false. */
    selected: prop(false),
    /** A compact tile (less height). Default false. */
    dense: prop(false),
    /** Room for a subtitle of two lines. Default false. */
    isThreeLine: prop(false),
    /** Space inside the tile around its parts. Default 16 left and right (24 right with a trailing control). */
    contentPadding: prop<Spacing>(),
    /**
     * Makes the control a link: a route of this app (`"/items/3"`) navigates in place without a
     * reload (middle-click or ctrl+click opens it in a new tab, as its own session); an http, https
     * or mailto URL opens as an outside link. Anything else throws `route.bad-url`. Default none.
     */
    url: prop<string>(),
    /** Runs when the tile is clicked or activated by keyboard; the tile is then a button. */
    onClick: on(),
  },
  undefined,
  { innerSlots: { leading: "single", title: "single", subtitle: "single", trailing: "single" } },
) {
  constructor(options: ListTileOptions = {}) {
    super();
    const { leading, title, subtitle, trailing, ...rest } = options;
    this.leading = leading;
    this.title = title;
    this.subtitle = subtitle;
    this.trailing = trailing;
    this.applyOptions(rest);
  }

  /** Shown before the text: an Icon, a CircleAvatar, a Checkbox. Default none. */
  get leading(): Control | undefined {
    return this.getSlot("leading") as Control | undefined;
  }
  set leading(value: Control | undefined) {
    this.setSlot("leading", toControl(value, "ListTile.leading"));
  }

  /** The main line; a string becomes a `Text`. Default none. */
  get title(): Control | undefined {
    return this.getSlot("title") as Control | undefined;
  }
  set title(value: TextOrControl | undefined) {
    this.setSlot("title", toControl(value, "ListTile.title"));
  }

  /** The line under the title, in a smaller, quieter style; a string becomes a `Text`. Default none. */
  get subtitle(): Control | undefined {
    return this.getSlot("subtitle") as Control | undefined;
  }
  set subtitle(value: TextOrControl | undefined) {
    this.setSlot("subtitle", toControl(value, "ListTile.subtitle"));
  }

  /** Shown after the text: an IconButton, a Switch, a short Text. Default none. */
  get trailing(): Control | undefined {
    return this.getSlot("trailing") as Control | undefined;
  }
  set trailing(value: Control | undefined) {
    this.setSlot("trailing", toControl(value, "ListTile.trailing"));
  }
}
