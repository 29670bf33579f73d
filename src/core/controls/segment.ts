/** `Segment`: one button of a `SegmentedButton`: its value, a label and/or an icon. */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type SegmentOptions = OptionsOf<Segment, "label" | "icon">;

export class Segment extends Control {
  /** The value that stands for this segment in the button's `selected`. Default "". */
  declare value: string;
  /** The segment's text, also its accessible name. Default: none. */
  declare label: string | undefined;
  /** A Material Symbols icon name shown before the label. Default: none. */
  declare icon: string | undefined;

  /**
   * `new Segment("day", { label: "Day", icon: Icons.CALENDAR_VIEW_DAY })`; an icon-only segment needs a tooltip.
   * Also Flet's keyword form, with the main value by name: `new Segment({ value: …, ...options })`.
   */
  constructor(value?: string | WithMain<SegmentOptions, "value", string>, options?: SegmentOptions) {
    super();
    const [main, rest] = keywordForm(value, options, this, "value");
    if (main !== undefined) this.value = main;
    this.applyOptions(rest);
  }
}
defineControl(Segment, { type: "segment", props: { value: "", label: undefined, icon: undefined } });
