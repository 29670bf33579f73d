/**
 * A `BarChart`'s ECharts option. Each rod is a stack of segments (its `rodStackItems`, or itself
 * alone); rod `r`'s segment `k` across the groups is one bar series stacked on `rod-r`, standing
 * on a transparent, silent base series when a rod starts above 0. Part of the engine's chunk.
 */
import type { WireProps } from "../protocol/index.js";
import { axisRoom, interaction, num, only, valueAxis } from "./chart-axes.js";
import { partProp, partsOf } from "./chart-data.js";
import type { ChartTheme } from "./chart-theme.js";

type Option = Record<string, unknown>;

interface Segment {
  from: number;
  to: number;
  color: string | undefined;
  /** The stack item's index in its rod, or -1 for a rod drawn whole. */
  item: number;
}

interface Rod {
  segments: Segment[];
  width: number | undefined;
  radius: number;
  tip: string;
  showTip: boolean;
}

function readRod(rod: HTMLElement, theme: ChartTheme): Rod {
  const items = partsOf(rod, "barchartrodstackitem");
  const whole: Segment = { from: partProp(rod, "fromY", 0), to: partProp(rod, "toY", 0), color: theme.resolve(partProp(rod, "color", "")), item: -1 };
  return {
    segments: items.length
      ? items.map((el, item) => ({ from: partProp(el, "fromY", 0), to: partProp(el, "toY", 0), color: theme.resolve(partProp(el, "color", "")) ?? whole.color, item }))
      : [whole],
    width: partProp<number | null>(rod, "width", null) ?? undefined,
    radius: partProp(rod, "borderRadius", 0),
    tip: partProp(rod, "tooltip", ""),
    showTip: partProp(rod, "showTooltip", true),
  };
}

/** The series of rod index `r`: a base when any of its rods starts above 0, then one per segment. */
function rodSeries(groups: (Rod | undefined)[][], r: number, theme: ChartTheme): Option[] {
  const rods = groups.map((g) => g[r]);
  const stack = `rod-${r}`;
  const depth = Math.max(...rods.map((rod) => rod?.segments.length ?? 0));
  const width = rods.find((rod) => rod?.width !== undefined)?.width;
  const out: Option[] = [];
  const base = rods.map((rod) => rod?.segments[0]?.from ?? 0);
  out.push({
    type: "bar", id: `base-${r}`, stack, silent: true, barWidth: width, itemStyle: { color: "transparent" },
    tooltip: { show: false }, emphasis: { disabled: true }, data: base.map((from) => from || "-"),
  });
  for (let k = 0; k < depth; k++) {
    out.push({
      type: "bar",
      id: `rod-${r}-${k}`,
      stack,
      barWidth: width,
      color: theme.palette[(r + k) % theme.palette.length],
      data: rods.map((rod) => {
        const segment = rod?.segments[k];
        if (!rod || !segment) return "-";
        const top = k === rod.segments.length - 1 ? rod.radius : 0;
        return {
          value: segment.to - segment.from,
          item: segment.item,
          tip: rod.tip,
          itemStyle: { ...(segment.color ? { color: segment.color } : {}), borderRadius: [top, top, 0, 0] },
          ...(rod.showTip ? {} : { tooltip: { show: false } }),
        };
      }),
    });
  }
  return out;
}

/** The whole option: a category x axis of the groups' `x`, a value y axis, and the rods' series. */
export function barOption(slots: ReadonlyMap<string, HTMLElement>, props: Readonly<WireProps>, theme: ChartTheme): Option {
  const left = only(slots.get("leftAxis"));
  const bottom = only(slots.get("bottomAxis"));
  const groups = partsOf(slots.get("barGroups"), "barchartgroup");
  const rods = groups.map((group) => partsOf(group, "barchartrod").map((rod) => readRod(rod, theme)));
  const most = Math.max(0, ...rods.map((g) => g.length));
  const gap = num(props.groupsSpace);
  const base = interaction(props, theme);
  // The bottom axis names the groups: a category axis, whose ticks are the groups (no interval).
  const { interval: _interval, ...x } = valueAxis(bottom, undefined, undefined, props.verticalGridLines, theme, {});
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (p: { data?: { tip?: string; value?: number }; name?: string }) => p.data?.tip || `${p.name ?? ""}: ${String(p.data?.value ?? "")}`,
    },
    grid: { left: axisRoom(left), bottom: axisRoom(bottom), right: 16, top: 12, containLabel: false },
    xAxis: { ...x, type: "category", data: groups.map((group) => String(partProp(group, "x", 0))) },
    yAxis: valueAxis(left, num(props.minY), num(props.maxY), props.horizontalGridLines, theme, { scale: false }),
    series: Array.from({ length: most }, (_, r) => rodSeries(rods, r, theme)).flat().map((s, i) => (i === 0 && gap !== undefined ? { ...s, barCategoryGap: gap } : s)),
  };
}
