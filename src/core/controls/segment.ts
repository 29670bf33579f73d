/** `Segment`: one button of a `SegmentedButton`: its value, a label and/or an icon. */
import { control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type SegmentOptions = OptionsFor<typeof Segment, "value">;

export class Segment extends control("segment", {
  /** The value that stands for this segment in the button's `selected`. Default "". */
  value: prop(""),
  /** The segment's text, also its accessible name. Default: none. */
  label: prop<string>(),
  /** A Material Symbols icon name shown before the label. Default: none. */
  icon: prop<string>(),
}) {
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
