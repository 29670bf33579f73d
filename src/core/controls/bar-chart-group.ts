/**
 * `BarChartGroup`, `BarChartRod` and `BarChartRodStackItem` (Flet's names): the bars of a
 * `BarChart`, as child controls, so a changed rod is one `set` op on its id.
 */
import { children, control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type BarChartRodStackItemOptions = OptionsFor<typeof BarChartRodStackItem>;

/** `new BarChartRodStackItem({ fromY: 0, toY: 3, color: "primary" })`: one segment of a stacked rod. */
export class BarChartRodStackItem extends control("barchartrodstackitem", {
  /** Where the segment starts. Default 0. */
  fromY: prop(0),
  /** Where the segment ends. Default 0. */
  toY: prop(0),
  /** The segment's colour. Default: the next colour of the scheme. */
  color: prop<string>(),
}) {
  constructor(options?: BarChartRodStackItemOptions) {
    super();
    this.applyOptions(options);
  }
}

export type BarChartRodOptions = OptionsFor<typeof BarChartRod>;

/**
 * `new BarChartRod({ toY: 5, color: "primary", tooltip: "May: 5" })`: one bar of a group. Its
 * common `width` is the bar's width in CSS pixels (default: fitted to the group) and its `tooltip`
 * the text shown when it is hovered.
 */
export class BarChartRod extends control("barchartrod", {
  /** Segments drawn on the rod, from its foot up: a stacked bar. Default: none (one plain bar). */
  rodStackItems: children<BarChartRodStackItem>(),
  /** Where the bar starts. Default 0. */
  fromY: prop(0),
  /** Where the bar ends. Default 0. */
  toY: prop(0),
  /** The bar's colour. Default: the scheme's colour for the rod's place in its group. */
  color: prop<string>(),
  /** Round the bar's top corners by this many CSS pixels. Default 0. */
  borderRadius: prop(0),
  /** Show a tooltip for this rod when hovered. Default true. */
  showTooltip: prop(true),
}) {
  constructor(options?: BarChartRodOptions) {
    super();
    this.applyOptions(options);
  }
}

export type BarChartGroupOptions = OptionsFor<typeof BarChartGroup, "barRods">;

/** `new BarChartGroup({ x: 0, barRods: [new BarChartRod({ toY: 5 })] })`: the rods at one x. */
export class BarChartGroup extends control("barchartgroup", {
  /** The group's rods, side by side. */
  barRods: children<BarChartRod>(),
  /** Where the group stands on the x axis (the bottom axis's labels are matched to it). Default 0. */
  x: prop(0),
}) {
  /** `new BarChartGroup(rods, options)`, or Flet's keyword form `new BarChartGroup({ x, barRods })`. */
  constructor(barRods?: BarChartRod[] | WithMain<BarChartGroupOptions, "barRods", BarChartRod[]>, options?: BarChartGroupOptions) {
    super();
    const [main, rest] = keywordForm(barRods, options, this, "barRods");
    if (main) this.barRods = main;
    this.applyOptions(rest);
  }
}
