/**
 * `progressring`: `md-circular-progress` (see material-progress.ts), 48px unless sized; the
 * ring's thickness in pixels becomes the widget's percentage of its size.
 */
import "@material/web/progress/circular-progress.js";
import { color } from "../colors.js";
import { token } from "../material.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { progressElement, setLabel, setProgress } from "./parts/material-progress.js";

const DEFAULT_SIZE = 48;
const DEFAULT_STROKE = 4;

/** The ring's size and thickness, which `width`, `height` and `strokeWidth` decide together. */
const size: PropSetter<{ element: HTMLElement }> = ({ element }, _value, { props }) => {
  const { width, height, strokeWidth } = props;
  const side = typeof width === "number" ? width : typeof height === "number" ? height : DEFAULT_SIZE;
  const stroke = typeof strokeWidth === "number" && strokeWidth > 0 ? strokeWidth : DEFAULT_STROKE;
  token(element, "--md-circular-progress-size", `${side}px`);
  token(element, "--md-circular-progress-active-indicator-width", String((100 * stroke) / Math.max(1, side)));
};

export const progressRing = defineRenderer("progressring", {
  create: () => ({ element: progressElement("md-circular-progress", "weft-progressring") }),
  props: {
    value: ({ element }, value) => setProgress(element, value),
    semanticsLabel: ({ element }, value) => setLabel(element, value),
    color: ({ element }, value) => token(element, "--md-circular-progress-active-indicator-color", color(value)),
    width: size,
    height: size,
    strokeWidth: size,
  },
});
