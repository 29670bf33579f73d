/**
 * `first-paint-render`: the server's cost of the first paint (issue 21): the string host
 * rendering the patches of a session of 10,000 Texts (and of one) to the page's HTML, median of
 * several renders in this process, against a floor: the same markup written as a string by hand.
 */
import { Text, type Page } from "../src/index.js";
import type { PatchOp } from "../src/protocol/index.js";
import { renderPatches } from "../src/server/first-paint/string-host.js";
import { runApp } from "../src/testing/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { median, round } from "./stats.js";

/** The patches a session of `count` Texts sends before its first paint. */
async function patchesOf(count: number): Promise<{ patches: PatchOp[][]; close: () => Promise<void> }> {
  const pilot = await runApp(async (page: Page) => {
    const texts: Text[] = [];
    for (let i = 0; i < count; i++) texts.push(new Text(`Item ${i}`));
    await page.add(...texts);
  });
  return { patches: pilot.patches.map((recorded) => [...recorded.frame[1].ops]), close: () => pilot.close() };
}

/** The floor: the markup the string host gives for `count` Texts, written as a string in one pass. */
function handWritten(count: number): string {
  let html = `<div class="weft-page" data-weft-type="page" data-weft-id="1">`;
  for (let i = 0; i < count; i++) html += `<span class="weft-text" data-weft-type="text" data-weft-id="${i + 2}">Item ${i.toString()}</span>`;
  return html + "</div>";
}

function msOf(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export async function measureFirstPaintRender(scale: Scale): Promise<Measurement> {
  const count = scale === "full" ? 10_000 : 100;
  const runs = scale === "full" ? 9 : 2;
  const large = await patchesOf(count);
  const one = await patchesOf(1);
  try {
    // The first render imports every renderer: measured apart, not in the medians.
    const warm = await renderPatches(large.patches, "http://localhost/");
    if (warm.controls !== count + 1) throw new Error(`first-paint-render: ${warm.controls} controls rendered, expected ${count + 1}`);
    const large_ms = await medianMs(runs, () => renderPatches(large.patches, "http://localhost/"));
    const one_ms = await medianMs(runs * 3, () => renderPatches(one.patches, "http://localhost/"));
    const floor = median(Array.from({ length: runs }, () => msOf(() => handWritten(count))));
    return {
      metrics: {
        first_paint_render_10000_ms: round(large_ms),
        first_paint_render_1_ms: round(one_ms),
        first_paint_render_floor_10000_ms: round(floor),
      },
      notes: [`first-paint-render: medians of ${runs} renders of ${count} Texts (HTML ${warm.html.length} characters), ${runs * 3} of one Text`],
    };
  } finally {
    await large.close();
    await one.close();
  }
}

export const firstPaintRender: Benchmark = {
  name: "first-paint-render",
  metrics: ["first_paint_render_10000_ms", "first_paint_render_1_ms", "first_paint_render_floor_10000_ms"],
  run: (scale) => measureFirstPaintRender(scale),
};
