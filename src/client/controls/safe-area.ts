/**
 * `safearea`: padding of at least `minimumPadding` on each side, and at least the screen's
 * `env(safe-area-inset-*)` on the sides in `avoid` (all four by default).
 */
import type { JsonValue } from "../../protocol/index.js";
import { h } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";

const SIDES = ["top", "right", "bottom", "left"] as const;

function minimum(value: JsonValue | undefined, side: (typeof SIDES)[number]): number {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const v = value[side];
    return typeof v === "number" ? v : 0;
  }
  return 0;
}

/** Pads each side by the larger of `minimumPadding` and, on the avoided sides, the screen's inset. */
function paint(element: HTMLElement, props: RenderContext["props"]): void {
  const avoid = Array.isArray(props.avoid) ? props.avoid : SIDES;
  for (const side of SIDES) {
    const least = `${Math.max(0, minimum(props.minimumPadding, side))}px`;
    const css = avoid.includes(side) ? `max(env(safe-area-inset-${side}, 0px), ${least})` : least;
    element.style.setProperty(`padding-${side}`, css);
  }
}

export const safeArea = defineRenderer("safearea", {
  create(ctx) {
    const element = h("div", "weft-safearea");
    // The insets apply with every prop at its default too, when none is sent.
    paint(element, ctx.props);
    return { element, slot: (name: string) => (name === "content" ? element : undefined) };
  },
  props: {
    minimumPadding: ({ element }, _value, ctx) => paint(element, ctx.props),
    avoid: ({ element }, _value, ctx) => paint(element, ctx.props),
  },
});
