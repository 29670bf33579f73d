/**
 * `ProgressBar`: the M3 linear progress indicator (`md-linear-progress`, `role="progressbar"`).
 * `value` from 0 to 1 shows how far along; no value runs the indeterminate animation.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type ProgressBarOptions = OptionsOf<ProgressBar, "value" | "color" | "bgcolor" | "barHeight" | "semanticsLabel">;

/** `new ProgressBar({ value: 0.4, semanticsLabel: "Upload" })`; `new ProgressBar()` is indeterminate. */
export class ProgressBar extends Control {
  /** How far along, from 0 to 1; undefined (or null) for "busy, no idea how long". Default undefined. */
  declare value: number | undefined;
  /** The indicator's colour. Default: the theme's primary. */
  declare color: string | undefined;
  /** The track's height in CSS pixels. Default 4. */
  declare barHeight: number | undefined;
  /** The accessible name read with the value, e.g. "Upload". Default none. */
  declare semanticsLabel: string | undefined;

  constructor(options?: ProgressBarOptions) {
    super();
    this.applyOptions(options);
  }
}
defineControl(ProgressBar, {
  type: "progressbar",
  props: { value: undefined, color: undefined, barHeight: undefined, semanticsLabel: undefined },
});
