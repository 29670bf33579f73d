/**
 * `progressbar`: `md-linear-progress` (see material-progress.ts), full width unless sized. The
 * common `bgcolor` colours its track; `barHeight` sets the track's thickness.
 */
import "@material/web/progress/linear-progress.js";
import { color } from "../colors.js";
import { px } from "../dom.js";
import { token } from "../material.js";
import type { Renderer } from "../registry.js";
import { progressElement, setLabel, setProgress } from "./material-progress.js";

const OWNS: ReadonlySet<string> = new Set(["bgcolor"]);

export const progressBar: Renderer = () => {
  const element = progressElement("md-linear-progress", "weft-progressbar");
  return {
    element,
    ownsProps: OWNS,
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
            token(element, "--md-linear-progress-active-indicator-color", color(value));
            break;
          case "bgcolor":
            token(element, "--md-linear-progress-track-color", color(value));
            break;
          case "barHeight":
            token(element, "--md-linear-progress-track-height", px(value));
            token(element, "--md-linear-progress-active-indicator-height", px(value));
            break;
        }
      }
    },
  };
};
