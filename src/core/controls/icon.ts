/**
 * `Icon`: a Material Symbols glyph by name (`"add"`, or `Icons.ADD`), drawn with the self-hosted
 * font. Decorative (hidden from assistive tech) unless it has a `semanticsLabel`.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type IconOptions = OptionsOf<Icon, "color" | "size" | "fill" | "semanticsLabel">;

export class Icon extends Control {
  /** The icon's name, e.g. `"favorite"`; Flet's `_outlined`, `_rounded` and `_sharp` suffixes are accepted. Default "". */
  declare name: string;
  /** The icon's colour (CSS colour or theme colour name). Default: the text colour around it. */
  declare color: string | undefined;
  /** The icon's size in CSS pixels. Default 24. */
  declare size: number | undefined;
  /** Draw the filled variant. Default false (outlined). */
  declare fill: boolean;
  /** What the icon means, read by assistive tech; without it the icon is decorative. Default: none. */
  declare semanticsLabel: string | undefined;

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
defineControl(Icon, { type: "icon", props: { name: "", color: undefined, size: undefined, fill: false, semanticsLabel: undefined } });
