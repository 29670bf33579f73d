/**
 * `PieChart` and `PieChartSection` (Flet's, camelCase): sections sized by value around a centre
 * space, each with its own radius, title and colour, and `onChartEvent` with the section's index.
 * Drawn with ECharts, loaded with the first chart (decision 0050).
 */
import { EventName } from "../../protocol/index.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import { isChartEvent, type PieChartEvent } from "./chart-frame.js";

export type PieChartSectionOptions = OptionsFor<typeof PieChartSection>;

/** `new PieChartSection({ value: 40, title: "40%", color: "primary" })` */
export class PieChartSection extends control("piechartsection", {
  /** The section's share: its angle is its value over the sum of all values. Default 0. */
  value: prop(0),
  /** The text drawn on the section. Default "". */
  title: prop(""),
  /** The section's colour. Default: the next colour of the scheme. */
  color: prop<string>(),
  /** How far the section reaches out from the centre space, in CSS pixels. Default: to the chart's edge. */
  radius: prop<number>(),
}) {
  constructor(options?: PieChartSectionOptions) {
    super();
    this.applyOptions(options);
  }
}

export type PieChartOptions = OptionsFor<typeof PieChart, "sections">;

/** `new PieChart([new PieChartSection({ value: 40 }), new PieChartSection({ value: 60 })], { centerSpaceRadius: 40 })` */
export class PieChart extends control("piechart", {
  /** The sections, clockwise. */
  sections: children<PieChartSection>(),
  /** The radius of the hole in the middle, in CSS pixels. Default 0 (a full pie). */
  centerSpaceRadius: prop(0),
  /** The hole's colour. Default: none (what is behind the chart). */
  centerSpaceColor: prop<string>(),
  /** A gap between sections, in CSS pixels. Default 0. */
  sectionsSpace: prop(0),
  /** Where the first section starts, in degrees clockwise from three o'clock. Default 0. */
  startDegreeOffset: prop(0),
  /** Animate changes: true (300 ms), false, or a duration in milliseconds. Default true. */
  animate: prop<boolean | number>(true),
  /** Show tooltips and highlight the section under the pointer. Default true. */
  interactive: prop(true),
  /** Runs when the person taps or hovers a section, or the pointer leaves the chart. */
  onChartEvent: on<PieChartEvent>(),
}) {
  /** `new PieChart(sections, options)`, or Flet's keyword form `new PieChart({ sections, ...options })`. */
  constructor(sections?: PieChartSection[] | WithMain<PieChartOptions, "sections", PieChartSection[]>, options?: PieChartOptions) {
    super();
    const [main, rest] = keywordForm(sections, options, this, "sections");
    if (main) this.sections = main;
    this.applyOptions(rest);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.chartEvent || isChartEvent(data, ["sectionIndex"]);
  }
}
