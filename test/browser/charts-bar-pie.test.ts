/**
 * BarChart and PieChart in Chromium, asserted on ECharts' model: bars stand where their rods
 * say (stacked items included), a tap on a bar reaches `onChartEvent` with its group and rod, a
 * pie's sections take their values, radii and the centre space, and a tap names its section.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import {
  BarChart, BarChartGroup, BarChartRod, BarChartRodStackItem, ChartAxis, ChartAxisLabel, PieChart, PieChartSection,
  type BarChartEvent, type PieChartEvent,
} from "../../src/index.js";
import { chartOption, itemLayout, xAxisLabels } from "./chart-model.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

interface Series {
  id: string;
  type: string;
  stack?: string;
  radius?: number[];
  data: (string | number | { value: number; item?: number; itemStyle?: { color?: string } })[];
}

/** Hovers then taps the middle of a drawn item, once ECharts' entry animation lets it answer. */
async function tapAt(tab: Tab, at: { x: number; y: number }, answered: () => boolean): Promise<void> {
  await until(async () => {
    await tab.mouse.move(at.x + 30, at.y + 30);
    await tab.mouse.move(at.x, at.y);
    await tab.waitForTimeout(50);
    return answered();
  }, "the item answered the pointer");
  await tab.mouse.click(at.x, at.y);
}

test("a BarChart draws groups of rods, stacked items on a rod, and a tap gives the group and rod", async () => {
  const seen: BarChartEvent[] = [];
  const groups = [
    new BarChartGroup({ x: 0, barRods: [new BarChartRod({ toY: 4, color: "primary" }), new BarChartRod({ fromY: 1, toY: 3 })] }),
    new BarChartGroup({ x: 1, barRods: [new BarChartRod({ toY: 6 }), new BarChartRod({ toY: 5, rodStackItems: [new BarChartRodStackItem({ fromY: 0, toY: 2, color: "error" }), new BarChartRodStackItem({ fromY: 2, toY: 5 })] })] }),
    new BarChartGroup({ x: 2, barRods: [new BarChartRod({ toY: 2, tooltip: "Two" })] }),
  ];
  const server = await browser.serve((page) =>
    page.add(new BarChart(groups, { maxY: 8, height: 300, bottomAxis: new ChartAxis({ labels: [0, 1, 2].map((value) => new ChartAxisLabel({ value, label: ["Jan", "Feb", "Mar"][value] })) }), onChartEvent: (e) => void seen.push(e.data) })),
  );
  const tab = await browser.open(server.url);
  const drawn = await chartOption<{ series: Series[]; xAxis: { type: string; data: string[] }[]; yAxis: { max: number }[] }>(tab);
  assert.deepEqual(drawn.xAxis[0]!.data, ["0", "1", "2"]);
  assert.equal(drawn.xAxis[0]!.type, "category");
  assert.deepEqual(await xAxisLabels(tab), ["Jan", "Feb", "Mar"], "the bottom axis shows its ChartAxisLabels' text at the groups' x");
  assert.equal(drawn.yAxis[0]!.max, 8);
  const values = (s: Series) => s.data.map((d) => (typeof d === "object" ? d.value : d));
  const byId = new Map(drawn.series.map((s) => [s.id, s]));
  assert.deepEqual(values(byId.get("rod-0-0")!), [4, 6, 2], "rod 0 of each group");
  assert.deepEqual(values(byId.get("base-1")!), [1, "-", "-"], "rod 1 of group 0 stands on 1");
  assert.deepEqual(values(byId.get("rod-1-0")!), [2, 2, "-"], "rod 1: 1→3, then the first stack item 0→2");
  assert.deepEqual(values(byId.get("rod-1-1")!), ["-", 3, "-"], "the second stack item 2→5");
  assert.equal((byId.get("rod-0-0")!.data[0] as { itemStyle: { color: string } }).itemStyle.color, "rgb(103, 80, 164)", "primary");
  assert.equal(new Set(drawn.series.map((s) => s.stack)).size, 2, "each rod is one stack");

  // Tap the second stack item of group 1's rod 1 (series index: base-0, rod-0-0, base-1, rod-1-0, rod-1-1).
  const index = drawn.series.findIndex((s) => s.id === "rod-1-1");
  const bar = await itemLayout(tab, 0, index, 1);
  const at = { x: bar.left + bar.x! + bar.width! / 2, y: bar.top + bar.y! + bar.height! / 2 };
  await tapAt(tab, at, () => seen.some((e) => e.type === "pointerHover" && e.groupIndex === 1 && e.rodIndex === 1));
  await until(async () => seen.some((e) => e.type === "tapUp"), "the tap reached the server");
  assert.deepEqual(seen.find((e) => e.type === "tapUp"), { type: "tapUp", groupIndex: 1, rodIndex: 1, stackItemIndex: 1 });
});

test("a PieChart draws its sections around the centre space; a tap names the section", async () => {
  const seen: PieChartEvent[] = [];
  const sections = [
    new PieChartSection({ value: 40, title: "40%", color: "primary", radius: 80 }),
    new PieChartSection({ value: 30, title: "30%", radius: 60 }),
    new PieChartSection({ value: 30, title: "30%", radius: 60 }),
  ];
  const server = await browser.serve((page) =>
    page.add(new PieChart(sections, { centerSpaceRadius: 30, sectionsSpace: 2, height: 320, onChartEvent: (e) => void seen.push(e.data) })),
  );
  const tab = await browser.open(server.url);
  const drawn = await chartOption<{ series: Series[] }>(tab);
  assert.deepEqual(drawn.series.map((s) => s.radius), [[30, 110], [30, 90], [30, 90]], "each section reaches its own radius past the centre space");
  for (const s of drawn.series) assert.deepEqual(s.data.map((d) => (typeof d === "object" ? d.value : d)), [40, 30, 30]);
  const layout = await itemLayout(tab, 0, 1, 1);
  assert.equal(layout.r0, 30);
  assert.equal(layout.r, 90);
  // The middle of section 1, in page coordinates (ECharts' angles are in radians, y down).
  const mid = (layout.startAngle! + layout.endAngle!) / 2;
  const radius = (layout.r0! + layout.r!) / 2;
  const at = { x: layout.left + layout.cx! + radius * Math.cos(mid), y: layout.top + layout.cy! + radius * Math.sin(mid) };
  await tapAt(tab, at, () => seen.some((e) => e.type === "pointerHover" && e.sectionIndex === 1));
  await until(async () => seen.some((e) => e.type === "tapUp"), "the tap reached the server");
  assert.deepEqual(seen.find((e) => e.type === "tapUp"), { type: "tapUp", sectionIndex: 1 });

  sections[0]!.value = 80;
  await sections[0]!.update();
  await until(async () => {
    const data = (await chartOption<{ series: Series[] }>(tab)).series[0]!.data[0];
    return typeof data === "object" && data.value === 80;
  }, "the pie's model shows the new value");
});
