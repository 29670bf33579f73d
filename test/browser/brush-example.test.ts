/**
 * examples/brush.ts (Flet's canvas brush) in Chromium: a drag over the board draws a line where
 * the pointer went, in the chosen ink, through the server (each pan update one appended line);
 * Clear leaves the gradient alone. A screenshot of a drawing goes to docs/screenshots/.
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

function pixel(tab: Tab, x: number, y: number): Promise<number[]> {
  return tab.evaluate(([x, y]) => {
    const surface = document.querySelector<HTMLCanvasElement>(".weft-canvas__surface")!;
    const scale = surface.width / surface.clientWidth;
    return [...surface.getContext("2d")!.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data];
  }, [x, y] as const);
}

/**
 * The pixel at (x, y) once two reads 100 ms apart agree: after the viewport changes the canvas
 * reports its new size, and the board may redraw more than once as the page settles.
 */
async function steadyPixel(tab: Tab, x: number, y: number): Promise<number[]> {
  let last = await pixel(tab, x, y);
  for (let i = 0; i < 50; i++) {
    await tab.waitForTimeout(100);
    const now = await pixel(tab, x, y);
    if (now.join() === last.join()) return now;
    last = now;
  }
  throw new Error(`the board at (${x}, ${y}) kept changing for 5 s`);
}

async function drag(tab: Tab, from: [number, number], to: [number, number]): Promise<void> {
  const box = (await tab.getByRole("img", { name: /drawing board/ }).boundingBox())!;
  await tab.mouse.move(box.x + from[0], box.y + from[1]);
  await tab.mouse.down();
  await tab.mouse.move(box.x + to[0], box.y + to[1], { steps: 15 });
  await tab.mouse.up();
}

test("brush example: a drag draws where the pointer went, in the chosen ink; Clear keeps the board", async () => {
  const example = (await loadExamples()).find((e) => e.slug === "brush")!;
  const tab = await browser.open((await browser.serve(example.main)).url);
  await tab.setViewportSize({ width: 1000, height: 700 });
  await until(async () => (await pixel(tab, 5, 5))[3] === 255, "the board's gradient is drawn");
  const beside = await steadyPixel(tab, 200, 130);
  const board = await pixel(tab, 200, 100);
  await drag(tab, [60, 100], [360, 100]);
  await until(async () => (await pixel(tab, 200, 100))[0]! < 40, "the black stroke shows across the board");
  assert.ok(Math.abs((await pixel(tab, 200, 130))[0]! - beside[0]!) < 12, "beside the stroke the board is as it was");

  await tab.getByRole("radio", { name: "Red" }).or(tab.getByRole("button", { name: "Red" })).first().click();
  await drag(tab, [60, 200], [360, 240]);
  await until(async () => {
    const [r, g, b] = await pixel(tab, 210, 220);
    return r! > 150 && g! < 80 && b! < 80;
  }, "the second stroke is red");
  await tab.screenshot({ path: join(SHOTS, "brush-desktop.png") });

  const lines = await tab.locator("[data-weft-type=canvasline]").count();
  assert.ok(lines >= 4, `each stroke is a few appended lines: ${lines}`);
  await tab.getByRole("button", { name: "Clear" }).click();
  await until(async () => (await tab.locator("[data-weft-type=canvasline]").count()) === 0, "the lines are gone");
  await until(async () => Math.abs((await pixel(tab, 200, 100))[0]! - board[0]!) < 12, "the board shows again where the stroke was");
});
