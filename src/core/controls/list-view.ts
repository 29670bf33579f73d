/**
 * `ListView`: a scrolling list of children, built for long lists: 10,000 rows open fast and
 * scroll smoothly, and appending a row sends just that row. Give it a `height` (or `expand`) so
 * it scrolls inside the page.
 */
import type { Control } from "../control.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { ScrollableList } from "./scrollable-list.js";
import type { WithMain } from "../keyword-form.js";

export type ListViewOptions = OptionsFor<typeof ListView, "controls">;

/** `new ListView(items, { height: 300, spacing: 4 })` */
export class ListView extends control(
  "listview",
  {
    /** Space between children in CSS pixels. Default 0. */
    spacing: prop(0),
    /** Start from the end: the first child at the bottom, the list scrolled to it (chats). Default false. */
    reverse: prop(false),
    /**
     * Every child's height (width when horizontal), when all are the same: rows off screen then
     * take exactly that space before they are first drawn. Default: estimated, then measured.
     */
    itemExtent: prop<number>(),
    /** A line of this thickness between children, in the theme's outline-variant colour. Default: none. */
    dividerThickness: prop<number>(),
  },
  ScrollableList,
) {
  /** `new ListView(controls, options)`. Also Flet's keyword form, with the main value by name: `new ListView({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ListViewOptions, "controls", Control[]>, options?: ListViewOptions) {
    super(controls, options);
  }
}
