/**
 * `Slider`: picks a number between `min` and `max` by dragging or with the arrow keys, in
 * `divisions` steps or continuously. `value` follows the person before any handler runs.
 */
import { CONTINUOUS_SLIDER_STEPS, EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import type { ControlEvent } from "../events.js";
import type { Page } from "../page.js";

export type SliderOptions = OptionsFor<typeof Slider>;

/** A number the client may send for a slider: finite and within its range. */
export function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= Math.min(min, max) && value <= Math.max(min, max);
}

/** Whether an event is one of a slider's moves, whose data is its value. */
export function isMove(name: string): boolean {
  return name === EventName.change || name === EventName.changeStart || name === EventName.changeEnd;
}

/**
 * The step nearest to `value`, as the browser's slider steps: `divisions` steps from `min` to
 * `max`, or `CONTINUOUS_SLIDER_STEPS` without. A value already on a step comes back as it is
 * (within a millionth of a step, so the browser's own rounding is never "corrected").
 */
export function onStep(value: number, min: number, max: number, divisions: number | undefined): number {
  const span = max - min;
  if (!(span > 0)) return value;
  const steps = typeof divisions === "number" && divisions >= 1 ? Math.floor(divisions) : CONTINUOUS_SLIDER_STEPS;
  const snapped = min + (span * Math.round(((value - min) / span) * steps)) / steps;
  return Math.abs(snapped - value) <= (span / steps) * 1e-6 ? value : snapped;
}

export class Slider extends control("slider", {
  /** The current value, from `min` to `max`. Default: `min`. */
  value: prop<number>(),
  /** The smallest value. Default 0. */
  min: prop(0),
  /** The largest value. Default 1. */
  max: prop(1),
  /** The number of steps between `min` and `max`, with tick marks; undefined is near-continuous: hundredths of the range (the arrow keys move by one). Default: hundredths. */
  divisions: prop<number>(),
  /**
   * The value label shown above the thumb while it moves, with `{value}` standing for the value
   * (`"{value}%"`); also what assistive tech reads as the value. Default: none.
   */
  label: prop<string>(),
  /** Decimals of `{value}` in the label. Default 0. */
  round: prop(0),
  /** Focus the slider when it appears. Default false. */
  autofocus: prop(false),
  /** Runs as the value changes while the person drags or presses keys; `e.data` is the value. */
  onChange: on<number>(),
  /** Runs when the person starts moving the slider; `e.data` is the value before. */
  onChangeStart: on<number>(),
  /** Runs when the person lets go (or after each key press); `e.data` is the final value. */
  onChangeEnd: on<number>(),
}, undefined, { clientProps: ["value"] }) {
  /** `new Slider({ min: 0, max: 100, divisions: 10, label: "{value}%", onChange })`; name it with `tooltip`. */
  constructor(options?: SliderOptions) {
    super();
    this.applyOptions(options);
  }

  /**
   * Keeps `value` in step with the browser; refuses anything but a number within the range, and
   * puts one between steps on the nearest (sending it back), as the browser's slider would.
   */
  override acceptEvent(name: string, data: unknown): boolean {
    if (!isMove(name)) return true;
    if (!inRange(data, this.min, this.max)) return false;
    const value = onStep(data, this.min, this.max, this.divisions);
    if (value === data) this.syncProp("value", value);
    else this.correctProp("value", value);
    return true;
  }

  /** A move's `e.data` is the value as the server holds it (on a step). */
  override createEvent(name: string, data: unknown, page: Page): ControlEvent {
    return super.createEvent(name, isMove(name) ? this.value : data, page);
  }
}
