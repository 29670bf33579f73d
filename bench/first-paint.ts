/**
 * `first-paint`: what a visitor waits for before seeing and using a page, for a page of one Text
 * and of 10,000 (after a button and its answer): the first contentful paint, and `interactive`,
 * the moment a click on the button (clicked from the moment it is in the document, every 25 ms
 * until one is answered) has reached its handler and the DOM shows the answer, both in ms since
 * navigation start. And `initial_render_1_ms` measured through a proxy that adds a 50 ms round
 * trip (`latency-proxy.ts`), beside the same floor page through the same proxy. Weft's pages are
 * served with `firstPaint: "server"` and, taking turns with them, with `firstPaint: "client"`,
 * today's default (the `_client_` figures). Each load is a fresh context (cold cache);
 * medians. Servers run in child processes (`render-server.ts`).
 */
import type { Browser } from "playwright-core";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { loadOnce, startServer, TIMEOUT_MS, type ServerKind } from "./initial-render.js";
import { startLatencyProxy } from "./latency-proxy.js";
import { installInteractiveProbe, readInteractiveProbe, type InteractiveProbe, type RenderProbe } from "./page-probes.js";
import { median } from "./stats.js";

export interface FirstPaintOptions {
  /** The large page's Texts (10,000). */
  items: number;
  /** Timed loads of the page of one Text, of the large page, and per side through the proxy. */
  loadsOne: number;
  loadsMany: number;
  loadsFar: number;
}

const SIZES: Record<Scale, FirstPaintOptions> = {
  full: { items: 10_000, loadsOne: 15, loadsMany: 9, loadsFar: 9 },
  smoke: { items: 20, loadsOne: 1, loadsMany: 1, loadsFar: 1 },
};

/** The round trip the proxy adds. */
const ROUND_TRIP_MS = 50;

const INTERACTIVE: InteractiveProbe = { button: '[data-key="go"]', answer: '[data-key="answer"]', expected: "clicked", gapMs: 25, timeoutMs: TIMEOUT_MS };

async function interactiveOnce(browser: Browser, url: string): Promise<{ paint: number; at: number }> {
  assertLocal(url);
  const tab = await openTab(browser);
  try {
    await tab.addInitScript(installInteractiveProbe, INTERACTIVE);
    await tab.goto(url);
    return await tab.evaluate(readInteractiveProbe);
  } finally {
    await tab.close();
  }
}

interface Interactive {
  paint: number;
  interactive: number;
}

/** Medians of first contentful paint and interactive over `loads` loads, after one untimed, the server-painted page and the client-painted one taking turns. */
async function measureInteractive(browser: Browser, items: number, loads: number): Promise<{ server: Interactive; client: Interactive }> {
  const kinds: ServerKind[] = ["weft-button", "weft-button-client"];
  const servers: { child: { stop(): Promise<void> }; url: string }[] = [];
  try {
    for (const kind of kinds) servers.push(await startServer({ script: "./render-server.ts", args: [String(items)] }, kind));
    const paints: number[][] = [[], []];
    const answers: number[][] = [[], []];
    for (let i = 0; i <= loads; i++) {
      for (let k = 0; k < kinds.length; k++) {
        const side = (i + k) % kinds.length;
        const load = await interactiveOnce(browser, servers[side]!.url);
        if (i === 0 && loads > 1) continue; // warms the server and the browser
        paints[side]!.push(load.paint);
        answers[side]!.push(load.at);
      }
    }
    const [server, client] = [0, 1].map((side) => ({ paint: median(paints[side]!), interactive: median(answers[side]!) }));
    return { server: server!, client: client! };
  } finally {
    for (const server of servers) await server.child.stop();
  }
}

/** Median initial render of one Text, Weft (painted by the server, and by the client) and floor in turn, all through the latency proxy. */
async function measureFar(browser: Browser, loads: number): Promise<{ weft: number; client: number; floor: number }> {
  const one = { script: "./render-server.ts", args: ["1"] };
  const kinds: ServerKind[] = ["weft", "weft-client", "floor"];
  const servers: { child: { stop(): Promise<void> }; url: string }[] = [];
  const proxies: { url: string; close(): Promise<void> }[] = [];
  try {
    for (const kind of kinds) {
      servers.push(await startServer(one, kind));
      proxies.push(await startLatencyProxy(servers.at(-1)!.url, ROUND_TRIP_MS));
    }
    const weftProbe: RenderProbe = { last: '[data-key="last"]', items: ".weft-text", timeoutMs: TIMEOUT_MS };
    const floorProbe: RenderProbe = { last: '[data-key="last"]', items: "#root > span", timeoutMs: TIMEOUT_MS };
    const samples: number[][] = [[], [], []];
    for (let i = 0; i <= loads; i++) {
      const round: number[] = [];
      for (let k = 0; k < kinds.length; k++) {
        const side = (i + k) % kinds.length;
        round[side] = (await loadOnce(browser, proxies[side]!.url, kinds[side] === "floor" ? floorProbe : weftProbe, 1)).at;
      }
      if (i === 0 && loads > 1) continue;
      round.forEach((at, side) => samples[side]!.push(at));
    }
    return { weft: median(samples[0]!), client: median(samples[1]!), floor: median(samples[2]!) };
  } finally {
    for (const proxy of proxies) await proxy.close();
    for (const server of servers) await server.child.stop();
  }
}

export async function measureFirstPaint(options: FirstPaintOptions): Promise<Measurement> {
  return withChromium(async (browser) => {
    const one = await measureInteractive(browser, 1, options.loadsOne);
    const many = await measureInteractive(browser, options.items, options.loadsMany);
    const far = await measureFar(browser, options.loadsFar);
    return {
      metrics: {
        first_contentful_paint_1_ms: one.server.paint,
        first_contentful_paint_10000_ms: many.server.paint,
        interactive_1_ms: one.server.interactive,
        interactive_10000_ms: many.server.interactive,
        first_contentful_paint_client_1_ms: one.client.paint,
        first_contentful_paint_client_10000_ms: many.client.paint,
        interactive_client_1_ms: one.client.interactive,
        interactive_client_10000_ms: many.client.interactive,
        initial_render_1_rtt50_ms: far.weft,
        initial_render_client_1_rtt50_ms: far.client,
        initial_render_floor_1_rtt50_ms: far.floor,
      },
      notes: options.items === 10_000 ? [] : [`first-paint ran with a large page of ${options.items} Texts`],
    };
  });
}

export const firstPaint: Benchmark = {
  name: "first-paint",
  metrics: [
    "first_contentful_paint_1_ms",
    "first_contentful_paint_10000_ms",
    "interactive_1_ms",
    "interactive_10000_ms",
    "first_contentful_paint_client_1_ms",
    "first_contentful_paint_client_10000_ms",
    "interactive_client_1_ms",
    "interactive_client_10000_ms",
    "initial_render_1_rtt50_ms",
    "initial_render_client_1_rtt50_ms",
    "initial_render_floor_1_rtt50_ms",
  ],
  run: (scale) => measureFirstPaint(SIZES[scale]),
};
