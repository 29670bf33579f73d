/**
 * `rangeslider`: an `@material/web` `md-slider` with two handles (two inner range inputs, named
 * "<tooltip> start" and "<tooltip> end"). Moving either syncs `[start, end]` (`change`), with
 * `changeStart` and `changeEnd` around a move.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";
import { applyName, applyRange, clampTo, labelFor, range, sliderElement } from "./slider-parts.js";

export const rangeSlider: Renderer = (ctx) => {
  const element = sliderElement("weft-slider weft-rangeslider");
  element.range = true;
  let values: [number, number] = [0, 1];
  let moving = false;
  const show = () => {
    element.valueStart = values[0];
    element.valueEnd = values[1];
    element.valueLabelStart = labelFor(ctx.props, values[0]);
    element.valueLabelEnd = labelFor(ctx.props, values[1]);
  };
  const read = () => {
    const { min, max } = range(ctx.props);
    values = [clampTo(ctx.props, ctx.props.startValue, min), clampTo(ctx.props, ctx.props.endValue, max)];
    show();
  };
  const current = (): JsonValue => [values[0], values[1]];
  // The range and values at their defaults (0..1, min to max) are never sent: set them at
  // creation, or md-slider's own range (0..100) would show and be sent back.
  applyRange(element, ctx.props);
  read();
  element.addEventListener("input", () => {
    if (!moving) {
      moving = true;
      ctx.fire(EventName.changeStart, current());
    }
    values = [element.valueStart ?? values[0], element.valueEnd ?? values[1]];
    element.valueLabelStart = labelFor(ctx.props, values[0]);
    element.valueLabelEnd = labelFor(ctx.props, values[1]);
    ctx.changed(current);
  });
  element.addEventListener("change", () => {
    moving = false;
    ctx.commit();
    ctx.fire(EventName.changeEnd, current());
  });
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      if ("min" in changed || "max" in changed || "divisions" in changed || "label" in changed) applyRange(element, ctx.props);
      if ("min" in changed || "max" in changed || "startValue" in changed || "endValue" in changed || "round" in changed || "label" in changed) read();
      if ("tooltip" in changed) applyName(element, ctx.props);
      if ("disabled" in changed) element.disabled = changed.disabled === true;
    },
  };
};
