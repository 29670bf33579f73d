/**
 * examples/media.ts at a desktop and a phone width, by measured boxes: the video fills its column
 * at 16:9 beside its source on a desktop and above it on a phone, without overflowing; the code is
 * highlighted in light and in dark. Screenshots (desktop light, phone dark) go to docs/screenshots/.
 */
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page as Tab } from "playwright-core";
import { loadExamples } from "../../examples/gallery.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();
const SHOTS = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs", "screenshots");

/** The video's box and the box of the source beside or below it. */
function boxes(tab: Tab) {
  return tab.evaluate(() => {
    const video = document.querySelector("video")!.getBoundingClientRect();
    const code = document.querySelector("video")!.closest(".weft-responsive-row")!.querySelector(".weft-code-block")!.getBoundingClientRect();
    return {
      video: { left: Math.round(video.left), right: Math.round(video.right), top: Math.round(video.top), bottom: Math.round(video.bottom), width: Math.round(video.width), height: Math.round(video.height) },
      code: { left: Math.round(code.left), top: Math.round(code.top) },
    };
  });
}

test("media example: the video fills its column at 16:9, beside its source on a desktop and above it on a phone; code is highlighted light and dark", async () => {
  const example = (await loadExamples()).find((e) => e.slug === "media")!;
  const tab = await browser.open((await browser.serve(example.main)).url);
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.locator(".weft-code-block .hljs-keyword").first().waitFor();
  const desk = await boxes(tab);
  assert.ok(desk.code.left >= desk.video.right, `the source stands to the right: ${JSON.stringify(desk)}`);
  assert.ok(Math.abs(desk.video.height - (desk.video.width * 9) / 16) <= 1, `16:9: ${JSON.stringify(desk.video)}`);
  await tab.screenshot({ path: join(SHOTS, "media-desktop.png") });

  await tab.setViewportSize({ width: 390, height: 844 });
  await until(async () => (await boxes(tab)).video.right <= 390, "the video took the phone's width");
  const phone = await boxes(tab);
  assert.ok(phone.code.top >= phone.video.bottom, `the source goes below the video: ${JSON.stringify(phone)}`);
  assert.ok(Math.abs(phone.video.height - (phone.video.width * 9) / 16) <= 1, `still 16:9: ${JSON.stringify(phone.video)}`);
  const lightKeyword = await tab.locator(".weft-code-block .hljs-keyword").first().evaluate((el) => getComputedStyle(el).color);
  await tab.getByRole("switch", { name: "Dark mode" }).click();
  await until(async () => (await tab.evaluate(() => document.documentElement.classList.contains("weft-dark"))), "the page is dark");
  await until(async () => (await tab.locator(".weft-code-block .hljs-keyword").first().evaluate((el) => getComputedStyle(el).color)) !== lightKeyword, "the code takes the dark scheme");
  await tab.getByRole("heading", { name: "Code", exact: true }).scrollIntoViewIfNeeded();
  await tab.screenshot({ path: join(SHOTS, "media-phone.png") });
});
