/**
 * A `PieChart`'s ECharts option. Sections of one radius are one pie series; when their radii
 * differ, each section gets a series of its own, holding every section's value (so all share the
 * angles) but showing only its own. Either way a pointer's `dataIndex` is the section's index.
 * Part of the engine's chunk.
 */
import type { WireProps } from "../protocol/index.js";
import { interaction, num } from "./chart-axes.js";
import { partProp, partsOf } from "./chart-data.js";
import type { ChartTheme } from "./chart-theme.js";
import { color } from "./colors.js";

type Option = Record<string, unknown>;

interface Section {
  value: number;
  title: string;
  color: string;
  radius: number | undefined;
}

/** The whole option: the sections around the centre space, with the gaps drawn as borders. */
export function pieOption(slots: ReadonlyMap<string, HTMLElement>, props: Readonly<WireProps>, theme: ChartTheme, box: HTMLElement): Option {
  const sections: Section[] = partsOf(slots.get("sections"), "piechartsection").map((el, i) => ({
    value: Math.max(0, partProp(el, "value", 0)),
    title: partProp(el, "title", ""),
    color: theme.resolve(partProp(el, "color", "")) ?? theme.palette[i % theme.palette.length]!,
    radius: partProp<number | null>(el, "radius", null) ?? undefined,
  }));
  const inner = Math.max(0, num(props.centerSpaceRadius) ?? 0);
  const edge = Math.max(inner + 4, Math.min(box.clientWidth, box.clientHeight) / 2 - 8);
  const space = Math.max(0, num(props.sectionsSpace) ?? 0);
  const radii = new Set(sections.map((s) => s.radius));
  const own = radii.size > 1;
  const hole = theme.resolve(color(props.centerSpaceColor));
  const series = (own ? sections : sections.slice(0, 1)).map((mine, index) => ({
    type: "pie",
    id: own ? `section-${index}` : "sections",
    radius: [inner, mine.radius === undefined ? edge : inner + mine.radius],
    startAngle: -(num(props.startDegreeOffset) ?? 0),
    clockwise: true,
    avoidLabelOverlap: false,
    label: { show: true, position: "inside", color: theme.surface },
    labelLine: { show: false },
    itemStyle: { borderWidth: space, borderColor: theme.surface },
    data: sections.map((s, i) => {
      const shown = !own || i === index;
      return {
        value: s.value,
        name: s.title,
        itemStyle: { color: shown ? s.color : "transparent" },
        label: { show: shown && s.title !== "" },
        ...(shown ? {} : { tooltip: { show: false }, emphasis: { disabled: true } }),
      };
    }),
  }));
  const base = interaction(props, theme);
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), formatter: (p: { name?: string; value?: number; percent?: number }) => `${p.name ? `${p.name}: ` : ""}${p.value ?? ""}` },
    series: [
      ...(sections.length ? series : []),
      // The centre space's colour: a silent disc inside the hole.
      ...(hole && inner > 0 ? [{ type: "pie", id: "hole", radius: [0, inner], silent: true, label: { show: false }, tooltip: { show: false }, data: [{ value: 1, itemStyle: { color: hole } }] }] : []),
    ],
  };
}
