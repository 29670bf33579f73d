/**
 * A live LineChart series of 100,000 points in Chromium: ECharts' model holds every point from
 * the packed runs, and a tick (25 points appended, 25 dropped) arrives as a few small ops and
 * moves the model's window by 25, read from ECharts' own option.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { ElevatedButton, LineChart, LineChartData, type Page } from "../../src/index.js";
import { chartOption } from "./chart-model.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

interface Engine {
  getInstanceByDom(el: Element): { getOption(): { series: { data: ([number, number] | { value: [number, number] })[] }[] } } | undefined;
}

/** The first series' length and its first and last x, as ECharts holds them. */
function window(tab: Tab): Promise<[number, number, number]> {
  return tab.evaluate(() => {
    const engine = (globalThis as unknown as { __weftEcharts: Engine }).__weftEcharts;
    const data = engine.getInstanceByDom(document.querySelector(".weft-chart__canvas")!)!.getOption().series[0]!.data;
    // A long packed series is one typed array [x0, y0, x1, y1, …]; point controls are { value: [x, y] }.
    // (No named helper here: the test's compiler would wrap it in a function the page lacks.)
    if (ArrayBuffer.isView(data)) {
      const flat = data as unknown as Float64Array;
      return [flat.length / 2, flat[0]!, flat[flat.length - 2]!];
    }
    const [first, last] = [data[0]!, data.at(-1)!].map((item) => (Array.isArray(item) ? item[0] : item.value[0]));
    return [data.length, first!, last!];
  });
}

test("a series of 100,000 packed points is drawn whole; a tick of 25 points is a few small ops", async (t0) => {
  let t = 0;
  const next = (count: number) => Array.from({ length: count }, () => [t, Math.sin(t++ / 100) * 50] as [number, number]);
  const app = async (page: Page) => {
    const series = new LineChartData([], { point: false });
    series.appendPoints(next(100_000));
    const chart = new LineChart([series], { height: 300, animate: false });
    await page.add(chart, new ElevatedButton("Tick", { onClick: () => { series.appendPoints(next(25)); series.dropPoints(25); } }));
  };
  const received: string[] = [];
  browser.context.once("page", (tab) => tab.on("websocket", (ws) => ws.on("framereceived", (f) => void received.push(String(f.payload)))));
  const tab = await browser.open((await browser.serve(app)).url);
  await chartOption(tab);
  await until(async () => (await window(tab))[0] === 100_000, "ECharts holds all 100,000 points");
  assert.deepEqual(await window(tab), [100_000, 0, 99_999]);

  const before = received.length;
  // In the page: when the click happened, and when ECharts finished each render after it.
  await tab.evaluate(() => {
    const w = globalThis as unknown as { __weftEcharts: { getInstanceByDom(el: Element): { on(e: string, f: () => void): void } }; __clicked: number; __rendered: number[] };
    w.__rendered = [];
    w.__weftEcharts.getInstanceByDom(document.querySelector(".weft-chart__canvas")!).on("finished", () => void w.__rendered.push(performance.now()));
    document.addEventListener("click", () => void (w.__clicked = performance.now()), { capture: true });
  });
  await tab.getByRole("button", { name: "Tick" }).click();
  await until(async () => (await window(tab))[1] === 25, "the window slid by 25");
  const tick = await tab.evaluate(() => {
    const w = globalThis as unknown as { __clicked: number; __rendered: number[] };
    return Math.round(w.__rendered.find((at) => at > w.__clicked)! - w.__clicked);
  });
  t0.diagnostic(`from the click to ECharts' finished render of the slid window: ${tick} ms (the server's tick, the patch, one redraw; for the record, not asserted)`);
  assert.deepEqual(await window(tab), [100_000, 25, 100_024]);
  const patches = received.slice(before).filter((f) => f.startsWith('["patch"'));
  const ops = patches.flatMap((p) => (JSON.parse(p) as [string, { ops: unknown[][] }])[1].ops);
  assert.ok(ops.length <= 3, `a tick is the last run's set, perhaps a new run, the first run's trim: ${ops.map((op) => op[0]).join(", ")}`);
  const bytes = patches.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
  t0.diagnostic(`a tick of 25 points: ${ops.length} ops, ${bytes} bytes`);
  assert.ok(bytes < 6000, `a tick of 25 points costs ${bytes} bytes on the wire, not a resend of the series`);
});
