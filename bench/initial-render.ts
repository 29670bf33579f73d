/**
 * `initial-render`: `main` adds 10,000 Texts → all are in Chromium's DOM, in ms since navigation
 * start (the page, the client, the socket, the session and the patch included). The floor is a
 * hand-written page that builds the same 10,000 nodes from one JSON array sent over a raw `ws`.
 * Both servers run in child processes of their own (`render-server.ts`), as servers do, so the
 * browser driver in this process never delays them. Each side loads in a fresh context (cold
 * cache); the two alternate; medians are reported.
 *
 * The same is measured for a page of one Text (`initial_render_1_ms` against its floor): what a
 * page costs before any control, so the figure for 10,000 can be read as that fixed cost plus
 * the cost per control.
 */
import type { Browser } from "playwright-core";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { BenchChild } from "./child.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { installRenderProbe, readRenderProbe, type RenderProbe } from "./page-probes.js";
import { median } from "./stats.js";

export interface InitialRenderOptions {
  items: number;
  /** Loads per side, after one untimed load each. */
  loads: number;
}

/** The two pages measured: the big one (10,000 Texts; 20 in a smoke run) and one Text. */
const SIZES: Record<Scale, readonly [big: InitialRenderOptions, one: InitialRenderOptions]> = {
  full: [
    { items: 10_000, loads: 25 },
    { items: 1, loads: 15 },
  ],
  smoke: [
    { items: 20, loads: 1 },
    { items: 1, loads: 1 },
  ],
};

export interface InitialRenderTimes {
  /** Median ms from navigation start until the last item is in the DOM, Weft's page. */
  weft: number;
  floor: number;
}

export const TIMEOUT_MS = 30_000;

export async function loadOnce(browser: Browser, url: string, probe: RenderProbe, items: number): Promise<number> {
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

/** A page measured against its floor: a child server script run as `weft` or `floor`, and what shows it rendered. */
export interface RenderPair {
  /** The child server, relative to bench/ (`./render-server.ts`), run as `<script> weft|floor ...args`. */
  script: string;
  args: readonly string[];
  weft: RenderProbe;
  floor: RenderProbe;
  /** How many `items` each side must show once its `last` is there. */
  items: number;
  /** Loads per side, after one untimed load each. */
  loads: number;
}

/** Starts `pair.script` as `kind` (`weft-button`: render-server.ts's page with a button first); resolves to the child and the URL it serves. */
export async function startServer(pair: Pick<RenderPair, "script" | "args">, kind: "weft" | "weft-button" | "floor"): Promise<{ child: BenchChild; url: string }> {
  const child = new BenchChild(pair.script, [kind, ...pair.args]);
  try {
    return { child, url: String((await child.next("ready", TIMEOUT_MS)).url) };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/** Median ms from navigation start until each side's page shows, the two loaded in turn, each in a fresh tab. */
export async function measureRenderPair(pair: RenderPair): Promise<InitialRenderTimes> {
  const weftServer = await startServer(pair, "weft");
  try {
    const floorServer = await startServer(pair, "floor");
    try {
      return await withChromium(async (browser) => {
        const weft: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i <= pair.loads; i++) {
          const w = await loadOnce(browser, weftServer.url, pair.weft, pair.items);
          const f = await loadOnce(browser, floorServer.url, pair.floor, pair.items);
          if (i === 0 && pair.loads > 1) continue; // the first load of each warms the server and the browser
          weft.push(w);
          floor.push(f);
        }
        return { weft: median(weft), floor: median(floor) };
      });
    } finally {
      await floorServer.child.stop();
    }
  } finally {
    await weftServer.child.stop();
  }
}

export function measureInitialRender(options: InitialRenderOptions): Promise<InitialRenderTimes> {
  return measureRenderPair({
    script: "./render-server.ts",
    args: [String(options.items)],
    weft: { last: '[data-key="last"]', items: ".weft-text", timeoutMs: TIMEOUT_MS },
    floor: { last: '[data-key="last"]', items: "#root > span", timeoutMs: TIMEOUT_MS },
    items: options.items,
    loads: options.loads,
  });
}

async function run(scale: Scale): Promise<Measurement> {
  const [big, one] = SIZES[scale];
  const many = await measureInitialRender(big);
  const single = await measureInitialRender(one);
  return {
    metrics: {
      initial_render_10000_ms: many.weft,
      initial_render_floor_10000_ms: many.floor,
      initial_render_1_ms: single.weft,
      initial_render_floor_1_ms: single.floor,
    },
    notes: [],
  };
}

export const initialRender: Benchmark = {
  name: "initial-render",
  metrics: ["initial_render_10000_ms", "initial_render_floor_10000_ms", "initial_render_1_ms", "initial_render_floor_1_ms"],
  run,
};
