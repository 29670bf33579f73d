/**
 * `LineChartData` and `LineChartDataPoint` (Flet's names): one series of a `LineChart` and its
 * points. Child controls, so changing one point's `y` is one `set` op on its id and appending a
 * point one `insert` op, never a resend of the series.
 */
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import { ControlError, ErrorCode } from "../errors.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import { LineChartPointRun, POINT_RUN_SIZE } from "./line-chart-point-run.js";

export type LineChartDataPointOptions = OptionsFor<typeof LineChartDataPoint>;

/** `new LineChartDataPoint(1, 3.5)` or `new LineChartDataPoint({ x: 1, y: 3.5, tooltip: "Peak" })` */
export class LineChartDataPoint extends control("linechartdatapoint", {
  /** The point's x. Default 0. */
  x: prop(0),
  /** The point's y. Default 0. */
  y: prop(0),
  /** Show a tooltip for this point when hovered. Default true. */
  showTooltip: prop(true),
  /** Draw a dot here; unset, the series' `point` decides. */
  point: prop<boolean>(),
}) {
  constructor(x?: number | LineChartDataPointOptions, y?: number, options?: LineChartDataPointOptions) {
    super();
    if (typeof x === "object") this.applyOptions(x);
    else {
      if (x !== undefined) this.x = x;
      if (y !== undefined) this.y = y;
      this.applyOptions(options);
    }
  }
}

export type LineChartDataOptions = OptionsFor<typeof LineChartData, "dataPoints">;

/** `new LineChartData([new LineChartDataPoint(0, 1), new LineChartDataPoint(1, 3)], { curved: true })` */
export class LineChartData extends control("linechartdata", {
  /** The points, in order of x. Mutate freely (`push`, `splice`), then update. */
  dataPoints: children<LineChartDataPoint>(),
  /** Points packed in runs, drawn after `dataPoints`: for long, live series; fill with `appendPoints`, trim with `dropPoints`. */
  pointRuns: children<LineChartPointRun>(),
  /** Draw a smooth curve through the points rather than straight segments. Default false. */
  curved: prop(false),
  /** The line's colour. Default: the next colour of the scheme (primary, tertiary, secondary…). */
  color: prop<string>(),
  /** The line's width in CSS pixels. Default 2. */
  strokeWidth: prop(2),
  /** Fill the area under the line with this colour. Default: no fill. */
  belowLineBgcolor: prop<string>(),
  /** Dashes and gaps in CSS pixels, e.g. `[6, 4]`. Default: solid. */
  dashPattern: prop<number[]>(),
  /** Draw a dot on each point. Default true. */
  point: prop(true),
  /** The series' name in the legend and its tooltips. Default "". */
  label: prop(""),
}) {
  /** `new LineChartData(points, options)`, or Flet's keyword form `new LineChartData({ dataPoints, ...options })`. */
  constructor(dataPoints?: LineChartDataPoint[] | WithMain<LineChartDataOptions, "dataPoints", LineChartDataPoint[]>, options?: LineChartDataOptions) {
    super();
    const [main, rest] = keywordForm(dataPoints, options, this, "dataPoints");
    if (main) this.dataPoints = main;
    this.applyOptions(rest);
  }

  /** How many points the runs hold (`pointRuns`; `dataPoints` not counted). */
  get packedPointCount(): number {
    return this.pointRuns.reduce((sum, run) => sum + run.points.length / 2, 0);
  }

  /**
   * Appends points (`[x, y]` each) to the packed runs: the last run's `points` is set while it has
   * room, new runs are inserted after it. One tick's point is one small `set` op, never a resend
   * of the series.
   */
  appendPoints(points: ReadonlyArray<readonly [number, number]>): void {
    const flat: number[] = [];
    points.forEach((point, i) => {
      if (!Array.isArray(point) || point.length !== 2 || !point.every((n) => typeof n === "number" && Number.isFinite(n))) {
        throw new ControlError(ErrorCode.badValue, `LineChartData.appendPoints: point ${i} must be [x, y] of finite numbers, got ${JSON.stringify(point)}`);
      }
      flat.push(point[0], point[1]);
    });
    let at = 0;
    const last = this.pointRuns[this.pointRuns.length - 1];
    if (last && last.points.length < POINT_RUN_SIZE * 2) {
      at = POINT_RUN_SIZE * 2 - last.points.length;
      last.points = [...last.points, ...flat.slice(0, at)];
    }
    const runs: LineChartPointRun[] = [];
    for (; at < flat.length; at += POINT_RUN_SIZE * 2) runs.push(new LineChartPointRun({ points: flat.slice(at, at + POINT_RUN_SIZE * 2) }));
    if (runs.length > 0) this.pointRuns.push(...runs);
  }

  /** Drops the first `count` packed points (a sliding window): whole runs are removed, the first left one trimmed. */
  dropPoints(count: number): void {
    let left = Math.max(0, Math.floor(count)) * 2;
    let whole = 0;
    while (whole < this.pointRuns.length && this.pointRuns[whole]!.points.length <= left) left -= this.pointRuns[whole++]!.points.length;
    if (whole > 0) this.pointRuns.splice(0, whole);
    const first = this.pointRuns[0];
    if (first && left > 0) first.points = first.points.slice(left);
  }
}
