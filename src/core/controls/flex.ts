/** What `Row` and `Column` share: a list of children laid out along one axis. */
import { Control } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { CrossAxisAlignment, MainAxisAlignment } from "../page.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/**
 * How a container scrolls when its children overflow it: "auto" shows a scroll bar only then,
 * "always" always, "hidden" scrolls only by code and wheel; Flet's "adaptive" is "auto" here.
 */
export type ScrollMode = "auto" | "adaptive" | "always" | "hidden";

export abstract class Flex extends Control {
  /** The children, in order. Mutate freely (`push`, `splice`, assignment), then update. */
  declare controls: Control[];
  /** Space between children in CSS pixels. Default 10. */
  declare spacing: number;
  /** Placement along the main axis. Default "start". */
  declare alignment: MainAxisAlignment;
  /** Scroll when the children overflow. Default: no scrolling. */
  declare scroll: ScrollMode | undefined;

  constructor(controls?: Control[] | WithMain<object, "controls", Control[]>, options?: object) {
    super();
    const [main, rest] = keywordForm(controls, options, this, "controls");
    if (main) this.controls = main;
    this.applyOptions(rest);
  }
}
defineControl(Flex, {
  type: "flex",
  props: { spacing: 10, alignment: "start", scroll: undefined },
  slots: { controls: "list" },
});

export type { CrossAxisAlignment, MainAxisAlignment };
