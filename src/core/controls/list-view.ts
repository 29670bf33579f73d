/**
 * `ListView`: a scrolling list of children, built for long lists: 10,000 rows open fast and
 * scroll smoothly, and appending a row sends just that row. Give it a `height` (or `expand`) so
 * it scrolls inside the page.
 */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { ScrollableList } from "./scrollable-list.js";
import type { WithMain } from "../keyword-form.js";

export type ListViewOptions = OptionsOf<
  ListView,
  "horizontal" | "spacing" | "reverse" | "autoScroll" | "itemExtent" | "dividerThickness"
>;

/** `new ListView(items, { height: 300, spacing: 4 })` */
export class ListView extends ScrollableList {
  /** Space between children in CSS pixels. Default 0. */
  declare spacing: number;
  /** Start from the end: the first child at the bottom, the list scrolled to it (chats). Default false. */
  declare reverse: boolean;
  /**
   * Every child's height (width when horizontal), when all are the same: rows off screen then
   * take exactly that space before they are first drawn. Default: estimated, then measured.
   */
  declare itemExtent: number | undefined;
  /** A line of this thickness between children, in the theme's outline-variant colour. Default: none. */
  declare dividerThickness: number | undefined;

  /** `new ListView(controls, options)`. Also Flet's keyword form, with the main value by name: `new ListView({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ListViewOptions, "controls", Control[]>, options?: ListViewOptions) {
    super(controls, options);
  }
}
defineControl(ListView, {
  type: "listview",
  props: { spacing: 0, reverse: false, itemExtent: undefined, dividerThickness: undefined },
});
