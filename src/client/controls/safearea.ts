/**
 * `safearea`: padding of at least `minimumPadding` on each side, and at least the screen's
 * `env(safe-area-inset-*)` on the sides in `avoid` (all four by default).
 */
import type { JsonValue } from "../../protocol/index.js";
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";

const SIDES = ["top", "right", "bottom", "left"] as const;

function minimum(value: JsonValue | undefined, side: (typeof SIDES)[number]): number {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const v = value[side];
    return typeof v === "number" ? v : 0;
  }
  return 0;
}

export const safeArea: Renderer = (ctx) => {
  const element = h("div", "weft-safearea");
  const paint = () => {
    const avoid = Array.isArray(ctx.props.avoid) ? ctx.props.avoid : SIDES;
    const style = element.style;
    for (const side of SIDES) {
      const least = `${Math.max(0, minimum(ctx.props.minimumPadding, side))}px`;
      const css = avoid.includes(side) ? `max(env(safe-area-inset-${side}, 0px), ${least})` : least;
      style.setProperty(`padding-${side}`, css);
    }
  };
  paint();
  return {
    element,
    update(changed) {
      if ("minimumPadding" in changed || "avoid" in changed) paint();
    },
    slot: (name) => (name === "content" ? element : undefined),
  };
};
