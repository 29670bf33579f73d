/**
 * `LineChartPointRun`: up to `POINT_RUN_SIZE` points of a `LineChartData` packed in one control,
 * `points` as `[x0, y0, x1, y1, …]`. A live series of 100,000 points as point controls is over a
 * session's `maxControls` (decision 0046); as runs it is 782 controls, and appending a point sets
 * the last run's `points` (one `set` op of at most 128 points) or, when it is full, inserts a new
 * run. Made by `LineChartData.appendPoints`, which checks the numbers.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";

/** The most points one run holds: a tick's `set` op stays under about 2 KB. */
export const POINT_RUN_SIZE = 128;

export type LineChartPointRunOptions = OptionsFor<typeof LineChartPointRun>;

/** `new LineChartPointRun({ points: [0, 1, 1, 3] })`: the points (0, 1) and (1, 3). */
export class LineChartPointRun extends control("linechartpointrun", {
  /** The points as `[x0, y0, x1, y1, …]`. Assign a new array to change them. Default []. */
  points: prop<number[]>([]),
}) {
  constructor(options?: LineChartPointRunOptions) {
    super();
    this.applyOptions(options);
  }
}
