/**
 * The chart controls on the server: a changed point is one `set` op of one prop on its id, an
 * appended point one insert, and `onChartEvent` takes only events of the chart's own shape.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  BarChart, BarChartGroup, BarChartRod, BarChartRodStackItem, ChartAxis, ChartAxisLabel, LineChart, LineChartData, LineChartDataPoint, PieChart, PieChartSection,
} from "../../src/core/index.js";
import type { BarChartEvent, LineChartEvent, PieChartEvent } from "../../src/core/index.js";
import type { JsonValue } from "../../src/protocol/index.js";
import { runApp } from "../../src/testing/index.js";

function series(): LineChartData {
  return new LineChartData([0, 1, 2, 3, 4].map((x) => new LineChartDataPoint(x, x * x)), { curved: true, color: "primary" });
}

test("changing one LineChartDataPoint.y sends one set op naming only y, in a small frame", async () => {
  const data = series();
  const pilot = await runApp(async (page) => {
    await page.add(new LineChart([data], { minY: 0, bottomAxis: new ChartAxis({ title: "Day", labels: [new ChartAxisLabel({ value: 0, label: "Mon" })] }) }));
  });
  const point = data.dataPoints[2]!;
  const mark = pilot.patches.length;
  const frames = pilot.frames.length;
  point.y = 7.5;
  await point.update();
  await pilot.settle();
  const patches = pilot.patches.slice(mark);
  assert.equal(patches.length, 1);
  assert.deepEqual(patches[0]!.frame[1], { seq: mark + 1, ops: [["set", point.id, { y: 7.5 }]] });
  const bytes = pilot.frames.slice(frames).reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(bytes < 80, `one changed point costs ${bytes} bytes on the wire`);
  assert.deepEqual(pilot.find({ type: LineChartDataPoint })[2]!.props, { x: 2, y: 7.5 });
  await pilot.close();
});

test("appending a point is one insert op, not a resend of the series", async () => {
  const data = series();
  const pilot = await runApp(async (page) => {
    await page.add(new LineChart([data]));
  });
  const mark = pilot.patches.length;
  data.dataPoints.push(new LineChartDataPoint(5, 25));
  await data.update();
  await pilot.settle();
  const ops = pilot.patches.slice(mark).flatMap((p) => (p.frame[1] as { ops: unknown[][] }).ops);
  assert.equal(ops.length, 1);
  assert.equal(ops[0]![0], "insert");
  assert.equal(pilot.find({ type: LineChartDataPoint }).length, 6);
  await pilot.close();
});

test("onChartEvent gets Flet's LineChartEvent; events of another shape are refused", async () => {
  const seen: LineChartEvent[] = [];
  const pilot = await runApp(async (page) => {
    await page.add(new LineChart([series()], { onChartEvent: (e) => void seen.push(e.data) }));
  });
  await pilot.fire({ type: LineChart }, "chartEvent", { type: "tapUp", spots: [{ barIndex: 0, spotIndex: 3 }] });
  for (const bad of <JsonValue[]>[null, 3, { type: "tapUp" }, { type: "boom", spots: [] }, { type: "tapUp", spots: [{ barIndex: -5, spotIndex: 0 }] }, { type: "tapUp", spots: [{ barIndex: 0.5, spotIndex: 0 }] }]) {
    await pilot.fire({ type: LineChart }, "chartEvent", bad);
  }
  assert.deepEqual(seen, [{ type: "tapUp", spots: [{ barIndex: 0, spotIndex: 3 }] }]);
  await pilot.close();
});

test("Flet's keyword forms: series, points and axes by name", () => {
  const chart = new LineChart({
    dataSeries: [new LineChartData({ dataPoints: [new LineChartDataPoint({ x: 1, y: 2, tooltip: "Peak" })], strokeWidth: 4 })],
    maxY: 10,
    leftAxis: new ChartAxis({ title: "Sales", labelsSize: 40 }),
  });
  assert.equal(chart.dataSeries[0]!.strokeWidth, 4);
  assert.equal(chart.dataSeries[0]!.dataPoints[0]!.tooltip, "Peak");
  assert.equal(chart.maxY, 10);
  assert.equal(chart.leftAxis!.labelsSize, 40);
  assert.throws(() => new LineChart({ minx: 0 } as never), /minX/);
});

test("a changed rod or section is one set op; bar and pie events take only their own shape", async () => {
  const bars: BarChartEvent[] = [];
  const pies: PieChartEvent[] = [];
  const rod = new BarChartRod({ toY: 3, rodStackItems: [new BarChartRodStackItem({ toY: 1 })] });
  const section = new PieChartSection({ value: 10, title: "Ten" });
  const pilot = await runApp(async (page) => {
    await page.add(
      new BarChart([new BarChartGroup({ x: 0, barRods: [rod] })], { onChartEvent: (e) => void bars.push(e.data) }),
      new PieChart([section, new PieChartSection({ value: 5 })], { centerSpaceRadius: 20, onChartEvent: (e) => void pies.push(e.data) }),
    );
  });
  const mark = pilot.patches.length;
  rod.toY = 4;
  section.value = 12;
  await page(rod).update();
  await pilot.settle();
  const ops = pilot.patches.slice(mark).flatMap((p) => (p.frame[1] as { ops: unknown[][] }).ops);
  assert.deepEqual(ops, [["set", rod.id, { toY: 4 }], ["set", section.id, { value: 12 }]]);

  const bar = { type: "tapUp", groupIndex: 0, rodIndex: 0, stackItemIndex: -1 };
  await pilot.fire({ type: BarChart }, "chartEvent", bar);
  await pilot.fire({ type: BarChart }, "chartEvent", { type: "tapUp", groupIndex: 0, rodIndex: "0", stackItemIndex: -1 });
  await pilot.fire({ type: BarChart }, "chartEvent", { type: "tapUp", sectionIndex: 0 });
  await pilot.fire({ type: PieChart }, "chartEvent", { type: "pointerHover", sectionIndex: 1 });
  await pilot.fire({ type: PieChart }, "chartEvent", { type: "pointerHover", sectionIndex: 1e9 });
  assert.deepEqual(bars, [bar]);
  assert.deepEqual(pies, [{ type: "pointerHover", sectionIndex: 1 }]);
  await pilot.close();
});

/** The page a control is on, to update it whole. */
function page(control: BarChartRod) {
  return control.page!;
}
