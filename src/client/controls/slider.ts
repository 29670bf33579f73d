/**
 * `slider`: an `@material/web` `md-slider` (its inner `<input type="range">` has the slider role,
 * named by the tooltip, moved by the arrow keys). Moving it syncs `value` (`change`), with
 * `changeStart` before and `changeEnd` when the person lets go.
 */
import { EventName } from "../../protocol/index.js";
import { focusWhenRendered } from "../material.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";
import { applyRange, clampTo, labelFor, range, sliderElement, sliderSetters } from "./parts/slider-parts.js";

interface SliderView {
  readonly element: ReturnType<typeof sliderElement>;
  readonly ownsDisabled: true;
  value: number;
  moving: boolean;
}

/** Puts the value (clamped to the range) and its label on the widget. */
function show(view: SliderView, props: RenderContext["props"]): void {
  view.value = clampTo(props, props.value, range(props).min);
  view.element.value = view.value;
  view.element.valueLabel = labelFor(props, view.value);
}

/** The range, then the value within it: `min`, `max`, `divisions` and `label` decide it together. */
const setRange: PropSetter<SliderView> = (view, _value, { props }) => {
  applyRange(view.element, props);
  show(view, props);
};

const setValue: PropSetter<SliderView> = (view, _value, { props }) => show(view, props);

export const slider = defineRenderer("slider", {
  create(ctx): SliderView {
    const view: SliderView = { element: sliderElement("weft-slider"), ownsDisabled: true, value: 0, moving: false };
    const element = view.element;
    // The range and value at their defaults (0..1, at min) are never sent: set them at creation,
    // or md-slider's own (0..100, at 50) would show and be sent back.
    applyRange(element, ctx.props);
    show(view, ctx.props);
    element.addEventListener("input", () => {
      if (!view.moving) {
        view.moving = true;
        ctx.fire(EventName.changeStart, view.value);
      }
      view.value = element.value ?? view.value;
      element.valueLabel = labelFor(ctx.props, view.value);
      ctx.changed(() => view.value);
    });
    element.addEventListener("change", () => {
      view.moving = false;
      ctx.commit();
      ctx.fire(EventName.changeEnd, view.value);
    });
    return view;
  },
  props: {
    ...sliderSetters(setRange, setValue),
    value: setValue,
    autofocus: ({ element }, value) => value === true && focusWhenRendered(element),
  },
});
