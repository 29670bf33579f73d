/**
 * `progressring`: `md-circular-progress` (see material-progress.ts), 48px unless sized; the
 * ring's thickness in pixels becomes the widget's percentage of its size.
 */
import "@material/web/progress/circular-progress.js";
import { color } from "../colors.js";
import { token } from "../material.js";
import type { Renderer } from "../registry.js";
import { progressElement, setLabel, setProgress } from "./material-progress.js";

const DEFAULT_SIZE = 48;
const DEFAULT_STROKE = 4;

export const progressRing: Renderer = (ctx) => {
  const element = progressElement("md-circular-progress", "weft-progressring");
  const size = () => {
    const { width, height, strokeWidth } = ctx.props;
    const side = typeof width === "number" ? width : typeof height === "number" ? height : DEFAULT_SIZE;
    const stroke = typeof strokeWidth === "number" && strokeWidth > 0 ? strokeWidth : DEFAULT_STROKE;
    token(element, "--md-circular-progress-size", `${side}px`);
    token(element, "--md-circular-progress-active-indicator-width", String((100 * stroke) / Math.max(1, side)));
  };
  return {
    element,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "value":
            setProgress(element, value);
            break;
          case "semanticsLabel":
            setLabel(element, value);
            break;
          case "color":
            token(element, "--md-circular-progress-active-indicator-color", color(value));
            break;
          case "width":
          case "height":
          case "strokeWidth":
            size();
            break;
        }
      }
    },
  };
};
