/**
 * `chart-append`: issue 19's live series of 100,000 points. In Chromium, a `LineChart` of one
 * `LineChartData` of 100,000 packed points (`appendPoints`, decision 0046) takes ticks of 25 points
 * appended and 25 dropped, one at a time, from the server; the figure is each tick's time in the
 * page from the arrival of its frame (the first WebSocket message after the tick) to ECharts'
 * `finished` event of the render that shows it, p50 and p95 over the ticks. The floor is ECharts
 * itself (its own full build) on a bare page with the same 100,000 points as one `Float64Array`,
 * taking the same ticks as 25 new points over a raw `ws` and calling `setOption` with the slid
 * window: what drawing the tick costs at least. Both pages have the chart 1024×300, no animation.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page as Tab } from "playwright-core";
import type { WebSocket } from "ws";
import { LineChart, LineChartData, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { floorPage, startFloorServer } from "./floor-server.js";
import { serveApp } from "./serve-app.js";
import { percentile } from "./stats.js";

const SIZES: Record<Scale, { points: number; warmup: number; ticks: number }> = {
  full: { points: 100_000, warmup: 5, ticks: 40 },
  smoke: { points: 3_000, warmup: 0, ticks: 2 },
};
const TICK = 25;
const TIMEOUT_MS = 30_000;

/** Point `i` of the series: the same values on both pages. */
function point(i: number): [number, number] {
  return [i, Math.sin(i / 100) * 50 + (i % 7)];
}

/**
 * Runs in the page before its scripts: records when each WebSocket message arrives (a listener
 * added as the socket is made, so ahead of the page's own) and when each ECharts render finishes.
 */
const PROBE = `
  window.__arrivals = [];
  window.__finished = [];
  const Native = WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => window.__arrivals.push(performance.now()));
    }
  };`;

/** The floor's page: ECharts on a bare page, drawing the series it is sent and sliding it by each tick. */
const FLOOR_PAGE = floorPage(`
  const message = JSON.parse(e.data);
  if (!window.__chart) {
    const box = document.createElement("div");
    box.style.cssText = "width:1024px;height:300px";
    document.getElementById("root").append(box);
    window.__chart = echarts.init(box);
    window.__chart.on("finished", () => window.__finished.push(performance.now()));
    window.__data = Float64Array.from(message);
  } else {
    const next = new Float64Array(window.__data.length);
    next.set(window.__data.subarray(message.length));
    next.set(message, window.__data.length - message.length);
    window.__data = next;
  }
  window.__chart.setOption({
    animation: false,
    xAxis: { type: "value", min: "dataMin", max: "dataMax" },
    yAxis: { type: "value" },
    series: [{ id: "s", type: "line", showSymbol: false, sampling: "lttb", dimensions: ["x", "y"], data: window.__data }],
  });`).replace("<script>", '<script src="/echarts.min.js"></script>\n<script>');

/** Waits until ECharts has finished a render after the first message since `since`; that time in ms. */
function tickTime(tab: Tab, since: number): Promise<number> {
  return tab.evaluate(
    ({ since, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __arrivals: number[]; __finished: number[] };
        const started = performance.now();
        const check = () => {
          const arrival = w.__arrivals.slice(since)[0];
          const done = arrival === undefined ? undefined : w.__finished.find((at) => at > arrival);
          if (arrival !== undefined && done !== undefined) resolve(done - arrival);
          else if (performance.now() - started > timeoutMs) reject(new Error("no render finished after the tick"));
          else setTimeout(check, 5);
        };
        check();
      }),
    { since, timeoutMs: TIMEOUT_MS },
  );
}

/** Sends `warmup + ticks` ticks one after another (`send`), each once the last is drawn; the ticks' times. */
async function measureTicks(tab: Tab, send: () => Promise<void>, warmup: number, ticks: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + ticks; i++) {
    const since = await tab.evaluate(() => (window as unknown as { __arrivals: number[] }).__arrivals.length);
    await send();
    const time = await tickTime(tab, since);
    if (i >= warmup) times.push(time);
  }
  return times;
}

async function measureWeft(tab: Tab, points: number, warmup: number, ticks: number): Promise<number[]> {
  let next = 0;
  const take = (count: number) => Array.from({ length: count }, () => point(next++));
  let tick: (() => Promise<void>) | undefined;
  const handle = await serveApp(async (page: Page) => {
    const series = new LineChartData([], { point: false });
    series.appendPoints(take(points));
    await page.add(new LineChart([series], { width: 1024, height: 300, animate: false }));
    tick = async () => {
      series.appendPoints(take(TICK));
      series.dropPoints(TICK);
      await page.update();
    };
  });
  try {
    assertLocal(handle.url);
    await tab.goto(handle.url);
    await tab.waitForFunction(() => {
      const w = window as unknown as { __weftEcharts?: { getInstanceByDom(el: Element): { on(e: string, f: () => void): void } | undefined }; __finished: number[]; __hooked?: boolean };
      const box = document.querySelector(".weft-chart__canvas");
      const chart = box && w.__weftEcharts?.getInstanceByDom(box);
      if (chart && !w.__hooked) {
        w.__hooked = true;
        chart.on("finished", () => void w.__finished.push(performance.now()));
      }
      return w.__hooked === true;
    }, undefined, { timeout: TIMEOUT_MS });
    return await measureTicks(tab, () => tick!(), warmup, ticks);
  } finally {
    await handle.close();
  }
}

async function measureFloor(tab: Tab, points: number, warmup: number, ticks: number): Promise<number[]> {
  const require = createRequire(import.meta.url);
  const echarts = await readFile(require.resolve("echarts/dist/echarts.min.js"));
  let next = 0;
  const take = (count: number) => Array.from({ length: count }, () => point(next++)).flat();
  let socket: WebSocket | undefined;
  const server = await startFloorServer({
    html: FLOOR_PAGE,
    files: { "/echarts.min.js": { type: "text/javascript; charset=utf-8", body: echarts } },
    onSocket: (opened) => {
      socket = opened;
      opened.send(JSON.stringify(take(points)));
    },
  });
  try {
    assertLocal(server.url);
    await tab.goto(server.url);
    await tab.waitForFunction(() => (window as unknown as { __finished: number[] }).__finished.length > 0, undefined, { timeout: TIMEOUT_MS });
    return await measureTicks(tab, async () => void socket!.send(JSON.stringify(take(TICK))), warmup, ticks);
  } finally {
    await server.close();
  }
}

async function run(scale: Scale): Promise<Measurement> {
  const { points, warmup, ticks } = SIZES[scale];
  return withChromium(async (browser) => {
    // Floor and Weft in turn, twice, each in a fresh tab; the ticks of both runs pooled.
    const weft: number[] = [];
    const floor: number[] = [];
    for (const round of [0, 1]) {
      for (const side of round === 0 ? ["floor", "weft"] : ["weft", "floor"]) {
        const tab = await openTab(browser);
        await tab.context().addInitScript(PROBE);
        try {
          if (side === "weft") weft.push(...(await measureWeft(tab, points, warmup, ticks / 2)));
          else floor.push(...(await measureFloor(tab, points, warmup, ticks / 2)));
        } finally {
          await tab.close();
        }
      }
    }
    return {
      metrics: {
        chart_append_100k_frame_ms: percentile(weft, 50),
        chart_append_100k_frame_p95_ms: percentile(weft, 95),
        chart_append_floor_frame_ms: percentile(floor, 50),
        chart_append_floor_frame_p95_ms: percentile(floor, 95),
      },
      notes: [`chart-append: ${weft.length} ticks of ${TICK} in / ${TICK} out on a series of ${points} points, each side`],
    };
  });
}

export const chartAppend: Benchmark = {
  name: "chart-append",
  metrics: ["chart_append_100k_frame_ms", "chart_append_100k_frame_p95_ms", "chart_append_floor_frame_ms", "chart_append_floor_frame_p95_ms"],
  run,
};
