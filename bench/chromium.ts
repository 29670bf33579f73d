/**
 * Debian's Chromium for the browser figures, launched as the browser tests launch it
 * (`/usr/bin/chromium` through playwright-core, the same flags), and always closed. Timing is
 * done inside the page; Playwright only starts the probes and reads their results.
 */
import { chromium, type Browser, type Page as Tab } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../test/browser/harness.js";

/** The bound on launching, navigating and each probe. */
export const BROWSER_TIMEOUT_MS = 60_000;

/**
 * tsx compiles the bench with esbuild's `keepNames`, so a function handed to `page.evaluate`
 * may call `__name(fn, "fn")`; the page needs that helper (it only returns its argument).
 */
const NAME_SHIM = "globalThis.__name = (fn) => fn;";

/** Runs `use` with a fresh headless Chromium and closes it afterwards, whatever happens. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: BROWSER_TIMEOUT_MS });
  try {
    return await use(browser);
  } finally {
    await browser.close().catch(() => {});
  }
}

/** A new tab of its own context, with the name shim and bounded waits; close it when done. */
export async function openTab(browser: Browser): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript(NAME_SHIM);
  context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(BROWSER_TIMEOUT_MS);
  const tab = await context.newPage();
  tab.on("pageerror", (error) => console.error(`[bench] page error at ${tab.url()}: ${error.message}`));
  tab.on("close", () => void context.close().catch(() => {}));
  return tab;
}

/** Throws unless `url` is on 127.0.0.1: the bench talks to nothing else. */
export function assertLocal(url: string): void {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`the bench talks only to 127.0.0.1, not ${url}`);
}
