/**
 * The chart controls in Chromium, asserted on ECharts' own model (read through
 * `getInstanceByDom`, which the engine's chunk exposes to tests): a chart shows its data in the
 * scheme's colours, follows one changed point, reports a tap on a point with its series and
 * index, re-reads its colours when the page turns dark, and trips no CSP rule.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { ChartAxis, ChartAxisLabel, ElevatedButton, LineChart, LineChartData, LineChartDataPoint, type LineChartEvent, type Page } from "../../src/index.js";
import { chartOption, chartPoint, drawnTexts, xAxisLabels } from "./chart-model.js";
import { watchCsp } from "./csp-watch.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

interface SeenSeries {
  type: string;
  id: string;
  smooth: boolean;
  color: string;
  data: { value: [number, number] }[];
}

type LineOption = { series: SeenSeries[]; xAxis: { min?: number; name: string }[]; yAxis: { max?: number }[]; aria: { enabled: boolean } | { enabled: boolean }[] };
const option = (tab: Tab) => chartOption<LineOption>(tab);

function lineApp(seen: LineChartEvent[], points: LineChartDataPoint[]) {
  return async (page: Page) => {
    const chart = new LineChart(
      [
        new LineChartData([new LineChartDataPoint(0, 1), new LineChartDataPoint(1, 3), new LineChartDataPoint(2, 2)], { label: "Visits" }),
        new LineChartData(points, { curved: true, color: "tertiary", label: "Sales" }),
      ],
      {
        minX: 0,
        maxX: 4,
        maxY: 10,
        height: 300,
        legend: true,
        bottomAxis: new ChartAxis({ title: "Day", labels: [new ChartAxisLabel({ value: 0, label: "Mon" })] }),
        onChartEvent: (e) => void seen.push(e.data),
      },
    );
    await page.add(
      chart,
      new ElevatedButton("Raise", { onClick: () => { points[2]!.y = 8; } }),
      new ElevatedButton("Dark", { onClick: () => { page.themeMode = "dark"; } }),
    );
  };
}

test("a LineChart draws its series in the scheme's colours and follows one changed point", async (t) => {
  const seen: LineChartEvent[] = [];
  const points = [0, 1, 2, 3].map((x) => new LineChartDataPoint(x, x + 1));
  const violations: string[] = [];
  // What the server sends the tab over its WebSocket, from the first frame.
  const received: string[] = [];
  browser.context.once("page", (page) => page.on("websocket", (ws) => ws.on("framereceived", (f) => void received.push(String(f.payload)))));
  const tab = watchCsp(await browser.open((await browser.serve(lineApp(seen, points))).url), violations);
  const drawn = await option(tab);
  assert.deepEqual(drawn.series.map((s) => [s.type, s.smooth, s.data.map((d) => d.value)]), [
    ["line", false, [[0, 1], [1, 3], [2, 2]]],
    ["line", true, [[0, 1], [1, 2], [2, 3], [3, 4]]],
  ]);
  assert.equal(drawn.series[0]!.color, "rgb(103, 80, 164)", "the first series takes the scheme's primary");
  assert.equal(drawn.series[1]!.color, "rgb(125, 82, 96)", "`tertiary` resolves to the scheme's colour");
  assert.equal(drawn.xAxis[0]!.min, 0);
  assert.equal(drawn.xAxis[0]!.name, "Day");
  const texts = await drawnTexts(tab);
  assert.ok(texts.includes("Visits") && texts.includes("Sales"), `the legend names the series: ${JSON.stringify(texts)}`);
  const labels = await xAxisLabels(tab);
  assert.equal(labels[0], "Mon", "the ChartAxisLabel at 0");
  assert.ok(labels.slice(1).every((l) => l === ""), `no label where none is given: ${JSON.stringify(labels)}`);
  assert.equal(drawn.yAxis[0]!.max, 10);
  assert.equal([drawn.aria].flat()[0]!.enabled, true);
  const described = tab.getByRole("img", { name: /Visits[\s\S]*Sales/ });
  assert.equal(await described.count(), 1, "screen readers find the chart as an image described with its series (ECharts' aria)");

  const before = received.length;
  await tab.getByRole("button", { name: "Raise" }).click();
  await until(async () => (await option(tab)).series[1]!.data[2]!.value[1] === 8, "the chart's model shows the new y");
  const patches = received.slice(before).filter((f) => f.startsWith('["patch"'));
  assert.equal(patches.length, 1, `one patch after the click: ${patches.join(" ")}`);
  assert.deepEqual((JSON.parse(patches[0]!) as [string, { ops: unknown[] }])[1].ops, [["set", points[2]!.id, { y: 8 }]], "one set op of one prop");
  assert.ok(Buffer.byteLength(patches[0]!) < 64, `${Buffer.byteLength(patches[0]!)} bytes on the wire`);
  t.diagnostic(`one changed point: ${Buffer.byteLength(patches[0]!)} bytes on the wire (${patches[0]})`);
  assert.deepEqual((await option(tab)).series[1]!.data.map((d) => d.value[1]), [1, 2, 8, 4]);
  assert.deepEqual(violations, []);
});

test("a tap on a point reaches onChartEvent with its series and index; dark mode re-reads the colours", async () => {
  const seen: LineChartEvent[] = [];
  const points = [0, 1, 2, 3].map((x) => new LineChartDataPoint(x, x + 1));
  const tab = await browser.open((await browser.serve(lineApp(seen, points))).url);
  await option(tab);
  // Where ECharts drew the second series' third point (x 2, y 3), in page coordinates.
  const at = await chartPoint(tab, 0, { seriesIndex: 1 }, [2, 3]);
  // The entry animation grows the symbols into place: hover until the point answers, then tap it.
  await until(async () => {
    await tab.mouse.move(at.x - 20, at.y - 20);
    await tab.mouse.move(at.x, at.y);
    await tab.waitForTimeout(50);
    return seen.some((e) => e.type === "pointerHover" && e.spots[0]?.barIndex === 1 && e.spots[0]?.spotIndex === 2);
  }, "hovering the point was reported");
  await tab.mouse.click(at.x, at.y);
  await until(async () => seen.some((e) => e.type === "tapUp"), "the tap reached the server");
  assert.deepEqual(seen.find((e) => e.type === "tapUp"), { type: "tapUp", spots: [{ barIndex: 1, spotIndex: 2 }] });

  await tab.getByRole("button", { name: "Dark" }).click();
  await until(async () => (await option(tab)).series[0]!.color !== "rgb(103, 80, 164)", "the series took the dark scheme's primary");
  assert.equal((await option(tab)).series[0]!.color, await tab.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = "var(--md-sys-color-primary)";
    document.body.append(probe);
    const css = getComputedStyle(probe).color;
    probe.remove();
    return css;
  }));
});

test("hovering a point shows its tooltip, drawn on the canvas (no HTML); showTooltip false shows none", async () => {
  const tab = await browser.open((await browser.serve((page) => page.add(new LineChart([
    new LineChartData([new LineChartDataPoint(0, 1), new LineChartDataPoint({ x: 1, y: 3, tooltip: "Peak <b>here</b>" }), new LineChartDataPoint({ x: 2, y: 2, showTooltip: false })]),
  ], { height: 300 })))).url);
  await option(tab);
  const peak = await chartPoint(tab, 0, { seriesIndex: 0 }, [1, 3]);
  await until(async () => {
    await tab.mouse.move(peak.x - 30, peak.y + 30);
    await tab.mouse.move(peak.x, peak.y);
    await tab.waitForTimeout(100);
    return (await drawnTexts(tab)).includes("Peak <b>here</b>");
  }, "the point's tooltip text is drawn, as text");
  assert.equal(await tab.locator(".weft-chart b").count(), 0, "nothing of it became markup");
  const quiet = await chartPoint(tab, 0, { seriesIndex: 0 }, [2, 2]);
  await tab.mouse.move(quiet.x - 60, quiet.y + 60, { steps: 4 });
  await until(async () => !(await drawnTexts(tab)).includes("Peak <b>here</b>"), "the tooltip went away off the point");
  await tab.mouse.move(quiet.x, quiet.y, { steps: 4 });
  await tab.waitForTimeout(400);
  const texts = await drawnTexts(tab);
  assert.ok(!texts.includes("Peak <b>here</b>") && !texts.some((t) => /Series 1/.test(t)), `no tooltip over a point without one: ${JSON.stringify(texts)}`);
});
