/**
 * `Stack`: children layered on top of each other, the first at the bottom. A child with any of
 * `left`, `top`, `right`, `bottom` is positioned against the stack's edges; the others sit at the
 * stack's `alignment` and give the stack its size.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { Alignment } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** Whether children that stick out of the stack are cut off. */
export type ClipBehavior = "none" | "hardEdge" | "antiAlias" | "antiAliasWithSaveLayer";
/** How unpositioned children are sized: `"loose"` their own size, `"expand"` the whole stack. */
export type StackFit = "loose" | "expand";

export type StackOptions = OptionsOf<Stack, "alignment" | "clipBehavior" | "fit">;

/** `new Stack([image, new Text("Caption", { left: 8, bottom: 8 })], { width: 300, height: 200 })` */
export class Stack extends Control {
  /** The children, bottom first. Mutate freely, then update. */
  declare controls: Control[];
  /** Where unpositioned children sit. Default "topLeft". */
  declare alignment: Alignment | undefined;
  /** Cut off children that stick out. Default "hardEdge" (cut). */
  declare clipBehavior: ClipBehavior;
  /** How unpositioned children are sized. Default "loose". */
  declare fit: StackFit;

  /** `new Stack(controls, options)`. Also Flet's keyword form, with the main value by name: `new Stack({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<StackOptions, "controls", Control[]>, options?: StackOptions) {
    super();
    const [main, rest] = keywordForm(controls, options, this, "controls");
    if (main) this.controls = main;
    this.applyOptions(rest);
  }
}
defineControl(Stack, {
  type: "stack",
  props: { alignment: undefined, clipBehavior: "hardEdge", fit: "loose" },
  slots: { controls: "list" },
});
