/**
 * `ChartAxis` and `ChartAxisLabel`: an axis of a `LineChart` or `BarChart` (Flet's names): its
 * title, and the labels it shows at chosen values. Child controls, so a changed label is one op.
 */
import type { Control } from "../control.js";
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import { toControl, type TextOrControl } from "./text-content.js";

export type ChartAxisLabelOptions = OptionsFor<typeof ChartAxisLabel>;

/** `new ChartAxisLabel({ value: 2, label: "Mar" })`: the text shown at `value` on its axis. */
export class ChartAxisLabel extends control("chartaxislabel", {
  /** Where on the axis the label stands. Default 0. */
  value: prop(0),
}, undefined, { innerSlots: { label: "single" } }) {
  constructor(options?: ChartAxisLabelOptions & { label?: TextOrControl }) {
    super();
    const { label, ...rest } = options ?? {};
    this.label = label;
    this.applyOptions(rest);
  }

  /** What the label says; a string becomes a `Text`. Its text is what the chart draws. */
  get label(): Control | undefined {
    return this.getSlot("label") as Control | undefined;
  }
  set label(value: TextOrControl | undefined) {
    this.setSlot("label", toControl(value, "ChartAxisLabel.label"));
  }
}

export type ChartAxisOptions = OptionsFor<typeof ChartAxis>;

/** `new ChartAxis({ title: "Month", labels: [new ChartAxisLabel({ value: 0, label: "Jan" })] })` */
export class ChartAxis extends control("chartaxis", {
  /** Labels at chosen values; when there are none, the axis labels its own ticks. */
  labels: children<ChartAxisLabel>(),
  /** Space for the title, in CSS pixels. Default 16. */
  titleSize: prop(16),
  /** Show the labels. Default true. */
  showLabels: prop(true),
  /** The step between ticks (and grid lines), in data units. Default: chosen by the chart. */
  labelsInterval: prop<number>(),
  /** Space for the labels, in CSS pixels. Default 22. */
  labelsSize: prop(22),
}, undefined, { innerSlots: { title: "single" } }) {
  constructor(options?: ChartAxisOptions & { title?: TextOrControl }) {
    super();
    const { title, ...rest } = options ?? {};
    this.title = title;
    this.applyOptions(rest);
  }

  /** The axis title; a string becomes a `Text`. */
  get title(): Control | undefined {
    return this.getSlot("title") as Control | undefined;
  }
  set title(value: TextOrControl | undefined) {
    this.setSlot("title", toControl(value, "ChartAxis.title"));
  }
}
