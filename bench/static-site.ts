/**
 * `static-site`: the published hello app (`weft publish examples/hello.ts`), gzipped JS + HTML +
 * CSS: every file published (`static_hello_gz_kb`, lazily loaded chunks included: the stricter
 * figure) and what Chromium fetched to show it; and navigation → first text in Chromium, cold
 * cache (and warm), median of runs. Measured by `static-figures.ts`, which the static mode's author
 * wrote; this file only maps its figures onto the suite's metrics.
 */
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { measureStaticFigures } from "./static-figures.js";

const RUNS: Record<Scale, number> = { full: 5, smoke: 1 };

export async function measureStaticSite(runs: number): Promise<Measurement> {
  const figures = await measureStaticFigures(runs);
  return {
    metrics: {
      static_hello_gz_kb: figures.gzippedBytes / 1024,
      static_hello_loaded_gz_kb: figures.loadedGzippedBytes / 1024,
      static_first_render_ms: figures.firstTextColdMs,
      static_first_render_warm_ms: figures.firstTextWarmMs,
    },
    notes: [],
  };
}

export const staticSite: Benchmark = {
  name: "static-site",
  metrics: ["static_hello_gz_kb", "static_hello_loaded_gz_kb", "static_first_render_ms", "static_first_render_warm_ms"],
  run: (scale) => measureStaticSite(RUNS[scale]),
};
