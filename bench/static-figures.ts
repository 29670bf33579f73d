/**
 * The static-site figures of issue 5, measured on this machine: the published hello app's
 * gzipped JS + HTML + CSS (what Chromium fetched to show it, and every file published, lazily
 * loaded chunks included), and the time from navigation to its first text in Debian's Chromium,
 * served by `python3 -m http.server` on 127.0.0.1. Targets: at most 200 KB and 300 ms.
 *
 * Run: `node --import tsx bench/static-figures.ts` (prints the figures; `--json` prints JSON).
 *
 * First text is timed inside the page: a MutationObserver, installed before any of the page's
 * scripts, records `performance.now()` (milliseconds since navigation started) when the greeting
 * enters the DOM. Each run is a fresh browser context, so nothing is cached (cold); the warm
 * figure reloads in the same context. The median of 5 runs is reported.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { publish } from "../src/cli/publish.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../test/browser/harness.js";
import { serveStatic } from "../test/browser/static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const GREETING = "Hello, async world!";
const TIMEOUT_MS = 30_000;

export interface StaticFigures {
  /** Gzipped JS + HTML + CSS of every file published (lazily loaded chunks included), in bytes. */
  gzippedBytes: number;
  /** Gzipped JS + HTML + CSS of the files Chromium actually fetched to show the hello app, in bytes. */
  loadedGzippedBytes: number;
  /** Median ms from navigation to the greeting in the DOM, cold cache. */
  firstTextColdMs: number;
  /** Median ms from navigation to the greeting in the DOM, on a reload (warm cache). */
  firstTextWarmMs: number;
  /** Median ms from navigation to the first contentful paint, cold cache. */
  firstPaintColdMs: number;
  /** Every cold first-text sample, in run order. */
  coldSamplesMs: number[];
  runs: number;
}

/** Installed before the page's own scripts; a string, so no bundler helper leaks into the page. */
const PROBE = `(() => {
  const done = () => document.body && document.body.textContent.includes(${JSON.stringify(GREETING)});
  const observer = new MutationObserver(() => {
    if (globalThis.__firstText === undefined && done()) { globalThis.__firstText = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const READ = `new Promise((resolve) => {
  const deadline = performance.now() + ${TIMEOUT_MS};
  const poll = () => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    if (globalThis.__firstText !== undefined && paint) resolve({ text: globalThis.__firstText, paint: paint.startTime });
    else if (performance.now() > deadline) resolve({ text: NaN, paint: NaN });
    else setTimeout(poll, 10);
  };
  poll();
})`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The page's own URL and every resource it (and its worker) fetched. */
const FETCHED = `[location.href, ...performance.getEntriesByType("resource").map((entry) => entry.name)]`;

/** The gzipped size of the fetched JS, HTML and CSS, read from the published folder. */
async function loadedBytes(urls: string[], siteUrl: string, folder: string): Promise<number> {
  let total = 0;
  for (const url of new Set(urls.map((u) => new URL(u).pathname))) {
    let path = url.slice(new URL(siteUrl).pathname.length);
    if (path === "" || path.endsWith("/")) path += "index.html";
    if (!/\.(?:js|css|html)$/.test(path)) continue;
    total += gzipSync(await readFile(join(folder, path)), { level: 9 }).length;
  }
  return total;
}

type Run = { cold: { text: number; paint: number }; warm: { text: number; paint: number }; fetched: string[] };

async function timeRun(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    await context.addInitScript({ content: PROBE });
    const tab = await context.newPage();
    tab.setDefaultTimeout(TIMEOUT_MS);
    await tab.goto(url);
    const cold = (await tab.evaluate(READ)) as { text: number; paint: number };
    const fetched = (await tab.evaluate(FETCHED)) as string[];
    await tab.reload();
    const warm = (await tab.evaluate(READ)) as { text: number; paint: number };
    return { cold, warm, fetched };
  } finally {
    await context.close();
  }
}

/** Publishes examples/hello.ts to a temporary folder, serves it with Python, and measures. */
export async function measureStaticFigures(runs = 5): Promise<StaticFigures> {
  const work = await mkdtemp(join(tmpdir(), "weft-static-figures-"));
  try {
    const report = await publish({ app: join(ROOT, "examples", "hello.ts"), out: join(work, "hello"), cwd: ROOT });
    const server = await serveStatic(work);
    try {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: TIMEOUT_MS });
      try {
        const samples: Run[] = [];
        // One unmeasured run first: it pays for the browser's own start-up, not the site's.
        await timeRun(browser, `${server.url}hello/`);
        for (let i = 0; i < runs; i++) samples.push(await timeRun(browser, `${server.url}hello/`));
        const cold = samples.map((s) => s.cold.text);
        return {
          gzippedBytes: report.gzippedBytes,
          loadedGzippedBytes: await loadedBytes(samples[0]!.fetched, `${server.url}hello/`, join(work, "hello")),
          firstTextColdMs: median(cold),
          firstTextWarmMs: median(samples.map((s) => s.warm.text)),
          firstPaintColdMs: median(samples.map((s) => s.cold.paint)),
          coldSamplesMs: cold,
          runs,
        };
      } finally {
        await browser.close().catch(() => {});
      }
    } finally {
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureStaticFigures();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`Static site, examples/hello.ts published and served by python3 -m http.server on 127.0.0.1`);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`  JS + HTML + CSS loaded, gzipped: ${kb(figures.loadedGzippedBytes)}   (target ≤ 200 KB; every published file: ${kb(figures.gzippedBytes)})`);
    console.log(`  navigation → first text, cold:   ${ms(figures.firstTextColdMs)}   (target ≤ 300 ms; median of ${figures.runs}: ${figures.coldSamplesMs.map((v) => v.toFixed(0)).join(", ")})`);
    console.log(`  navigation → first text, warm:   ${ms(figures.firstTextWarmMs)}`);
    console.log(`  navigation → first paint, cold:  ${ms(figures.firstPaintColdMs)}`);
  }
}
