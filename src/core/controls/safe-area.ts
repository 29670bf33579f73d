/**
 * `SafeArea`: keeps its child clear of the screen's notches, rounded corners and system bars
 * (the browser's `env(safe-area-inset-*)`), with at least `minimumPadding` on every side.
 *
 * Flet's per-side `left`/`top`/`right`/`bottom` switches are not here: those names are the
 * common Stack positions on every Weft control. Use `avoid` to pick the sides.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { Spacing } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** A side of the screen. */
export type SafeAreaSide = "left" | "top" | "right" | "bottom";

export type SafeAreaOptions = OptionsOf<SafeArea, "minimumPadding" | "avoid">;

/** `page.add(new SafeArea(new Column([...])))` */
export class SafeArea extends Control {
  /** The child kept inside the safe area. */
  declare content: Control | undefined;
  /** Padding kept even where the screen has no inset. Default 0. */
  declare minimumPadding: Spacing | undefined;
  /** The sides whose insets are avoided, e.g. `["top", "bottom"]`. Default: all four. */
  declare avoid: SafeAreaSide[] | undefined;

  /** `new SafeArea(content, options)`. Also Flet's keyword form, with the main value by name: `new SafeArea({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<SafeAreaOptions, "content", Control>, options?: SafeAreaOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
defineControl(SafeArea, {
  type: "safearea",
  props: { minimumPadding: undefined, avoid: undefined },
  slots: { content: "single" },
});
