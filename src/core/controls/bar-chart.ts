/**
 * `BarChart` (Flet's, camelCase): `BarChartGroup`s of `BarChartRod`s (stacked with
 * `BarChartRodStackItem`s) over a y axis, with the axes, grid lines, bounds, tooltips and
 * `onChartEvent` of a `LineChart`. Drawn with ECharts, loaded with the first chart (decision 0050).
 */
import { EventName } from "../../protocol/index.js";
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import type { BarChartGroup } from "./bar-chart-group.js";
import { axisChartTable, isChartEvent, type BarChartEvent } from "./chart-frame.js";

export type BarChartOptions = OptionsFor<typeof BarChart, "barGroups">;

/**
 * ```ts
 * new BarChart([new BarChartGroup({ x: 0, barRods: [new BarChartRod({ toY: 5 })] })], {
 *   onChartEvent: (e) => console.log(e.data.groupIndex, e.data.rodIndex),
 * })
 * ```
 */
export class BarChart extends control("barchart", {
  /** The groups, left to right. */
  barGroups: children<BarChartGroup>(),
  /** Space between groups in CSS pixels. Default: a fifth of each group's slot. */
  groupsSpace: prop<number>(),
  ...axisChartTable<BarChartEvent>(),
}) {
  /** `new BarChart(barGroups, options)`, or Flet's keyword form `new BarChart({ barGroups, ...options })`. */
  constructor(barGroups?: BarChartGroup[] | WithMain<BarChartOptions, "barGroups", BarChartGroup[]>, options?: BarChartOptions) {
    super();
    const [main, rest] = keywordForm(barGroups, options, this, "barGroups");
    if (main) this.barGroups = main;
    this.applyOptions(rest);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.chartEvent || isChartEvent(data, ["groupIndex", "rodIndex", "stackItemIndex"]);
  }
}
