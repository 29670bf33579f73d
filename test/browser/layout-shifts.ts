/** Layout shifts a page records from its start (Layout Instability API), for the first-paint tests: a swap of markup must move nothing. */
import type { Page as BrowserPage } from "playwright-core";

/** Records layout shifts from the start of the page, before any of its scripts runs. */
export async function recordShifts(page: BrowserPage): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (globalThis as { __shifts?: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts' values recorded so far. */
export function shiftsSoFar(page: BrowserPage): Promise<number[]> {
  return page.evaluate(() => (globalThis as { __shifts?: number[] }).__shifts ?? []);
}
