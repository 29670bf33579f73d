/**
 * `chart-series-heap`: what a long `LineChart` series costs the server when each point is a
 * control (decision 0050 asked for it before a 100,000-point series is settled on): the heap a
 * session holds for the chart after it is shown, per point, and the bytes its first patches send
 * per point (counted as characters: the frames are ASCII JSON), for 50,000 points. Measured in
 * this process, with V8's collector run before each reading.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { LineChart, LineChartData, LineChartDataPoint, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { startHeadless } from "./headless.js";

/** V8's collector, made callable without `--expose-gc` on the command line. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

function settledHeap(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function measureChartSeriesHeap(scale: Scale): Promise<Measurement> {
  // Not 100,000: with its series, chart and page that is over a session's default `maxControls`
  // (100,000), and the chart is refused (`limit.controls`).
  const count = scale === "full" ? 50_000 : 1000;
  const gc = collector();
  const empty = await startHeadless(async () => {});
  const base = settledHeap(gc);
  await empty.close();
  let chart: LineChart | undefined;
  const session = await startHeadless(async (page: Page) => {
    const points = Array.from({ length: count }, (_, x) => new LineChartDataPoint(x, Math.round(500 + 400 * Math.sin(x / 300)) / 10));
    chart = new LineChart([new LineChartData(points, { point: false })]);
    await page.add(chart);
  });
  try {
    session.ackAll();
    const held = settledHeap(gc) - base;
    const chars = session.connection.chars;
    if (chart?.dataSeries[0]?.dataPoints.length !== count) throw new Error("chart-series-heap: the series lost points");
    return {
      metrics: {
        chart_point_heap_bytes: Math.round(held / count),
        chart_point_wire_bytes: Math.round(chars / count),
      },
      notes: [`${count} points: ${(held / 1024 / 1024).toFixed(1)} MB of heap held, ${(chars / 1024 / 1024).toFixed(1)} M characters sent at start`],
    };
  } finally {
    await session.close();
  }
}

export const chartSeriesHeap: Benchmark = {
  name: "chart-series-heap",
  metrics: ["chart_point_heap_bytes", "chart_point_wire_bytes"],
  run: (scale) => measureChartSeriesHeap(scale),
};
