/**
 * Charts: Flet's `LineChart`, `BarChart` and `PieChart`, each live beside its TypeScript. The line
 * chart ticks: a new point every second, the oldest dropped (one insert and one remove op each,
 * never a resend of the series). A slider drives a bar; hovering a pie section lifts it out.
 * ECharts, which draws them, loads with the first chart on the page.
 */
import {
  app, BarChart, BarChartGroup, BarChartRod, BarChartRodStackItem, ChartAxis, ChartAxisLabel, Column, Container, LineChart,
  LineChartData, LineChartDataPoint, Markdown, PieChart, PieChartSection, ResponsiveRow, sleep, Slider, Switch, Text,
  type Control, type Page,
} from "../src/index.js";

const MONO = 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace';
const WINDOW = 30;

/** One entry: a heading, the live chart on the left, its source on the right (below on a phone). */
function demo(title: string, live: Control, snippet: string): Control {
  return new Column([
    new Markdown(`## ${title}`),
    new ResponsiveRow(
      [
        new Container(live, { col: { xs: 12, md: 7 } }),
        new Container(new Text(snippet.trim(), { fontFamily: MONO, size: 13, selectable: true }), {
          col: { xs: 12, md: 5 }, padding: 12, bgcolor: "surfaceContainerHighest", borderRadius: 8,
        }),
      ],
      { spacing: 16, verticalAlignment: "center" },
    ),
  ], { horizontalAlignment: "stretch" });
}

/** A reading that wanders, so the ticking chart has something to show. */
function reading(t: number): number {
  return Math.round((50 + 25 * Math.sin(t / 5) + 10 * Math.sin(t / 1.7)) * 10) / 10;
}

function ticking(page: Page): Control {
  let t = 0;
  const series = new LineChartData([], { curved: true, color: "primary", belowLineBgcolor: "primaryContainer", point: false, label: "Load" });
  for (; t < WINDOW; t++) series.dataPoints.push(new LineChartDataPoint(t, reading(t)));
  const chart = new LineChart([series], {
    minY: 0, maxY: 100, height: 260, animate: 400,
    horizontalGridLines: { interval: 25, dashPattern: [4, 4] },
    leftAxis: new ChartAxis({ title: "Load %", labelsInterval: 25 }),
    bottomAxis: new ChartAxis({ title: "Seconds", labelsInterval: 5 }),
  });
  page.runTask(async (signal) => {
    while (!signal.aborted) {
      await sleep(1000);
      series.dataPoints.push(new LineChartDataPoint(t, reading(t)));
      series.dataPoints.shift();
      t += 1;
      chart.minX = t - WINDOW;
      chart.maxX = t - 1;
      await chart.update();
    }
  });
  return demo("A ticking line chart", chart, `
const series = new LineChartData(points, { curved: true, belowLineBgcolor: "primaryContainer" });
const chart = new LineChart([series], { minY: 0, maxY: 100 });
// every second:
series.dataPoints.push(new LineChartDataPoint(t, value));
series.dataPoints.shift();
await chart.update();`);
}

/** A live series of 100,000 points, packed in runs (`appendPoints`), sliding 100 points a second. */
function longSeries(page: Page): Control {
  const LONG = 100_000;
  const STEP = 100;
  let t = 0;
  const next = (count: number) => Array.from({ length: count }, () => [t, reading(t++ / 40) + Math.round(Math.sin(t * 1.3) * 40) / 10] as [number, number]);
  const series = new LineChartData([], { color: "secondary", strokeWidth: 1, point: false, label: "Sensor" });
  series.appendPoints(next(LONG));
  const chart = new LineChart([series], { height: 260, animate: false, minY: 0, maxY: 100, leftAxis: new ChartAxis({ labelsInterval: 25 }) });
  page.runTask(async (signal) => {
    while (!signal.aborted) {
      await sleep(1000);
      series.appendPoints(next(STEP));
      series.dropPoints(STEP);
      await chart.update();
    }
  });
  return demo("A live series of 100,000 points", chart, `
const series = new LineChartData([], { point: false });
series.appendPoints(points); // 100,000 [x, y] pairs, packed in runs of 128
// every second:
series.appendPoints(next(100));
series.dropPoints(100);
await chart.update(); // one set op of the last run (and an insert when it fills)`);
}

function bars(page: Page): Control {
  const months = ["Jan", "Feb", "Mar", "Apr", "May"];
  const sales = [5, 7, 4, 8, 6];
  const live = new BarChartRod({ toY: 6, color: "tertiary", width: 22, borderRadius: 4, tooltip: "May (slider)" });
  const groups = months.map((month, x) =>
    new BarChartGroup({
      x,
      barRods: [x === 4 ? live : new BarChartRod({
        toY: sales[x]!, width: 22, borderRadius: 4, tooltip: `${month}: ${sales[x]}`,
        rodStackItems: [new BarChartRodStackItem({ fromY: 0, toY: sales[x]! / 2, color: "primary" }), new BarChartRodStackItem({ fromY: sales[x]! / 2, toY: sales[x]!, color: "secondary" })],
      })],
    }));
  const chosen = new Text("Tap a bar");
  const chart = new BarChart(groups, {
    minY: 0, maxY: 10, height: 240,
    horizontalGridLines: { interval: 2 },
    bottomAxis: new ChartAxis({ labels: months.map((label, value) => new ChartAxisLabel({ value, label })) }),
    leftAxis: new ChartAxis({ labelsInterval: 2 }),
    onChartEvent: async (e) => {
      if (e.data.type !== "tapUp" || e.data.groupIndex < 0) return;
      chosen.value = `Tapped ${months[e.data.groupIndex]}, rod ${e.data.rodIndex}`;
      await page.update();
    },
  });
  const slider = new Slider({
    min: 0, max: 10, divisions: 20, value: 6, label: "May",
    onChange: async (e) => { live.toY = e.data; await live.update(); },
  });
  return demo("A bar chart driven by a slider", new Column([chart, slider, chosen], { horizontalAlignment: "stretch" }), `
const live = new BarChartRod({ toY: 6, color: "tertiary" });
new BarChart([...groups, new BarChartGroup({ x: 4, barRods: [live] })], {
  onChartEvent: (e) => show(e.data.groupIndex, e.data.rodIndex),
});
new Slider({ min: 0, max: 10, onChange: (e) => { live.toY = e.data; } });`);
}

function pie(page: Page): Control {
  const shares = [["Search", 40, "primary"], ["Direct", 30, "tertiary"], ["Social", 15, "secondary"], ["Mail", 15, "error"]] as const;
  const sections = shares.map(([title, value, color]) => new PieChartSection({ value, title: `${title} ${value}%`, color, radius: 70 }));
  const chart = new PieChart(sections, {
    centerSpaceRadius: 40, sectionsSpace: 2, height: 260,
    onChartEvent: async (e) => {
      // Flet's pie example: the section under the pointer grows.
      sections.forEach((s, i) => (s.radius = i === e.data.sectionIndex ? 85 : 70));
      await page.update();
    },
  });
  return demo("A pie chart whose hovered section grows", chart, `
const sections = shares.map(([title, value]) => new PieChartSection({ value, title, radius: 70 }));
new PieChart(sections, {
  centerSpaceRadius: 40, sectionsSpace: 2,
  onChartEvent: (e) => sections.forEach((s, i) => (s.radius = i === e.data.sectionIndex ? 85 : 70)),
});`);
}

export async function main(page: Page) {
  page.title = "Weft charts";
  page.themeMode = "light";
  page.horizontalAlignment = "stretch";
  const dark = new Switch({
    label: "Dark mode",
    onChange: async (e) => {
      page.themeMode = e.data ? "dark" : "light";
      await page.update();
    },
  });
  await page.add(new Markdown("# Charts"), dark, ticking(page), bars(page), pie(page), longSeries(page));
}

app(main);
