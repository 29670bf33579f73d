/**
 * `LineChart` (Flet's, camelCase): series of `LineChartData` drawn as lines over value axes, with
 * `ChartAxis` titles and labels, grid lines, bounds, tooltips and `onChartEvent`. Drawn in the
 * browser with Apache ECharts, loaded the first time a chart appears (decision 0050).
 */
import { EventName } from "../../protocol/index.js";
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import { axisChartTable, isChartEvent, type LineChartEvent } from "./chart-frame.js";
import type { LineChartData } from "./line-chart-data.js";

export type LineChartOptions = OptionsFor<typeof LineChart, "dataSeries">;

/**
 * ```ts
 * new LineChart([new LineChartData([new LineChartDataPoint(0, 1), new LineChartDataPoint(1, 3)])], {
 *   minY: 0, bottomAxis: new ChartAxis({ title: "Day" }), onChartEvent: (e) => console.log(e.data.spots),
 * })
 * ```
 */
export class LineChart extends control("linechart", {
  /** The series, each a line. */
  dataSeries: children<LineChartData>(),
  /** The least x shown. Default: the data's least x. */
  minX: prop<number>(),
  /** The greatest x shown. Default: the data's greatest x. */
  maxX: prop<number>(),
  /** Show a legend of the series' labels above the chart. Default false. */
  legend: prop(false),
  ...axisChartTable<LineChartEvent>(),
}) {
  /** `new LineChart(dataSeries, options)`, or Flet's keyword form `new LineChart({ dataSeries, ...options })`. */
  constructor(dataSeries?: LineChartData[] | WithMain<LineChartOptions, "dataSeries", LineChartData[]>, options?: LineChartOptions) {
    super();
    const [main, rest] = keywordForm(dataSeries, options, this, "dataSeries");
    if (main) this.dataSeries = main;
    this.applyOptions(rest);
  }


  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.chartEvent || isChartEvent(data, [], true);
  }
}
