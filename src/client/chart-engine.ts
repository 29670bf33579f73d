/**
 * The chart engine: Apache ECharts, tree-shaken to the line, bar and pie charts, the grid,
 * tooltip, legend and aria components and the canvas renderer (decision 0050). Imported by
 * `chart-view.ts`, so it is part of the charts' lazy chunk (`controls/charts.ts`) and no page
 * without a chart fetches it. Tests read a chart's model through
 * `window.__weftEcharts.getInstanceByDom(canvasBox)`.
 */
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, LegendComponent } from "echarts/components";
import { install as installGrid } from "echarts/lib/component/grid/installSimple.js";
import type { ECElementEvent, ECharts } from "echarts/core";
// Not `echarts/core`: it re-exports namespaces (`graphic`, `util`), and the helper esbuild
// writes for those would be shared with weft.js as a chunk the page loads at start.
import { getInstanceByDom, init } from "echarts/lib/core/echarts.js";
import { use } from "echarts/lib/extension.js";
import { installLabelLayout } from "echarts/lib/label/installLabelLayout.js";
import TooltipModel from "echarts/lib/component/tooltip/TooltipModel.js";
import TooltipView from "echarts/lib/component/tooltip/TooltipView.js";
import { CanvasRenderer } from "echarts/renderers";
import type { JsonValue, WireProps } from "../protocol/index.js";
import { barOption } from "./chart-bar.js";
import { lineOption } from "./chart-line.js";
import { pieOption } from "./chart-pie.js";
import { readTheme, type ChartTheme } from "./chart-theme.js";

use([installLabelLayout, LineChart, BarChart, PieChart, installGrid, installItemTooltip, LegendComponent, AriaComponent, CanvasRenderer]);

interface TooltipRegisters {
  registerComponentModel(model: unknown): void;
  registerComponentView(view: unknown): void;
  registerAction(action: { type: string; event: string; update: string }, handler: () => void): void;
}

/**
 * ECharts' tooltip as `TooltipComponent` installs it, less the axis pointer (the grid's
 * `installSimple` leaves it out too): the charts show item tooltips only, and the axis pointer's
 * module holds ECharts' `graphic` namespace as a value, whose helper esbuild would share with
 * weft.js as a chunk every page loads at start. The view hides and shows through the two actions.
 */
function installItemTooltip(registers: TooltipRegisters): void {
  registers.registerComponentModel(TooltipModel);
  registers.registerComponentView(TooltipView);
  registers.registerAction({ type: "showTip", event: "showTip", update: "tooltip:manuallyShowTip" }, () => {});
  registers.registerAction({ type: "hideTip", event: "hideTip", update: "tooltip:manuallyHideTip" }, () => {});
}

(globalThis as { __weftEcharts?: unknown }).__weftEcharts = { getInstanceByDom };

export type ChartKind = "line" | "bar" | "pie";

type OptionBuilder = (slots: ReadonlyMap<string, HTMLElement>, props: Readonly<WireProps>, theme: ChartTheme, box: HTMLElement) => Record<string, unknown>;
type EventType = "tapUp" | "pointerHover" | "pointerExit";

const OPTIONS: Record<ChartKind, OptionBuilder> = { line: lineOption, bar: barOption, pie: pieOption };

/** `onChartEvent`'s data for a pointer over an item (`params`), or over nothing. */
function eventData(kind: ChartKind, type: EventType, params: ECElementEvent | undefined): JsonValue {
  switch (kind) {
    case "line":
      return { type, spots: params ? [{ barIndex: params.seriesIndex ?? 0, spotIndex: params.dataIndex }] : [] };
    case "bar": {
      // Series `rod-<rod>-<segment>`; the data item knows its stack item (-1: a rod drawn whole).
      const rod = params ? /^rod-(\d+)-/.exec(String(params.seriesId)) : null;
      const item = (params?.data as { item?: number } | undefined)?.item;
      return rod
        ? { type, groupIndex: params!.dataIndex, rodIndex: Number(rod[1]), stackItemIndex: typeof item === "number" ? item : -1 }
        : { type, groupIndex: -1, rodIndex: -1, stackItemIndex: -1 };
    }
    case "pie":
      return { type, sectionIndex: params && params.seriesId !== "hole" ? params.dataIndex : -1 };
  }
}

/** Where a chart's events go: its view's latest `fire`. */
const targets = new WeakMap<HTMLElement, (data: JsonValue) => void>();

/** Makes the chart in `box`, with its pointer events turned into `onChartEvent` data. */
function chartIn(box: HTMLElement, kind: ChartKind): ECharts {
  const existing = getInstanceByDom(box);
  if (existing) return existing;
  const chart = init(box, undefined, { renderer: "canvas" });
  const send = (type: EventType, params?: ECElementEvent) => targets.get(box)?.(eventData(kind, type, params));
  chart.on("click", (params) => send("tapUp", params as ECElementEvent));
  chart.on("mouseover", (params) => send("pointerHover", params as ECElementEvent));
  chart.on("globalout", () => send("pointerExit"));
  return chart;
}

/** Draws (or merges into) the chart in `box` from its props and the parts in `slots`. */
export function drawChart(kind: ChartKind, box: HTMLElement, slots: ReadonlyMap<string, HTMLElement>, props: Readonly<WireProps>, fire: (data: JsonValue) => void): void {
  targets.set(box, fire);
  const chart = chartIn(box, kind);
  const option = OPTIONS[kind](slots, props, readTheme(box), box);
  chart.setOption(option, { replaceMerge: ["series"] });
}

export function resizeChart(box: HTMLElement): void {
  getInstanceByDom(box)?.resize();
}

export function disposeChart(box: HTMLElement): void {
  getInstanceByDom(box)?.dispose();
  targets.delete(box);
}
