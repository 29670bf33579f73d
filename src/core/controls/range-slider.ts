/**
 * `RangeSlider`: picks a range between `min` and `max` with two thumbs. `startValue` and
 * `endValue` follow the person before any handler runs; the event's data is `[start, end]`.
 */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import type { ControlEvent } from "../events.js";
import type { Page } from "../page.js";
import { inRange, isMove, onStep } from "./slider.js";

export type RangeSliderOptions = OptionsFor<typeof RangeSlider, "startValue" | "endValue">;

export class RangeSlider extends control(
  "rangeslider",
  {
    /** The start of the range. Default: `min`. */
    startValue: prop<number>(),
    /** The end of the range. Default: `max`. */
    endValue: prop<number>(),
    /** The smallest value. Default 0. */
    min: prop(0),
    /** The largest value. Default 1. */
    max: prop(1),
    /** The number of steps between `min` and `max`; undefined is near-continuous: hundredths of the range (the arrow keys move by one). Default: hundredths. */
    divisions: prop<number>(),
    /** The value label above each thumb while it moves, `{value}` standing for its value. Default: none. */
    label: prop<string>(),
    /** Decimals of `{value}` in the label. Default 0. */
    round: prop(0),
    /** Runs as either thumb moves; `e.data` is `[start, end]`. */
    onChange: on<[number, number]>(),
    /** Runs when the person starts moving a thumb; `e.data` is `[start, end]` before. */
    onChangeStart: on<[number, number]>(),
    /** Runs when the person lets go; `e.data` is the final `[start, end]`. */
    onChangeEnd: on<[number, number]>(),
  },
  undefined,
  { clientProps: ["startValue", "endValue"] },
) {
  /** `new RangeSlider(20, 80, { min: 0, max: 100, divisions: 10, onChange })`; name it with `tooltip`. */
  constructor(startValue?: number, endValue?: number, options?: RangeSliderOptions) {
    super();
    if (startValue !== undefined) this.startValue = startValue;
    if (endValue !== undefined) this.endValue = endValue;
    this.applyOptions(options);
  }

  /**
   * Keeps both values in step with the browser; refuses anything but an ordered pair within the
   * range, and puts a value between steps on the nearest (sending both back), as the browser would.
   */
  override acceptEvent(name: string, data: unknown): boolean {
    if (!isMove(name)) return true;
    if (!Array.isArray(data) || data.length !== 2) return false;
    const [start, end] = data as unknown[];
    if (!inRange(start, this.min, this.max) || !inRange(end, this.min, this.max) || start > end) return false;
    const from = onStep(start, this.min, this.max, this.divisions);
    const to = onStep(end, this.min, this.max, this.divisions);
    if (from === start && to === end) {
      this.syncProp("startValue", from);
      this.syncProp("endValue", to);
    } else {
      this.correctProp("startValue", from);
      this.correctProp("endValue", to);
    }
    return true;
  }

  /** A move's `e.data` is `[start, end]` as the server holds them (on steps). */
  override createEvent(name: string, data: unknown, page: Page): ControlEvent {
    return super.createEvent(name, isMove(name) ? [this.startValue, this.endValue] : data, page);
  }
}
