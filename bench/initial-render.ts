/**
 * `initial-render`: `main` adds 10,000 Texts → all are in Chromium's DOM, in ms since navigation
 * start (the page, the client, the socket, the session and the patch included). The floor is a
 * hand-written page that builds the same 10,000 nodes from one JSON array sent over a raw `ws`.
 * Each side loads in a fresh context (cold cache); the two alternate; medians are reported.
 */
import type { Browser } from "playwright-core";
import { Text, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { startFloorServer } from "./floor-server.js";
import { installRenderProbe, readRenderProbe, type RenderProbe } from "./page-probes.js";
import { serveApp } from "./serve-app.js";
import { median } from "./stats.js";

export interface InitialRenderOptions {
  items: number;
  /** Loads per side, after one untimed load each. */
  loads: number;
}

const SIZES: Record<Scale, InitialRenderOptions> = {
  full: { items: 10_000, loads: 7 },
  smoke: { items: 20, loads: 1 },
};

const TIMEOUT_MS = 30_000;

function label(i: number): string {
  return `item ${i}`;
}

/** The floor's page: open a socket, take one JSON array, build one span per string. */
const FLOOR_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>floor</title></head>
<body><div id="root"></div>
<script>
const ws = new WebSocket("ws://" + location.host + "/ws");
ws.onmessage = (e) => {
  const items = JSON.parse(e.data);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < items.length; i++) {
    const span = document.createElement("span");
    span.textContent = items[i];
    if (i === items.length - 1) span.setAttribute("data-key", "last");
    fragment.append(span);
  }
  document.getElementById("root").append(fragment);
};
</script></body></html>`;

async function loadOnce(browser: Browser, url: string, probe: RenderProbe, items: number): Promise<number> {
  assertLocal(url);
  const tab = await openTab(browser);
  try {
    await tab.addInitScript(installRenderProbe, probe);
    await tab.goto(url);
    const rendered = await tab.evaluate(readRenderProbe);
    if (rendered.items !== items) throw new Error(`initial-render: ${url} shows ${rendered.items} items, expected ${items}`);
    return rendered.at;
  } finally {
    await tab.close();
  }
}

export async function measureInitialRender(options: InitialRenderOptions): Promise<Measurement> {
  const { items } = options;
  const weftServer = await serveApp(async (page: Page) => {
    const texts = Array.from({ length: items }, (_, i) => new Text(label(i), i === items - 1 ? { key: "last" } : undefined));
    await page.add(...texts);
  });
  const payload = JSON.stringify(Array.from({ length: items }, (_, i) => label(i)));
  const floorServer = await startFloorServer({ html: FLOOR_PAGE, onSocket: (socket) => socket.send(payload) });
  const weftProbe: RenderProbe = { last: '[data-key="last"]', items: ".weft-text", timeoutMs: TIMEOUT_MS };
  const floorProbe: RenderProbe = { last: '[data-key="last"]', items: "#root > span", timeoutMs: TIMEOUT_MS };
  try {
    return await withChromium(async (browser) => {
      const weft: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i <= options.loads; i++) {
        const w = await loadOnce(browser, weftServer.url, weftProbe, items);
        const f = await loadOnce(browser, floorServer.url, floorProbe, items);
        if (i === 0 && options.loads > 1) continue; // the first load of each warms the server and the browser
        weft.push(w);
        floor.push(f);
      }
      return { metrics: { initial_render_10000_ms: median(weft), initial_render_floor_10000_ms: median(floor) }, notes: [] };
    });
  } finally {
    await weftServer.close();
    await floorServer.close();
  }
}

export const initialRender: Benchmark = {
  name: "initial-render",
  metrics: ["initial_render_10000_ms", "initial_render_floor_10000_ms"],
  run: (scale) => measureInitialRender(SIZES[scale]),
};
