/** What `Row` and `Column` share: a list of children laid out along one axis. */
import type { Control } from "../control.js";
import { children, control, prop } from "../declare-control.js";
import type { CrossAxisAlignment, MainAxisAlignment } from "../page.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/**
 * How a container scrolls when its children overflow it: "auto" shows a scroll bar only then,
 * "always" always, "hidden" scrolls only by code and wheel; Flet's "adaptive" is "auto" here.
 */
export type ScrollMode = "auto" | "adaptive" | "always" | "hidden";

export abstract class Flex extends control("flex", {
  /** The children, in order. Mutate freely (`push`, `splice`, assignment), then update. */
  controls: children(),
  /** Space between children in CSS pixels. Default 10. */
  spacing: prop(10),
  /** Placement along the main axis. Default "start". */
  alignment: prop<MainAxisAlignment>("start"),
  /** Scroll when the children overflow. Default: no scrolling. */
  scroll: prop<ScrollMode>(),
  /**
   * Take only the main-axis size the children need (Flet's `tight`, Flutter's
   * `MainAxisSize.min`): a tight Row in a Column is as wide as its children, not the Column.
   * Default false.
   */
  tight: prop(false),
}) {
  constructor(controls?: Control[] | WithMain<object, "controls", Control[]>, options?: object) {
    super();
    const [main, rest] = keywordForm(controls, options, this, "controls");
    if (main) this.controls = main;
    this.applyOptions(rest);
  }
}

export type { CrossAxisAlignment, MainAxisAlignment };
