/**
 * `chart-point-bytes`: the UTF-8 size of the frame that carries one changed point of a
 * `LineChart` (three series of 100 points; the middle series' 50th point gets a new `y`). For the
 * record, `chart_series_resend_bytes` is the frame a design with the series as one packed prop
 * would send for the same change: the whole series' points, in the same framing.
 */
import { LineChart, LineChartData, LineChartDataPoint, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { startHeadless } from "./headless.js";

export async function measureChartPointBytes(scale: Scale): Promise<Measurement> {
  const count = scale === "full" ? 100 : 10;
  const series = [0, 1, 2].map((s) => new LineChartData(Array.from({ length: count }, (_, x) => new LineChartDataPoint(x, Math.round(50 + 30 * Math.sin(x / 7 + s))))));
  const point = series[1]!.dataPoints[Math.floor(count / 2)]!;
  const session = await startHeadless(async (page: Page) => {
    await page.add(new LineChart(series, { minY: 0, maxY: 100 }));
  });
  try {
    session.ackAll();
    point.y = 12.5;
    await point.update();
    const frame = session.connection.last;
    if (!frame.includes(`,${point.id},{"y":12.5}]`)) {
      throw new Error(`chart-point-bytes: the last frame is not the point's patch: ${frame}`);
    }
    const packed = series[1]!.dataPoints.map((p) => [p.x, p.y]);
    const resend = JSON.stringify(["patch", { seq: 3, ops: [["set", series[1]!.id, { points: packed }]] }]);
    return {
      metrics: { chart_update_point_bytes: Buffer.byteLength(frame, "utf8"), chart_series_resend_bytes: Buffer.byteLength(resend, "utf8") },
      notes: [],
    };
  } finally {
    await session.close();
  }
}

export const chartPointBytes: Benchmark = {
  name: "chart-point-bytes",
  metrics: ["chart_update_point_bytes", "chart_series_resend_bytes"],
  run: (scale) => measureChartPointBytes(scale),
};
