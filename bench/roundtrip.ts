/**
 * `roundtrip`: in Chromium, click a button → the handler sets a Text → the DOM shows it, timed in
 * the page. The floor is a hand-written page and a raw `ws` server doing the same text update
 * with the same frames. Weft and the floor alternate in blocks, so drift hits both alike.
 */
import type { Page as Tab } from "playwright-core";
import { WebSocket } from "ws";
import { ElevatedButton, Text, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { startFloorServer } from "./floor-server.js";
import { clickProbe, type ClickProbe } from "./page-probes.js";
import { serveApp } from "./serve-app.js";
import { percentile } from "./stats.js";

export interface RoundtripOptions {
  /** Recorded clicks per side (the issue: 300). */
  clicks: number;
  /** Blocks the clicks are split into, alternating Weft and the floor. */
  blocks: number;
  warmup: number;
}

const SIZES: Record<Scale, RoundtripOptions> = {
  full: { clicks: 300, blocks: 12, warmup: 30 },
  smoke: { clicks: 2, blocks: 1, warmup: 1 },
};

const CLICK_TIMEOUT_MS = 5000;
/** Under 50 clicks a second (each also waits for its round trip): under Weft's default event rate limit (50/s, `limit.rate`). */
const CLICK_GAP_MS = 20;

/** The app: a button whose handler sets a Text to the click count. */
function clickCounter(page: Page): Promise<void> {
  let clicks = 0;
  const out = new Text("0", { key: "out" });
  const go = new ElevatedButton("Click", { key: "go", onClick: () => void (out.value = String(++clicks)) });
  return page.add(go, out);
}

/** The floor's page: one button, one span, one socket, the same frames as Weft's. */
const FLOOR_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>floor</title></head>
<body><button id="go" type="button">Click</button> <span id="out">0</span>
<script>
const out = document.getElementById("out");
const ws = new WebSocket("ws://" + location.host + "/ws");
let seq = 0;
ws.onmessage = (e) => { const frame = JSON.parse(e.data); out.textContent = frame[1].ops[0][2].value; };
document.getElementById("go").addEventListener("click", () => ws.send(JSON.stringify(["event", { seq: ++seq, id: 3, name: "click" }])));
ws.onopen = () => { window.__floorReady = true; };
</script></body></html>`;

/** The floor's server: answers each click event with the one `set` the Weft handler causes. */
function floorSocket(socket: WebSocket): void {
  let clicks = 0;
  let seq = 2;
  socket.on("message", (data) => {
    JSON.parse(data.toString());
    socket.send(JSON.stringify(["patch", { seq: ++seq, ops: [["set", 2, { value: String(++clicks) }]] }]));
  });
}

async function clickBlock(tab: Tab, probe: ClickProbe): Promise<number[]> {
  return tab.evaluate(clickProbe, probe);
}

export async function measureRoundtrip(options: RoundtripOptions): Promise<Measurement> {
  const weftServer = await serveApp(clickCounter);
  const floorServer = await startFloorServer({ html: FLOOR_PAGE, onSocket: floorSocket });
  try {
    return await withChromium(async (browser) => {
      assertLocal(weftServer.url);
      assertLocal(floorServer.url);
      const weftTab = await openTab(browser);
      await weftTab.goto(weftServer.url);
      await weftTab.waitForSelector('[data-key="go"]');
      const floorTab = await openTab(browser);
      await floorTab.goto(floorServer.url);
      await floorTab.waitForFunction(() => (window as unknown as { __floorReady?: boolean }).__floorReady === true);

      const weft = { button: '[data-key="go"]', target: '[data-key="out"]', timeoutMs: CLICK_TIMEOUT_MS, gapMs: CLICK_GAP_MS };
      const floor = { button: "#go", target: "#out", timeoutMs: CLICK_TIMEOUT_MS, gapMs: CLICK_GAP_MS };
      await clickBlock(weftTab, { ...weft, warmup: options.warmup, clicks: 0 });
      await clickBlock(floorTab, { ...floor, warmup: options.warmup, clicks: 0 });
      const weftSamples: number[] = [];
      const floorSamples: number[] = [];
      const perBlock = Math.ceil(options.clicks / options.blocks);
      for (let block = 0; block < options.blocks; block++) {
        const clicks = Math.min(perBlock, options.clicks - block * perBlock);
        weftSamples.push(...(await clickBlock(weftTab, { ...weft, warmup: 0, clicks })));
        floorSamples.push(...(await clickBlock(floorTab, { ...floor, warmup: 0, clicks })));
      }
      await weftTab.close();
      await floorTab.close();
      return {
        metrics: {
          roundtrip_p50_ms: percentile(weftSamples, 50),
          roundtrip_p99_ms: percentile(weftSamples, 99),
          roundtrip_floor_p50_ms: percentile(floorSamples, 50),
          roundtrip_floor_p99_ms: percentile(floorSamples, 99),
        },
        notes: [],
      };
    });
  } finally {
    await weftServer.close();
    await floorServer.close();
  }
}

export const roundtrip: Benchmark = {
  name: "roundtrip",
  metrics: ["roundtrip_p50_ms", "roundtrip_p99_ms", "roundtrip_floor_p50_ms", "roundtrip_floor_p99_ms"],
  run: (scale) => measureRoundtrip(SIZES[scale]),
};
