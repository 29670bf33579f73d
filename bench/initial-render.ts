/**
 * `initial-render`: `main` adds 10,000 Texts → all are visible in Chromium (in the DOM, under
 * the stylesheets the page links), in ms since navigation start (the page, the session, `main`,
 * and the first paint the server renders into the HTML, or with `firstPaint: "client"` the
 * client, the socket and the patch). The floor is a hand-written page that builds the same
 * 10,000 nodes from one JSON array sent over a raw `ws`. Weft's page is measured with
 * `firstPaint: "server"` (issue 21's goal is for that paint), and for comparison with
 * `firstPaint: "client"`, today's default (`initial_render_client_*`). The servers run in child processes of their own
 * (`render-server.ts`), as servers do, so the browser driver in this process never delays them.
 * Each side loads in a fresh context (cold cache); the three take turns; medians are reported.
 *
 * The same is measured for a page of one Text (`initial_render_1_ms` against its floor): what a
 * page costs before any control, so the figure for 10,000 can be read as that fixed cost plus
 * the cost per control.
 */
import type { Browser } from "playwright-core";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { BenchChild } from "./child.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { installRenderProbe, readRenderProbe, type RenderedAt, type RenderProbe } from "./page-probes.js";
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
  /** Median ms from navigation start until the last item is visible, Weft's page with `firstPaint: "server"`. */
  weft: number;
  floor: number;
  /** The same, Weft's page with `firstPaint: "client"` (when the pair asked for it). */
  client?: number;
  /** The same, Weft's page painted by the server whatever its size (when the pair asked for it). */
  painted?: number;
  /** Of Weft's timed loads, how many came painted by the server. */
  serverPainted: number;
  /** Of those, how many showed the last item before the client had adopted the server's markup. */
  beforeAdoption: number;
  loads: number;
}

export const TIMEOUT_MS = 30_000;
/** The bound on a child server's start: on the shared 2-core machine under load, tsx compiling one took 19–30 s. */
const START_TIMEOUT_MS = 90_000;

export async function loadOnce(browser: Browser, url: string, probe: RenderProbe, items: number): Promise<RenderedAt> {
  assertLocal(url);
  const tab = await openTab(browser);
  try {
    await tab.addInitScript(installRenderProbe, probe);
    await tab.goto(url);
    const rendered = await tab.evaluate(readRenderProbe);
    if (rendered.items !== items) throw new Error(`initial-render: ${url} shows ${rendered.items} items, expected ${items}`);
    return rendered;
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
  /** Also measure Weft's page with `firstPaint: "client"` (`weft-client`), with the `weft` probe. */
  client?: boolean;
  /** Also measure Weft's page painted by the server whatever its size (`weft-painted`). */
  painted?: boolean;
}

/** The kinds of page a child server serves: Weft's (painted by the server, or by the client; `-button`: with a button first) or the floor. */
export type ServerKind = "weft" | "weft-client" | "weft-painted" | "weft-button" | "weft-button-client" | "floor";

/** Starts `pair.script` as `kind` (`weft-button`: render-server.ts's page with a button first); resolves to the child and the URL it serves. */
export async function startServer(pair: Pick<RenderPair, "script" | "args">, kind: ServerKind): Promise<{ child: BenchChild; url: string }> {
  const child = new BenchChild(pair.script, [kind, ...pair.args]);
  try {
    return { child, url: String((await child.next("ready", START_TIMEOUT_MS)).url) };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/**
 * Median ms from navigation start until each side's page shows, the sides loaded in turn (the
 * order rotating each round), each in a fresh tab.
 */
export async function measureRenderPair(pair: RenderPair): Promise<InitialRenderTimes> {
  const kinds: ServerKind[] = ["weft", ...(pair.client ? (["weft-client"] as const) : []), ...(pair.painted ? (["weft-painted"] as const) : []), "floor"];
  const servers: { child: BenchChild; url: string }[] = [];
  try {
    for (const kind of kinds) servers.push(await startServer(pair, kind));
    return await withChromium(async (browser) => {
      const samples: number[][] = kinds.map(() => []);
      let beforeAdoption = 0;
      let serverPainted = 0;
      for (let i = 0; i <= pair.loads; i++) {
        const round: RenderedAt[] = [];
        for (let k = 0; k < kinds.length; k++) {
          const side = (i + k) % kinds.length;
          round[side] = await loadOnce(browser, servers[side]!.url, kinds[side] === "floor" ? pair.floor : pair.weft, pair.items);
        }
        if (i === 0 && pair.loads > 1) continue; // the first load of each warms the server and the browser
        round.forEach((load, side) => samples[side]!.push(load.at));
        if (round[0]!.painted) serverPainted++;
        if (round[0]!.painted && !round[0]!.adopted) beforeAdoption++;
      }
      const times: InitialRenderTimes = { weft: median(samples[0]!), floor: median(samples[kinds.indexOf("floor")]!), serverPainted, beforeAdoption, loads: samples[0]!.length };
      if (pair.client) times.client = median(samples[kinds.indexOf("weft-client")]!);
      if (pair.painted) times.painted = median(samples[kinds.indexOf("weft-painted")]!);
      return times;
    });
  } finally {
    for (const server of servers) await server.child.stop();
  }
}

export function measureInitialRender(options: InitialRenderOptions, painted = false): Promise<InitialRenderTimes> {
  return measureRenderPair({
    script: "./render-server.ts",
    args: [String(options.items)],
    weft: { last: '[data-key="last"]', items: ".weft-text", timeoutMs: TIMEOUT_MS },
    floor: { last: '[data-key="last"]', items: "#root > span", timeoutMs: TIMEOUT_MS },
    items: options.items,
    loads: options.loads,
    client: true,
    painted,
  });
}

async function run(scale: Scale): Promise<Measurement> {
  const [big, one] = SIZES[scale];
  const many = await measureInitialRender(big, true);
  const single = await measureInitialRender(one);
  return {
    metrics: {
      initial_render_10000_ms: many.weft,
      initial_render_floor_10000_ms: many.floor,
      initial_render_client_10000_ms: many.client!,
      initial_render_painted_10000_ms: many.painted!,
      initial_render_1_ms: single.weft,
      initial_render_floor_1_ms: single.floor,
      initial_render_client_1_ms: single.client!,
    },
    notes: [
      `initial-render: the page with firstPaint "server" came painted by the server in ${many.serverPainted} of ${many.loads} loads (${big.items} Texts; past firstPaintMaxControls the client paints it, initial_render_painted_* forces the server's paint) and ${single.serverPainted} of ${single.loads} (one Text); of those, it showed its last Text before its client had adopted it in ${many.beforeAdoption} and ${single.beforeAdoption}`,
    ],
  };
}

export const initialRender: Benchmark = {
  name: "initial-render",
  metrics: [
    "initial_render_10000_ms",
    "initial_render_floor_10000_ms",
    "initial_render_client_10000_ms",
    "initial_render_painted_10000_ms",
    "initial_render_1_ms",
    "initial_render_floor_1_ms",
    "initial_render_client_1_ms",
  ],
  run,
};
