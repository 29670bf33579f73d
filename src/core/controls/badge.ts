/**
 * `Badge`: a small label (a count, "New") or dot on the corner of another control, such as an
 * icon. The label is real text, read after the control it marks.
 */
import type { Control } from "../control.js";
import { control, child, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type BadgeOptions = OptionsFor<typeof Badge, "content">;

/** `new Badge(new Icon("mail"), { text: "3" })`; without `text`, a dot. */
export class Badge extends control("badge", {
  /** The control the badge sits on. */
  content: child(),
  /** The label: a short count or word. Default "": a small dot. */
  text: prop(""),
  /** The label's colour. Default: the theme's on-error. */
  textColor: prop<string>(),
  /** Show the badge. Default true. */
  labelVisible: prop(true),
  /** The dot's diameter when there is no text, in CSS pixels. Default 6. */
  smallSize: prop<number>(),
  /** The label's height when there is text, in CSS pixels. Default 16. */
  largeSize: prop<number>(),
}) {
  /** `new Badge(content, options)`. Also Flet's keyword form, with the main value by name: `new Badge({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<BadgeOptions, "content", Control>, options?: BadgeOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
