/**
 * `ProgressRing`: the M3 circular progress indicator (`md-circular-progress`,
 * `role="progressbar"`). `value` from 0 to 1 shows how far along; no value spins.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";

export type ProgressRingOptions = OptionsFor<typeof ProgressRing>;

/** `new ProgressRing()` spins; `new ProgressRing({ value: 0.75, width: 24, height: 24 })` */
export class ProgressRing extends control("progressring", {
  /** How far along, from 0 to 1; undefined (or null) spins. Default undefined. */
  value: prop<number>(),
  /** The ring's colour. Default: the theme's primary. */
  color: prop<string>(),
  /** The ring's thickness in CSS pixels. Default 4. */
  strokeWidth: prop<number>(),
  /** The accessible name read with the value, e.g. "Loading". Default none. */
  semanticsLabel: prop<string>(),
}) {
  constructor(options?: ProgressRingOptions) {
    super();
    this.applyOptions(options);
  }
}
