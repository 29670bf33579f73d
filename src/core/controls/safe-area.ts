/**
 * `SafeArea`: keeps its child clear of the screen's notches, rounded corners and system bars
 * (the browser's `env(safe-area-inset-*)`), with at least `minimumPadding` on every side.
 *
 * Flet's per-side `left`/`top`/`right`/`bottom` switches are not here: those names are the
 * common Stack positions on every Weft control. Use `avoid` to pick the sides.
 */
import type { Control } from "../control.js";
import { child, control, prop, type OptionsFor } from "../declare-control.js";
import type { Spacing } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** A side of the screen. */
export type SafeAreaSide = "left" | "top" | "right" | "bottom";

export type SafeAreaOptions = OptionsFor<typeof SafeArea, "content">;

/** `page.add(new SafeArea(new Column([...])))` */
export class SafeArea extends control("safearea", {
  /** The child kept inside the safe area. */
  content: child(),
  /** Padding kept even where the screen has no inset. Default 0. */
  minimumPadding: prop<Spacing>(),
  /** The sides whose insets are avoided, e.g. `["top", "bottom"]`. Default: all four. */
  avoid: prop<SafeAreaSide[]>(),
}) {
  /** `new SafeArea(content, options)`. Also Flet's keyword form, with the main value by name: `new SafeArea({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<SafeAreaOptions, "content", Control>, options?: SafeAreaOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
