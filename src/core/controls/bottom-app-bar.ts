/**
 * `BottomAppBar`: the M3 bottom app bar, set as `page.bottomAppBar`: one control (usually a `Row`
 * of icon buttons) in a bar along the bottom of the screen.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type BottomAppBarOptions = OptionsOf<BottomAppBar, "bgcolor">;

/** `new BottomAppBar(new Row([new IconButton("search", { tooltip: "Search" })]))` */
export class BottomAppBar extends Control {
  /** What the bar holds. */
  declare content: Control | undefined;
  /** The bar's background colour. Default: the theme's surface-container. */
  declare bgcolor: string | undefined;

  /** `new BottomAppBar(content, options)`. Also Flet's keyword form, with the main value by name: `new BottomAppBar({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<BottomAppBarOptions, "content", Control>, options?: BottomAppBarOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
defineControl(BottomAppBar, { type: "bottomappbar", props: { bgcolor: undefined }, slots: { content: "single" } });
