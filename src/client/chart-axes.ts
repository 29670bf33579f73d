/**
 * The value axes, grid and tooltip of a line or bar chart, from the chart's props and its
 * `ChartAxis` children. Part of the chart engine's chunk.
 */
import type { JsonValue, WireProps } from "../protocol/index.js";
import { partProp } from "./chart-data.js";
import { color } from "./colors.js";
import type { ChartTheme } from "./chart-theme.js";

type Option = Record<string, unknown>;

interface GridLines {
  interval?: number;
  color?: string;
  width?: number;
  dashPattern?: number[];
}

/** The first child of a slot holder, if any. */
export function only(holder: HTMLElement | undefined): HTMLElement | undefined {
  return (holder?.firstElementChild as HTMLElement | null) ?? undefined;
}

/** A number prop, or undefined. */
export function num(value: JsonValue | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The split lines of an axis from `horizontalGridLines` / `verticalGridLines`. */
function splitLine(lines: JsonValue | undefined, theme: ChartTheme): Option {
  if (!lines || typeof lines !== "object" || Array.isArray(lines)) return { show: false };
  const g = lines as GridLines;
  const dash = Array.isArray(g.dashPattern) && g.dashPattern.every((n) => typeof n === "number") ? g.dashPattern : undefined;
  return {
    show: true,
    lineStyle: { color: theme.resolve(g.color) ?? theme.outlineVariant, width: num(g.width) ?? 1, type: dash ?? "solid" },
  };
}

/** The space an axis takes beside the plot: its labels and its title. */
export function axisRoom(axis: HTMLElement | undefined): number {
  if (!axis) return 28;
  const title = axis.querySelector(".weft-chart-axis__title")?.textContent ? partProp(axis, "titleSize", 16) : 0;
  const labels = partProp(axis, "showLabels", true) ? partProp(axis, "labelsSize", 22) : 0;
  return title + labels + 6;
}

/**
 * One axis: its title from the `ChartAxis` child, its labels (the given ones at their values, or
 * the axis's own ticks), its bounds and its grid lines.
 */
export function valueAxis(axis: HTMLElement | undefined, min: number | undefined, max: number | undefined, lines: JsonValue | undefined, theme: ChartTheme, fit: Option): Option {
  const labels = new Map<number, string>();
  for (const label of axis?.querySelector(".weft-chart-axis__labels")?.children ?? []) {
    labels.set(partProp(label, "value", 0), label.textContent ?? "");
  }
  const gridInterval = lines && typeof lines === "object" && !Array.isArray(lines) ? num((lines as GridLines).interval) : undefined;
  const interval = (axis && partProp<number | null>(axis, "labelsInterval", null)) ?? gridInterval;
  const title = axis?.querySelector(".weft-chart-axis__title")?.textContent ?? "";
  return {
    type: "value",
    ...fit,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(interval === undefined ? {} : { interval }),
    name: title,
    nameLocation: "middle",
    nameGap: axis ? partProp(axis, "labelsSize", 22) + 4 : 0,
    nameTextStyle: { color: theme.onSurface },
    axisLine: { lineStyle: { color: theme.outline } },
    axisTick: { lineStyle: { color: theme.outline } },
    axisLabel: {
      show: axis ? partProp(axis, "showLabels", true) : true,
      color: theme.onSurfaceVariant,
      ...(labels.size ? { formatter: (value: number | string) => labels.get(Number(value)) ?? "" } : {}),
    },
    splitLine: splitLine(lines, theme),
  };
}

/** The tooltip (drawn on the canvas, never as HTML) and the animation, from the chart's props. */
export function interaction(props: Readonly<WireProps>, theme: ChartTheme): Option {
  const animate = props.animate;
  return {
    animation: animate !== false,
    animationDurationUpdate: typeof animate === "number" ? animate : 300,
    tooltip: {
      show: props.interactive !== false,
      trigger: "item",
      renderMode: "richText",
      backgroundColor: theme.resolve(color(props.tooltipBgcolor)) ?? theme.inverseSurface,
      borderWidth: 0,
      textStyle: { color: theme.inverseOnSurface },
    },
    aria: { enabled: true },
  };
}
