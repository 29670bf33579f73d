/**
 * examples/charts.ts at a desktop and a phone width, by measured boxes: beside its source on a
 * desktop, above it on a phone, each chart fills its column and ECharts' canvas follows the box
 * when the window changes. Screenshots (desktop light, its pie, phone dark) go to docs/screenshots/.
 */
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page as Tab } from "playwright-core";
import { loadExamples } from "../../examples/gallery.js";
import { chartOption } from "./chart-model.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();
const SHOTS = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs", "screenshots");

/** The first chart's box, its canvas's drawn size, and the source box beside or below it. */
function boxes(tab: Tab) {
  return tab.evaluate(() => {
    const chart = document.querySelector(".weft-chart")!;
    const canvas = chart.querySelector("canvas")!;
    const code = chart.closest(".weft-responsive-row")!.children[1]!;
    // No named helper inside: the test's compiler would wrap it in a function the page lacks.
    const [c, v, s, p] = [chart, canvas, code, chart.parentElement!].map((el) => {
      const r = el.getBoundingClientRect();
      return { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), bottom: Math.round(r.bottom), right: Math.round(r.right) };
    });
    return { chart: c!, canvas: v!, code: s!, parent: p! };
  });
}

test("charts example: beside its source on a desktop, above it on a phone; the canvas follows the box", async () => {
  const example = (await loadExamples()).find((e) => e.slug === "charts")!;
  const tab = await browser.open((await browser.serve(example.main)).url);
  await tab.setViewportSize({ width: 1280, height: 800 });
  for (const nth of [0, 1, 2]) await chartOption(tab, nth);
  const desk = await boxes(tab);
  assert.equal(desk.chart.width, desk.parent.width, "the chart fills its column");
  assert.ok(desk.code.left >= desk.chart.right, `the source stands to the right: ${JSON.stringify(desk)}`);
  assert.ok(desk.chart.width > 600, `a wide chart on a desktop: ${desk.chart.width}`);
  assert.deepEqual([desk.canvas.width, desk.canvas.left], [desk.chart.width, desk.chart.left], "ECharts draws over the whole box");
  await tab.waitForTimeout(1200); // the entry animation
  await tab.screenshot({ path: join(SHOTS, "charts-desktop.png") });
  await tab.getByRole("heading", { name: "A pie chart whose hovered section grows" }).scrollIntoViewIfNeeded();
  await tab.screenshot({ path: join(SHOTS, "charts-pie-desktop.png") });

  await tab.setViewportSize({ width: 390, height: 844 });
  await until(async () => {
    const b = await boxes(tab);
    return b.canvas.width === b.chart.width && b.chart.width < 390;
  }, "the canvas took the phone's width");
  const phone = await boxes(tab);
  assert.ok(phone.code.top >= phone.chart.bottom, `the source goes below the chart: ${JSON.stringify(phone)}`);
  assert.ok(phone.chart.right <= 390, "nothing overflows the phone's width");
  await tab.getByRole("switch", { name: "Dark mode" }).click();
  await until(async () => (await tab.evaluate(() => document.documentElement.classList.contains("weft-dark"))), "the page is dark");
  await tab.waitForTimeout(800);
  await tab.screenshot({ path: join(SHOTS, "charts-phone.png") });
});
