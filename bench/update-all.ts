/**
 * `update-all`: in Chromium, a click whose handler changes all 10,000 Texts' values → the last of
 * them shows its new value (the whole patch is applied in one task, so the last means all).
 * Server and client together, timed in the page. No floor: the figure is for the record.
 */
import { ElevatedButton, Text, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { clickProbe } from "./page-probes.js";
import { serveApp } from "./serve-app.js";
import { median } from "./stats.js";

export interface UpdateAllOptions {
  items: number;
  warmup: number;
  clicks: number;
}

const SIZES: Record<Scale, UpdateAllOptions> = {
  full: { items: 10_000, warmup: 2, clicks: 9 },
  smoke: { items: 20, warmup: 0, clicks: 1 },
};

export async function measureUpdateAll(options: UpdateAllOptions): Promise<Measurement> {
  const { items } = options;
  const server = await serveApp(async (page: Page) => {
    const texts = Array.from({ length: items }, (_, i) => new Text(`#${i} r0`, i === items - 1 ? { key: "last" } : undefined));
    let round = 0;
    const go = new ElevatedButton("Update all", {
      key: "go",
      onClick: () => {
        round++;
        for (let i = 0; i < texts.length; i++) texts[i]!.value = `#${i} r${round}`;
      },
    });
    await page.add(go, ...texts);
  });
  try {
    return await withChromium(async (browser) => {
      assertLocal(server.url);
      const tab = await openTab(browser);
      await tab.goto(server.url);
      await tab.waitForSelector('[data-key="last"]');
      const samples = await tab.evaluate(clickProbe, {
        button: '[data-key="go"]',
        target: '[data-key="last"]',
        warmup: options.warmup,
        clicks: options.clicks,
        timeoutMs: 30_000,
        gapMs: 50,
        expectPrefix: `#${items - 1} r`,
        firstClick: 1,
      });
      await tab.close();
      return { metrics: { update_all_10000_ms: median(samples) }, notes: [] };
    });
  } finally {
    await server.close();
  }
}

export const updateAll: Benchmark = {
  name: "update-all",
  metrics: ["update_all_10000_ms"],
  run: (scale) => measureUpdateAll(SIZES[scale]),
};
