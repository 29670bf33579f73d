/**
 * `update-one-browser`: what one changed Text costs Chromium in a page of 10,000 (and of 100, for
 * the record): a click's handler sets one Text's value; the figure is the growth of the renderer's
 * `LayoutDuration` + `RecalcStyleDuration` (CDP's Performance domain) from before the click until
 * two frames after the DOM shows the new value. Texts are visited with a prime stride, so every
 * sample changes a different one (most of them off screen, as in a long page); median over
 * samples. For the record, the same on the large page for a Text on screen (one of the first ten).
 */
import type { CDPSession, Page as Tab } from "playwright-core";
import { ElevatedButton, Text, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { updateAndSettle } from "./page-probes.js";
import { serveApp } from "./serve-app.js";
import { median } from "./stats.js";

export interface UpdateOneBrowserOptions {
  small: number;
  large: number;
  warmup: number;
  samples: number;
}

const SIZES: Record<Scale, UpdateOneBrowserOptions> = {
  full: { small: 100, large: 10_000, warmup: 5, samples: 31 },
  smoke: { small: 3, large: 30, warmup: 0, samples: 1 },
};

const TIMEOUT_MS = 30_000;

/** The app: a button and `size` Texts; each click sets the next Text (by a prime stride) to `v<click>`. */
function pageOfTexts(size: number, onScreen = false) {
  return async function updateOnePage(page: Page): Promise<void> {
    const texts = Array.from({ length: size }, (_, i) => new Text(`text ${i}`, i === size - 1 ? { key: "last" } : undefined));
    const stride = 7919 % size || 1;
    let cursor = 0;
    let clicks = 0;
    const go = new ElevatedButton("Update one", {
      key: "go",
      onClick: () => {
        cursor = onScreen ? (cursor + 1) % Math.min(10, size) : (cursor + stride) % size;
        texts[cursor]!.value = `v${++clicks}`;
      },
    });
    await page.add(go, ...texts);
  };
}

/** The renderer's layout and style time so far, in ms. */
async function layoutAndStyleMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  const read = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return (read("LayoutDuration") + read("RecalcStyleDuration")) * 1000;
}

/** Median ms of layout and style per one-Text update on a page of `size` Texts. */
async function measurePage(tab: Tab, url: string, options: UpdateOneBrowserOptions): Promise<number> {
  assertLocal(url);
  await tab.goto(url);
  await tab.waitForSelector('[data-key="last"]', { state: "attached" });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Performance.enable", { timeDomain: "timeTicks" });
  const samples: number[] = [];
  for (let i = 0; i < options.warmup + options.samples; i++) {
    const before = await layoutAndStyleMs(cdp);
    await tab.evaluate(updateAndSettle, { button: '[data-key="go"]', root: ".weft-page", timeoutMs: TIMEOUT_MS });
    const after = await layoutAndStyleMs(cdp);
    if (i >= options.warmup) samples.push(after - before);
  }
  await cdp.detach();
  return median(samples);
}

export async function measureUpdateOneBrowser(options: UpdateOneBrowserOptions): Promise<Measurement> {
  const small = await serveApp(pageOfTexts(options.small));
  const large = await serveApp(pageOfTexts(options.large));
  const visible = await serveApp(pageOfTexts(options.large, true));
  try {
    return await withChromium(async (browser) => {
      const smallTab = await openTab(browser);
      const largeTab = await openTab(browser);
      const visibleTab = await openTab(browser);
      const smallMs = await measurePage(smallTab, small.url, options);
      const largeMs = await measurePage(largeTab, large.url, options);
      const visibleMs = await measurePage(visibleTab, visible.url, options);
      await smallTab.close();
      await largeTab.close();
      await visibleTab.close();
      return {
        metrics: { update_one_of_100_browser_ms: smallMs, update_one_of_10000_browser_ms: largeMs, update_one_visible_of_10000_browser_ms: visibleMs },
        notes: options.large === 10_000 ? [] : [`update-one-browser ran with pages of ${options.small} and ${options.large}`],
      };
    });
  } finally {
    await small.close();
    await large.close();
    await visible.close();
  }
}

export const updateOneBrowser: Benchmark = {
  name: "update-one-browser",
  metrics: ["update_one_of_100_browser_ms", "update_one_of_10000_browser_ms", "update_one_visible_of_10000_browser_ms"],
  run: (scale) => measureUpdateOneBrowser(SIZES[scale]),
};
