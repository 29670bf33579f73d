/** `card`: an M3 card (card.css): elevated, filled or outlined surface around its `content`. */
import { color } from "../colors.js";
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";

/** M3 shadows for levels 1 to 5: the tokens carry 1 to 3, which higher levels reuse. */
function shadow(level: number, tint: string): string {
  if (level <= 0) return "none";
  const n = Math.min(5, Math.round(level));
  return tint ? `0 1px 2px ${tint}, 0 ${n}px ${2 * n + 1}px ${tint}` : `var(--md-sys-elevation-${Math.min(3, n)})`;
}

export const card: Renderer = (ctx) => {
  const element = h("div", "weft-card weft-card--elevated");
  const paint = () => {
    const props = ctx.props;
    const variant = props.variant === "filled" || props.variant === "outlined" ? props.variant : "elevated";
    element.classList.remove("weft-card--elevated", "weft-card--filled", "weft-card--outlined");
    element.classList.add(`weft-card--${variant}`);
    const level = typeof props.elevation === "number" ? props.elevation : variant === "elevated" ? 1 : 0;
    element.style.boxShadow = shadow(level, color(props.shadowColor));
  };
  return {
    element,
    update(changed) {
      if ("variant" in changed || "elevation" in changed || "shadowColor" in changed) paint();
      // `color` is Flet's name for the card's surface; the common `bgcolor` does the same.
      if ("color" in changed) element.style.backgroundColor = color(changed.color ?? ctx.props.bgcolor);
    },
    slot: (name) => (name === "content" ? element : undefined),
  };
};
