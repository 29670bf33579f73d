/**
 * `progressbar`: `md-linear-progress` (see material-progress.ts), full width unless sized. The
 * common `bgcolor` colours its track; `barHeight` sets the track's thickness.
 */
import "@material/web/progress/linear-progress.js";
import { color } from "../colors.js";
import { px } from "../dom.js";
import { token } from "../material.js";
import { defineRenderer } from "../declare-renderer.js";
import { progressElement, setLabel, setProgress } from "./parts/material-progress.js";

const OWNS: ReadonlySet<string> = new Set(["bgcolor"]);

export const progressBar = defineRenderer("progressbar", {
  create: () => ({ element: progressElement("md-linear-progress", "weft-progressbar"), ownsProps: OWNS }),
  props: {
    value: ({ element }, value) => setProgress(element, value),
    semanticsLabel: ({ element }, value) => setLabel(element, value),
    color: ({ element }, value) => token(element, "--md-linear-progress-active-indicator-color", color(value)),
    bgcolor: ({ element }, value) => token(element, "--md-linear-progress-track-color", color(value)),
    barHeight({ element }, value) {
      token(element, "--md-linear-progress-track-height", px(value));
      token(element, "--md-linear-progress-active-indicator-height", px(value));
    },
  },
});
