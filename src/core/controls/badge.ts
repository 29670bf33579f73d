/**
 * `Badge`: a small label (a count, "New") or dot on the corner of another control, such as an
 * icon. The label is real text, read after the control it marks.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type BadgeOptions = OptionsOf<Badge, "text" | "textColor" | "labelVisible" | "smallSize" | "largeSize">;

/** `new Badge(new Icon("mail"), { text: "3" })`; without `text`, a dot. */
export class Badge extends Control {
  /** The control the badge sits on. */
  declare content: Control | undefined;
  /** The label: a short count or word. Default "": a small dot. */
  declare text: string;
  /** The label's colour. Default: the theme's on-error. */
  declare textColor: string | undefined;
  /** Show the badge. Default true. */
  declare labelVisible: boolean;
  /** The dot's diameter when there is no text, in CSS pixels. Default 6. */
  declare smallSize: number | undefined;
  /** The label's height when there is text, in CSS pixels. Default 16. */
  declare largeSize: number | undefined;

  /** `new Badge(content, options)`. Also Flet's keyword form, with the main value by name: `new Badge({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<BadgeOptions, "content", Control>, options?: BadgeOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
defineControl(Badge, {
  type: "badge",
  props: { text: "", textColor: undefined, labelVisible: true, smallSize: undefined, largeSize: undefined },
  slots: { content: "single" },
});
