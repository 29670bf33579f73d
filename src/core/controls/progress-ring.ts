/**
 * `ProgressRing`: the M3 circular progress indicator (`md-circular-progress`,
 * `role="progressbar"`). `value` from 0 to 1 shows how far along; no value spins.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type ProgressRingOptions = OptionsOf<ProgressRing, "value" | "color" | "strokeWidth" | "semanticsLabel">;

/** `new ProgressRing()` spins; `new ProgressRing({ value: 0.75, width: 24, height: 24 })` */
export class ProgressRing extends Control {
  /** How far along, from 0 to 1; undefined (or null) spins. Default undefined. */
  declare value: number | undefined;
  /** The ring's colour. Default: the theme's primary. */
  declare color: string | undefined;
  /** The ring's thickness in CSS pixels. Default 4. */
  declare strokeWidth: number | undefined;
  /** The accessible name read with the value, e.g. "Loading". Default none. */
  declare semanticsLabel: string | undefined;

  constructor(options?: ProgressRingOptions) {
    super();
    this.applyOptions(options);
  }
}
defineControl(ProgressRing, {
  type: "progressring",
  props: { value: undefined, color: undefined, strokeWidth: undefined, semanticsLabel: undefined },
});
