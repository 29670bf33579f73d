/** `card`: an M3 card (card.css): elevated, filled or outlined surface around its `content`. */
import { color } from "../colors.js";
import { h } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";

/** M3 shadows for levels 1 to 5: the tokens carry 1 to 3, which higher levels reuse. */
function shadow(level: number, tint: string): string {
  if (level <= 0) return "none";
  const n = Math.min(5, Math.round(level));
  return tint ? `0 1px 2px ${tint}, 0 ${n}px ${2 * n + 1}px ${tint}` : `var(--md-sys-elevation-${Math.min(3, n)})`;
}

/** Draws the variant and its shadow, which three props decide together. */
const paint: PropSetter<{ element: HTMLElement }> = ({ element }, _value, { props }) => {
  const variant = props.variant === "filled" || props.variant === "outlined" ? props.variant : "elevated";
  element.classList.remove("weft-card--elevated", "weft-card--filled", "weft-card--outlined");
  element.classList.add(`weft-card--${variant}`);
  const level = typeof props.elevation === "number" ? props.elevation : variant === "elevated" ? 1 : 0;
  element.style.boxShadow = shadow(level, color(props.shadowColor));
};

export const card = defineRenderer("card", {
  create() {
    const element = h("div", "weft-card weft-card--elevated");
    return { element, slot: (name: string) => (name === "content" ? element : undefined) };
  },
  props: {
    variant: paint,
    elevation: paint,
    shadowColor: paint,
    // `color` is Flet's name for the card's surface; the common `bgcolor` does the same.
    color: ({ element }, value, ctx) => (element.style.backgroundColor = color(value ?? ctx.props.bgcolor)),
  },
});
