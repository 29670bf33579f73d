/**
 * What `slider` and `rangeslider` share: an `@material/web` `md-slider`,
 * its range and steps from `min`, `max` and `divisions`, and the value label with `{value}`.
 */
import "@material/web/slider/slider.js";
import type { MdSlider } from "@material/web/slider/slider.js";
import { CONTINUOUS_SLIDER_STEPS, type JsonValue, type WireProps } from "../../../protocol/index.js";
import type { PropSetter } from "../../declare-renderer.js";
import { attr, h, str } from "../../dom.js";
import type { RenderContext } from "../../registry.js";

export function sliderElement(className: string): MdSlider {
  return h("md-slider", className);
}

const num = (value: JsonValue | undefined, fallback: number) => (typeof value === "number" && Number.isFinite(value) ? value : fallback);

/** `min`, `max` (defaults 0 and 1) and the step that `divisions` makes. */
export function range(props: Readonly<WireProps>): { min: number; max: number; step: number } {
  const min = num(props.min, 0);
  const max = num(props.max, 1);
  const divisions = typeof props.divisions === "number" && props.divisions >= 1 ? Math.floor(props.divisions) : 0;
  return { min, max, step: (max - min) / (divisions || CONTINUOUS_SLIDER_STEPS) || 1 };
}

/** Applies the range, ticks and label switch; call when `min`, `max`, `divisions` or `label` change. */
export function applyRange(slider: MdSlider, props: Readonly<WireProps>): void {
  const { min, max, step } = range(props);
  slider.min = min;
  slider.max = max;
  slider.step = step;
  slider.ticks = typeof props.divisions === "number" && props.divisions >= 1;
  slider.labeled = str(props.label) !== "";
}

/** `"{value}%"` with the value rounded to `round` decimals. */
export function labelFor(props: Readonly<WireProps>, value: number): string {
  const decimals = Math.max(0, Math.min(20, Math.floor(num(props.round, 0))));
  return str(props.label).replaceAll("{value}", value.toFixed(decimals));
}

/** A slider is named by its tooltip (a Flet slider's `label` is its value label, not a name). */
export function applyName(slider: MdSlider, props: Readonly<WireProps>): void {
  attr(slider, "aria-label", str(props.tooltip) || null);
}

/** The value a server sent, or the fallback; clamped to the range. */
export function clampTo(props: Readonly<WireProps>, value: JsonValue | undefined, fallback: number): number {
  const { min, max } = range(props);
  return Math.min(Math.max(num(value, fallback), Math.min(min, max)), Math.max(min, max));
}

/**
 * The setters both sliders share: the range props (`setRange` puts the range, then the values
 * in it), the label's decimals (`setValues`), the accessible name and `disabled`.
 */
export function sliderSetters<V extends { readonly element: MdSlider }>(setRange: PropSetter<V>, setValues: PropSetter<V>) {
  return {
    min: setRange,
    max: setRange,
    divisions: setRange,
    label: setRange,
    round: setValues,
    tooltip: ({ element }: V, _value: JsonValue | null, { props }: RenderContext) => applyName(element, props),
    disabled: ({ element }: V, value: JsonValue | null) => void (element.disabled = value === true),
  };
}
