/**
 * `Icon`: a Material Symbols glyph by name (`"add"`, or `Icons.ADD`), drawn with the self-hosted
 * font. Decorative (hidden from assistive tech) unless it has a `semanticsLabel`.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type IconOptions = OptionsFor<typeof Icon, "name">;

export class Icon extends control("icon", {
  /** The icon's name, e.g. `"favorite"`; Flet's `_outlined`, `_rounded` and `_sharp` suffixes are accepted. Default "". */
  name: prop(""),
  /** The icon's colour (CSS colour or theme colour name). Default: the text colour around it. */
  color: prop<string>(),
  /** The icon's size in CSS pixels. Default 24. */
  size: prop<number>(),
  /** Draw the filled variant. Default false (outlined). */
  fill: prop(false),
  /** What the icon means, read by assistive tech; without it the icon is decorative. Default: none. */
  semanticsLabel: prop<string>(),
}) {
  /**
   * `new Icon(Icons.FAVORITE, { color: "pink", size: 32 })`
   * Also Flet's keyword form, with the main value by name: `new Icon({ name: …, ...options })`.
   */
  constructor(name?: string | WithMain<IconOptions, "name", string>, options?: IconOptions) {
    super();
    const [main, rest] = keywordForm(name, options, this, "name");
    if (main !== undefined) this.name = main;
    this.applyOptions(rest);
  }
}
