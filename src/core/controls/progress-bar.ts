/**
 * `ProgressBar`: the M3 linear progress indicator (`md-linear-progress`, `role="progressbar"`).
 * `value` from 0 to 1 shows how far along; no value runs the indeterminate animation.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";

export type ProgressBarOptions = OptionsFor<typeof ProgressBar>;

/** `new ProgressBar({ value: 0.4, semanticsLabel: "Upload" })`; `new ProgressBar()` is indeterminate. */
export class ProgressBar extends control("progressbar", {
  /** How far along, from 0 to 1; undefined (or null) for "busy, no idea how long". Default undefined. */
  value: prop<number>(),
  /** The indicator's colour. Default: the theme's primary. */
  color: prop<string>(),
  /** The track's height in CSS pixels. Default 4. */
  barHeight: prop<number>(),
  /** The accessible name read with the value, e.g. "Upload". Default none. */
  semanticsLabel: prop<string>(),
}) {
  constructor(options?: ProgressBarOptions) {
    super();
    this.applyOptions(options);
  }
}
