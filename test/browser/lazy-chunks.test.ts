/**
 * Lazy widget code arrives in one wave (decision 0048): every gallery page, served and published
 * as a static site, fetches its lazily loaded chunks in one wave (none waits for another to
 * finish), at most six of them for its controls' code. Measured in Chromium from the page's resource timing, with the
 * HTTP cache cleared before each page.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { EXAMPLES, startGallery } from "../../examples/gallery.js";
import { publish } from "../../src/cli/publish.js";
import { grammarNames } from "../../src/client/code-grammars.js";
import { quietLogger, useBrowser, waitForSession } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const browser = useBrowser();
let work = "";
after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface ChunkLoad {
  name: string;
  start: number;
  end: number;
}

/**
 * The wave of each load: 1 when it started before any other chunk had arrived, else one more
 * than the latest wave among the chunks that had arrived when it started (it may have waited
 * for them, as an import found while parsing does).
 */
function waves(loads: readonly ChunkLoad[]): number {
  const sorted = [...loads].sort((a, b) => a.start - b.start);
  const wave = new Map<ChunkLoad, number>();
  for (const load of sorted) {
    const before = sorted.filter((other) => other !== load && other.end <= load.start).map((other) => wave.get(other) ?? 1);
    wave.set(load, before.length ? Math.max(...before) + 1 : 1);
  }
  return Math.max(0, ...wave.values());
}

/** Opens `url` with a cold HTTP cache, waits for the session and for the network to settle; the chunks it fetched. */
async function chunkLoadsOf(url: string): Promise<ChunkLoad[]> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.goto(url);
    await waitForSession(page);
    await page.waitForLoadState("networkidle");
    return await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => new URL(entry.name).pathname.includes("/chunks/"))
        .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd })),
    );
  } finally {
    await page.close();
  }
}

/** A highlighting grammar's chunk: one per language the page's code shows, beside the renderers'. */
const GRAMMAR = new RegExp(`/chunks/(?:${grammarNames().join("|")})-\\w+\\.js$`);

/**
 * Holds every page to one wave of chunk requests, at most six of them for its controls' code
 * (the grammars of the languages its code shows come on top, in the same wave); returns what each
 * page fetched.
 */
async function checkPages(urls: Record<string, string>): Promise<Record<string, string[]>> {
  const fetched: Record<string, string[]> = {};
  for (const [slug, url] of Object.entries(urls)) {
    const loads = await chunkLoadsOf(url);
    const names = loads.map((load) => load.name);
    const code = names.filter((name) => !GRAMMAR.test(name));
    assert.ok(code.length <= 6, `${slug} fetched ${code.length} chunks of renderers' code: ${names.join(", ")}`);
    assert.ok(waves(loads) <= 1, `${slug} fetched its chunks in ${waves(loads)} waves: ${JSON.stringify(loads)}`);
    fetched[slug] = names;
  }
  return fetched;
}

test("the wave count sees an import found only once its importer arrived", () => {
  assert.equal(waves([]), 0);
  assert.equal(waves([{ name: "a", start: 0, end: 5 }, { name: "b", start: 1, end: 6 }]), 1);
  assert.equal(waves([{ name: "a", start: 0, end: 5 }, { name: "b", start: 6, end: 9 }, { name: "c", start: 10, end: 12 }]), 3);
});

test("served: each gallery page fetches its widget code in one wave of at most six requests", async () => {
  const gallery = browser.track(await startGallery({ port: 0, host: "127.0.0.1", view: "none", logger: quietLogger }));
  const fetched = await checkPages(Object.fromEntries(EXAMPLES.map((e) => [e.slug, new URL(`/${e.slug}/`, gallery.url).href])));
  // The to-do list shows a text field and check boxes: its widgets are one chunk.
  assert.equal(fetched.todo!.length, 1, `todo fetched ${fetched.todo!.join(", ")}`);
  assert.match(fetched.todo![0]!, /\/chunks\/widgets-\w+\.js$/);
  assert.deepEqual(fetched.hello, [], "a page of text fetches no lazy chunk");
});

test("static: each published gallery page fetches its widget code in one wave of at most six requests", async () => {
  work = await mkdtemp(join(tmpdir(), "weft-lazy-chunks-"));
  const examples = EXAMPLES.filter((e) => !e.serverOnly && ["todo", "controls", "calculator"].includes(e.slug));
  await Promise.all(examples.map((e) => publish({ app: join(ROOT, "examples", `${e.slug}.ts`), out: join(work, e.slug), cwd: ROOT })));
  const site = browser.track(await serveStatic(work));
  const fetched = await checkPages(Object.fromEntries(examples.map((e) => [e.slug, `${site.url}${e.slug}/`])));
  assert.equal(fetched.todo!.length, 1, `todo fetched ${fetched.todo!.join(", ")}`);
});
