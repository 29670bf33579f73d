/**
 * `placeholder`: an SVG box with its two diagonals, in a wrapper that takes the control's set
 * width and height (common props). The SVG's own size is the fallback size, capped by the
 * wrapper's: with a set width and no set height it is as wide as the wrapper and
 * `fallbackHeight` tall, as in Flet.
 */
import { color } from "../colors.js";
import { h } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";

const SVG = "http://www.w3.org/2000/svg";

/** Defaults as the server declares them: a prop at its default is never sent. */
const DEFAULT_COLOR = "#455a64";
const DEFAULT_STROKE = 2;
const DEFAULT_SIZE = 400;

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const name in attrs) el.setAttribute(name, attrs[name]!);
  return el;
}

function size(value: unknown): string {
  return String(typeof value === "number" && value >= 0 ? value : DEFAULT_SIZE);
}

export const placeholder = defineRenderer("placeholder", {
  create() {
    const element = h("div", "weft-placeholder");
    element.style.display = "inline-flex";
    element.style.verticalAlign = "top";
    element.setAttribute("role", "img");
    element.setAttribute("aria-label", "Placeholder");
    const box = svg("svg", { width: size(undefined), height: size(undefined), preserveAspectRatio: "none" });
    box.style.display = "block";
    box.style.maxWidth = "100%";
    box.style.maxHeight = "100%";
    box.style.overflow = "visible";
    const lines = svg("g", { fill: "none" });
    lines.style.stroke = DEFAULT_COLOR;
    lines.style.strokeWidth = `${DEFAULT_STROKE}px`;
    lines.append(
      svg("rect", { x: "0", y: "0", width: "100%", height: "100%" }),
      svg("line", { x1: "0", y1: "0", x2: "100%", y2: "100%" }),
      svg("line", { x1: "100%", y1: "0", x2: "0", y2: "100%" }),
    );
    box.append(lines);
    element.append(box);
    return { element, box, lines };
  },
  props: {
    // Styles, not presentation attributes: a theme colour is a CSS variable, which only CSS reads.
    color: ({ lines }, value) => (lines.style.stroke = color(value) || DEFAULT_COLOR),
    strokeWidth: ({ lines }, value) => (lines.style.strokeWidth = `${typeof value === "number" && value >= 0 ? value : DEFAULT_STROKE}px`),
    fallbackWidth: ({ box }, value) => box.setAttribute("width", size(value)),
    fallbackHeight: ({ box }, value) => box.setAttribute("height", size(value)),
  },
});
