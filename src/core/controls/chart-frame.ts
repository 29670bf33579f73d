/**
 * What `LineChart` and `BarChart` share: axes, grid lines, bounds, animation, tooltips and
 * `onChartEvent`. Spread into each chart's table, so every prop is still declared once.
 */
import { child, on, prop } from "../declare-control.js";
import type { ChartAxis } from "./chart-axis.js";

/** Grid lines across a chart (Flet's `ChartGridLines`). */
export interface ChartGridLines {
  /** The step between lines, in data units. Default: the axis's ticks. */
  interval?: number;
  /** The lines' colour. Default: the scheme's `outlineVariant`. */
  color?: string;
  /** The lines' width in CSS pixels. Default 1. */
  width?: number;
  /** Dashes and gaps in CSS pixels, e.g. `[4, 4]`. Default: solid. */
  dashPattern?: number[];
}

/** How a pointer met a chart: a tap, a hover over a point, or the pointer leaving it. */
export type ChartEventType = "tapUp" | "pointerHover" | "pointerExit";

/** Flet's `LineChartEventSpot`: a point, by its series (`barIndex`) and its index there. */
export interface LineChartEventSpot {
  barIndex: number;
  spotIndex: number;
}

/** `onChartEvent`'s data on a `LineChart` (Flet's `LineChartEvent`). */
export interface LineChartEvent {
  type: ChartEventType;
  /** The points under the pointer; empty when it left. */
  spots: LineChartEventSpot[];
}

/** `onChartEvent`'s data on a `BarChart` (Flet's `BarChartEvent`); -1 where there is none. */
export interface BarChartEvent {
  type: ChartEventType;
  groupIndex: number;
  rodIndex: number;
  stackItemIndex: number;
}

/** `onChartEvent`'s data on a `PieChart` (Flet's `PieChartEvent`); -1 where there is none. */
export interface PieChartEvent {
  type: ChartEventType;
  sectionIndex: number;
}

const TYPES = new Set<unknown>(["tapUp", "pointerHover", "pointerExit"]);

/** An index the client may send: a whole number from -1 to a bound. */
function isIndex(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= -1 && (value as number) < 1_000_000;
}

/** Whether `data` is a chart event with `type` and these index fields (and `spots`, for a line chart). */
export function isChartEvent(data: unknown, indices: readonly string[], spots = false): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  if (!TYPES.has(record.type) || !indices.every((key) => isIndex(record[key]))) return false;
  if (!spots) return true;
  const list = record.spots;
  return Array.isArray(list) && list.length <= 1000 && list.every((s) => typeof s === "object" && s !== null && isIndex(s.barIndex) && isIndex(s.spotIndex));
}

/** The table entries both axis charts have, in Flet's names. */
export function axisChartTable<E>() {
  return {
    /** The axis on the left (y values). Default: none (the chart labels its ticks). */
    leftAxis: child<ChartAxis>(),
    /** The axis at the bottom (x values). Default: none (the chart labels its ticks). */
    bottomAxis: child<ChartAxis>(),
    /** Grid lines across the y axis. Default: none. */
    horizontalGridLines: prop<ChartGridLines>(),
    /** Grid lines across the x axis. Default: none. */
    verticalGridLines: prop<ChartGridLines>(),
    /** The least y shown. Default: fitted to the data. */
    minY: prop<number>(),
    /** The greatest y shown. Default: fitted to the data. */
    maxY: prop<number>(),
    /** Animate changes: true (300 ms), false, or a duration in milliseconds. Default true. */
    animate: prop<boolean | number>(true),
    /** Show tooltips and highlight what the pointer is over. Default true. */
    interactive: prop(true),
    /** The tooltip's background colour. Default: the scheme's `inverseSurface`. */
    tooltipBgcolor: prop<string>(),
    /** Runs when the person taps or hovers a point, bar or section, or the pointer leaves. */
    onChartEvent: on<E>(),
  };
}
