/**
 * `Stack`: children layered on top of each other, the first at the bottom. A child with any of
 * `left`, `top`, `right`, `bottom` is positioned against the stack's edges; the others sit at the
 * stack's `alignment` and give the stack its size.
 */
import type { Control } from "../control.js";
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import type { Alignment } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** Whether children that stick out of the stack are cut off. */
export type ClipBehavior = "none" | "hardEdge" | "antiAlias" | "antiAliasWithSaveLayer";
/** How unpositioned children are sized: `"loose"` their own size, `"expand"` the whole stack. */
export type StackFit = "loose" | "expand";

export type StackOptions = OptionsFor<typeof Stack, "controls">;

/** `new Stack([image, new Text("Caption", { left: 8, bottom: 8 })], { width: 300, height: 200 })` */
export class Stack extends control("stack", {
  /** The children, bottom first. Mutate freely, then update. */
  controls: children(),
  /** Where unpositioned children sit. Default "topLeft". */
  alignment: prop<Alignment>(),
  /** Cut off children that stick out. Default "hardEdge" (cut). */
  clipBehavior: prop<ClipBehavior>("hardEdge"),
  /** How unpositioned children are sized. Default "loose". */
  fit: prop<StackFit>("loose"),
}) {
  /** `new Stack(controls, options)`. Also Flet's keyword form, with the main value by name: `new Stack({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<StackOptions, "controls", Control[]>, options?: StackOptions) {
    super();
    const [main, rest] = keywordForm(controls, options, this, "controls");
    if (main) this.controls = main;
    this.applyOptions(rest);
  }
}
