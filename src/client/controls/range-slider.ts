/**
 * `rangeslider`: an `@material/web` `md-slider` with two handles (two inner range inputs, named
 * "<tooltip> start" and "<tooltip> end"). Moving either syncs `[start, end]` (`change`), with
 * `changeStart` and `changeEnd` around a move.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";
import { applyRange, clampTo, labelFor, range, sliderElement, sliderSetters } from "./parts/slider-parts.js";

interface RangeView {
  readonly element: ReturnType<typeof sliderElement>;
  readonly ownsDisabled: true;
  values: [number, number];
  moving: boolean;
}

/** Puts both values (clamped to the range) and their labels on the widget. */
function read(view: RangeView, props: RenderContext["props"]): void {
  const { min, max } = range(props);
  const values: [number, number] = [clampTo(props, props.startValue, min), clampTo(props, props.endValue, max)];
  view.values = values;
  view.element.valueStart = values[0];
  view.element.valueEnd = values[1];
  view.element.valueLabelStart = labelFor(props, values[0]);
  view.element.valueLabelEnd = labelFor(props, values[1]);
}

/** The range, then the values within it. */
const setRange: PropSetter<RangeView> = (view, _value, { props }) => {
  applyRange(view.element, props);
  read(view, props);
};

const setValues: PropSetter<RangeView> = (view, _value, { props }) => read(view, props);

export const rangeSlider = defineRenderer("rangeslider", {
  create(ctx): RangeView {
    const element = sliderElement("weft-slider weft-rangeslider");
    element.range = true;
    const view: RangeView = { element, ownsDisabled: true, values: [0, 1], moving: false };
    const current = (): JsonValue => [view.values[0], view.values[1]];
    // The range and values at their defaults (0..1, min to max) are never sent: set them at
    // creation, or md-slider's own range (0..100) would show and be sent back.
    applyRange(element, ctx.props);
    read(view, ctx.props);
    element.addEventListener("input", () => {
      if (!view.moving) {
        view.moving = true;
        ctx.fire(EventName.changeStart, current());
      }
      view.values = [element.valueStart ?? view.values[0], element.valueEnd ?? view.values[1]];
      element.valueLabelStart = labelFor(ctx.props, view.values[0]);
      element.valueLabelEnd = labelFor(ctx.props, view.values[1]);
      ctx.changed(current);
    });
    element.addEventListener("change", () => {
      view.moving = false;
      ctx.commit();
      ctx.fire(EventName.changeEnd, current());
    });
    return view;
  },
  props: {
    ...sliderSetters(setRange, setValues),
    startValue: setValues,
    endValue: setValues,
  },
});
