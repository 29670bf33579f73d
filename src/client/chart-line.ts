/** A `LineChart`'s ECharts option, read from its props and its children. Part of the engine's chunk. */
import type { WireProps } from "../protocol/index.js";
import { axisRoom, interaction, num, only, valueAxis } from "./chart-axes.js";
import { partProp, partsOf } from "./chart-data.js";
import type { ChartTheme } from "./chart-theme.js";

/** A run's points as read last, by element: a redraw parses only the runs whose `points` changed. */
const runsRead = new WeakMap<Element, { raw: string | null; values: Float64Array }>();

/**
 * The packed points of a series' runs (`LineChartData.pointRuns`), in order, as one typed array
 * `[x0, y0, x1, y1, …]`: a tick of a long series copies each run's numbers into it, with no
 * object per point (`chart-append` bench: 100,000 points).
 */
function packedPoints(series: HTMLElement): Float64Array {
  const holder = series.querySelector(":scope > [data-slot=pointRuns]");
  const runs: Float64Array[] = [];
  let length = 0;
  for (const run of partsOf(holder ?? undefined, "linechartpointrun")) {
    const raw = run.getAttribute("data-points");
    let read = runsRead.get(run);
    if (!read || read.raw !== raw) {
      const numbers = partProp<number[]>(run, "points", []);
      runsRead.set(run, (read = { raw, values: Float64Array.from(numbers.slice(0, numbers.length - (numbers.length % 2))) }));
    }
    runs.push(read.values);
    length += read.values.length;
  }
  const out = new Float64Array(length);
  let at = 0;
  for (const values of runs) {
    out.set(values, at);
    at += values.length;
  }
  return out;
}

/** Points of a typed array `[x0, y0, …]` as ECharts' plain `[x, y]` items (a short series, or one beside point controls). */
function pairs(values: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < values.length; i += 2) out.push([values[i]!, values[i + 1]!]);
  return out;
}

/** One `LineChartData` as a line series; its id is its index, so a merge animates it in place. */
function lineSeries(series: HTMLElement, index: number, theme: ChartTheme): Record<string, unknown> {
  const stroke = theme.resolve(partProp(series, "color", "")) ?? theme.palette[index % theme.palette.length];
  const below = theme.resolve(partProp(series, "belowLineBgcolor", ""));
  const dash = partProp<number[] | null>(series, "dashPattern", null);
  const dots = partProp(series, "point", true);
  const points = partsOf(series, "linechartdatapoint");
  const packed = packedPoints(series);
  const packedCount = packed.length / 2;
  return {
    type: "line",
    id: `series-${index}`,
    name: partProp(series, "label", "") || `Series ${index + 1}`,
    smooth: partProp(series, "curved", false),
    showSymbol: dots,
    symbolSize: 7,
    color: stroke,
    lineStyle: { color: stroke, width: partProp(series, "strokeWidth", 2), type: Array.isArray(dash) ? dash : "solid" },
    // Under a merge an area never goes away, so "no fill" is a transparent one.
    areaStyle: below ? { color: below, opacity: 1 } : { opacity: 0 },
    sampling: points.length + packedCount > 2000 ? "lttb" : undefined,
    // Long series draw without a dot per point (ECharts' own threshold for symbols is 2,000).
    ...(packedCount > 2000 ? { showSymbol: false, dimensions: ["x", "y"] } : {}),
    data: points.length === 0 && packedCount > 2000 ? packed : [...points.map((point) => {
      const tip = partProp(point, "tooltip", "");
      const dot = partProp<boolean | null>(point, "point", null);
      return {
        value: [partProp(point, "x", 0), partProp(point, "y", 0)],
        ...(tip ? { name: tip } : {}),
        ...(dot === null ? {} : { symbol: dot ? "circle" : "none" }),
        ...(partProp(point, "showTooltip", true) ? {} : { tooltip: { show: false } }),
      };
    }), ...pairs(packed)],
  };
}

/** The whole option: axes, grid, legend, tooltip, and one series per `LineChartData`. */
export function lineOption(slots: ReadonlyMap<string, HTMLElement>, props: Readonly<WireProps>, theme: ChartTheme): Record<string, unknown> {
  const left = only(slots.get("leftAxis"));
  const bottom = only(slots.get("bottomAxis"));
  const legend = props.legend === true;
  const base = interaction(props, theme);
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (p: { name?: string; seriesName?: string; value?: unknown }) =>
        p.name || `${p.seriesName ?? ""}: ${Array.isArray(p.value) ? String(p.value[1]) : ""}`,
    },
    legend: { show: legend, top: 0, textStyle: { color: theme.onSurface } },
    grid: { left: axisRoom(left), bottom: axisRoom(bottom), right: 16, top: legend ? 36 : 12, containLabel: false },
    xAxis: valueAxis(bottom, num(props.minX), num(props.maxX), props.verticalGridLines, theme, { min: "dataMin", max: "dataMax" }),
    yAxis: valueAxis(left, num(props.minY), num(props.maxY), props.horizontalGridLines, theme, { scale: true }),
    series: partsOf(slots.get("dataSeries"), "linechartdata").map((series, i) => lineSeries(series, i, theme)),
  };
}
