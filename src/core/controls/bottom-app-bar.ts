/**
 * `BottomAppBar`: the M3 bottom app bar, set as `page.bottomAppBar`: one control (usually a `Row`
 * of icon buttons) in a bar along the bottom of the screen. Its background (the common
 * `bgcolor`) is by default the theme's surface-container.
 */
import type { Control } from "../control.js";
import { child, control, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type BottomAppBarOptions = OptionsFor<typeof BottomAppBar, "content">;

/** `new BottomAppBar(new Row([new IconButton("search", { tooltip: "Search" })]))` */
export class BottomAppBar extends control("bottomappbar", {
  /** What the bar holds. */
  content: child(),
}) {
  /** `new BottomAppBar(content, options)`. Also Flet's keyword form, with the main value by name: `new BottomAppBar({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<BottomAppBarOptions, "content", Control>, options?: BottomAppBarOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
