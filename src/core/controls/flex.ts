/** What `Row` and `Column` share: a list of children laid out along one axis. */
import { Control } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { CrossAxisAlignment, MainAxisAlignment } from "../page.js";

/** How a container scrolls when its children overflow it. */
export type ScrollMode = "auto" | "always" | "hidden";

export abstract class Flex extends Control {
  /** The children, in order. Mutate freely (`push`, `splice`, assignment), then update. */
  declare controls: Control[];
  /** Space between children in CSS pixels. Default 10. */
  declare spacing: number;
  /** Placement along the main axis. Default "start". */
  declare alignment: MainAxisAlignment;
  /** Scroll when the children overflow. Default: no scrolling. */
  declare scroll: ScrollMode | undefined;

  constructor(controls?: Control[], options?: object) {
    super();
    if (controls) this.controls = controls;
    this.applyOptions(options);
  }
}
defineControl(Flex, {
  type: "flex",
  props: { spacing: 10, alignment: "start", scroll: undefined },
  slots: { controls: "list" },
});

export type { CrossAxisAlignment, MainAxisAlignment };
