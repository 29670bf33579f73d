/**
 * `LineChartData` and `LineChartDataPoint` (Flet's names): one series of a `LineChart` and its
 * points. Child controls, so changing one point's `y` is one `set` op on its id and appending a
 * point one `insert` op, never a resend of the series.
 */
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

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

}
