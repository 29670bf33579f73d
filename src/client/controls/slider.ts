/**
 * `slider`: an `@material/web` `md-slider` (its inner `<input type="range">` has the slider role,
 * named by the tooltip, moved by the arrow keys). Moving it syncs `value` (`change`), with
 * `changeStart` before and `changeEnd` when the person lets go.
 */
import { EventName } from "../../protocol/index.js";
import { focusWhenRendered } from "../material.js";
import type { Renderer } from "../registry.js";
import { applyName, applyRange, clampTo, labelFor, range, sliderElement } from "./slider-parts.js";

export const slider: Renderer = (ctx) => {
  const element = sliderElement("weft-slider");
  let value = 0;
  let moving = false;
  const show = () => {
    element.value = value;
    element.valueLabel = labelFor(ctx.props, value);
  };
  // The range and value at their defaults (0..1, at min) are never sent: set them at creation,
  // or md-slider's own (0..100, at 50) would show and be sent back.
  applyRange(element, ctx.props);
  value = clampTo(ctx.props, ctx.props.value, range(ctx.props).min);
  show();
  element.addEventListener("input", () => {
    if (!moving) {
      moving = true;
      ctx.fire(EventName.changeStart, value);
    }
    value = element.value ?? value;
    element.valueLabel = labelFor(ctx.props, value);
    ctx.changed(() => value);
  });
  element.addEventListener("change", () => {
    moving = false;
    ctx.commit();
    ctx.fire(EventName.changeEnd, value);
  });
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      if ("min" in changed || "max" in changed || "divisions" in changed || "label" in changed) {
        applyRange(element, ctx.props);
        value = clampTo(ctx.props, ctx.props.value, range(ctx.props).min);
        show();
      }
      if ("value" in changed || "round" in changed) {
        value = clampTo(ctx.props, ctx.props.value, range(ctx.props).min);
        show();
      }
      if ("tooltip" in changed) applyName(element, ctx.props);
      if ("disabled" in changed) element.disabled = changed.disabled === true;
      if (changed.autofocus === true) focusWhenRendered(element);
    },
  };
};
