/**
 * The canvas in Chromium, asserted on the pixels it drew (`getImageData` at known points): shapes
 * in their paints and gradients, a tap that reaches `onTapDown` at its local coordinates, a drag
 * that draws a brush stroke through the server, and one changed shape that is one small `set` op
 * and shows at the next frame. No CSP rule is tripped, and screen readers find it by its label.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { Canvas, canvas, ElevatedButton, type GesturePoint, type Page } from "../../src/index.js";
import { watchCsp } from "./csp-watch.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

/** The colour the canvas labelled `name` shows at CSS pixel `(x, y)`, as `[r, g, b, a]`. */
function pixel(tab: Tab, name: string, x: number, y: number): Promise<number[]> {
  return tab.evaluate(([name, x, y]) => {
    const surface = document.querySelector<HTMLCanvasElement>(`canvas[aria-label="${name}"]`)!;
    const scale = surface.width / surface.clientWidth;
    return [...surface.getContext("2d")!.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data];
  }, [name, x, y] as const);
}

async function shows(tab: Tab, name: string, x: number, y: number, rgba: number[], what: string): Promise<void> {
  let seen: number[] = [];
  await until(async () => {
    seen = await pixel(tab, name, x, y);
    return seen.every((v, i) => Math.abs(v - rgba[i]!) <= 8);
  }, `${what} at (${x}, ${y}): expected ${JSON.stringify(rgba)}`).catch((error: Error) => {
    throw new Error(`${error.message}, saw ${JSON.stringify(seen)}`);
  });
}

const WHITE = [255, 255, 255, 255];
const RED = [255, 0, 0, 255];
const BLUE = [0, 0, 255, 255];
const GREEN = [0, 255, 0, 255];
const BLACK = [0, 0, 0, 255];

test("a canvas draws its shapes; a tap reaches onTapDown at its coordinates; one changed shape is one op", async () => {
  const taps: GesturePoint[] = [];
  const circle = new canvas.Circle(150, 100, 20, { paint: { color: "#0000ff" } });
  const app = async (page: Page) => {
    const board = new Canvas(
      [
        new canvas.Fill({ paint: { color: "#ffffff" } }),
        new canvas.Rect(10, 10, 50, 40, { paint: { color: "#ff0000" } }),
        circle,
        new canvas.Line(200, 20, 280, 20, { paint: { color: "#00ff00", strokeWidth: 6 } }),
        new canvas.Path([canvas.Path.moveTo(200, 150), canvas.Path.lineTo(280, 150), canvas.Path.lineTo(240, 190), canvas.Path.close()], { paint: { color: "#ff0000" } }),
        new canvas.Rect(10, 120, 60, 60, { paint: { color: "#000000", style: "stroke", strokeWidth: 4 } }),
      ],
      { width: 300, height: 200, semanticsLabel: "Shapes", onTapDown: (e) => void taps.push(e.data) },
    );
    await page.add(board, new ElevatedButton("Grow", { onClick: () => { circle.radius = 40; } }));
  };
  const violations: string[] = [];
  const received: string[] = [];
  browser.context.once("page", (tab) => tab.on("websocket", (ws) => ws.on("framereceived", (f) => void received.push(String(f.payload)))));
  const tab = watchCsp(await browser.open((await browser.serve(app)).url), violations);
  const surface = tab.getByRole("img", { name: "Shapes" });
  assert.equal(await surface.count(), 1, "screen readers find the canvas as an image named by its semanticsLabel");

  await shows(tab, "Shapes", 35, 30, RED, "the rect is filled red");
  await shows(tab, "Shapes", 150, 100, BLUE, "the circle's centre is blue");
  await shows(tab, "Shapes", 150, 125, WHITE, "outside the circle's radius is the white fill");
  await shows(tab, "Shapes", 240, 20, GREEN, "the green line, 6 px wide");
  await shows(tab, "Shapes", 240, 26, WHITE, "and not beyond its width");
  await shows(tab, "Shapes", 240, 160, RED, "inside the path's triangle");
  await shows(tab, "Shapes", 205, 185, WHITE, "outside the triangle");
  await shows(tab, "Shapes", 10, 150, BLACK, "the stroked rect's outline");
  await shows(tab, "Shapes", 40, 150, WHITE, "and its inside stays unfilled");

  const box = (await surface.boundingBox())!;
  await tab.mouse.click(box.x + 30, box.y + 45);
  await until(async () => taps.length === 1, "the tap reached onTapDown");
  assert.deepEqual(taps, [{ localX: 30, localY: 45 }]);

  const before = received.length;
  await tab.getByRole("button", { name: "Grow" }).click();
  await shows(tab, "Shapes", 150, 135, BLUE, "the grown circle reaches past its old radius");
  const patches = received.slice(before).filter((f) => f.startsWith('["patch"'));
  assert.equal(patches.length, 1, `one patch after the click: ${patches.join(" ")}`);
  assert.deepEqual((JSON.parse(patches[0]!) as [string, { ops: unknown[] }])[1].ops, [["set", circle.id, { radius: 40 }]]);
  assert.ok(Buffer.byteLength(patches[0]!) < 64, `${Buffer.byteLength(patches[0]!)} bytes on the wire`);
  await shows(tab, "Shapes", 35, 30, RED, "the rest is redrawn as it was");
  assert.deepEqual(violations, []);
});

test("a brush: a drag's pan updates append lines on the server, drawn in the browser; gradients fill", async () => {
  const app = async (page: Page) => {
    let last: [number, number] = [0, 0];
    const board: Canvas = new Canvas(
      [new canvas.Fill({ paint: { gradient: { type: "linear", begin: [0, 0], end: [300, 0], colors: ["#ff0000", "#0000ff"] } } })],
      {
        width: 300,
        height: 200,
        semanticsLabel: "Brush",
        onPanStart: (e) => void (last = [e.data.localX, e.data.localY]),
        onPanUpdate: (e) => {
          board.shapes.push(new canvas.Line(last[0], last[1], e.data.localX, e.data.localY, { paint: { color: "#000000", strokeWidth: 5, strokeCap: "round" } }));
          last = [e.data.localX, e.data.localY];
        },
      },
    );
    await page.add(board);
  };
  const tab = await browser.open((await browser.serve(app)).url);
  const left = await (async () => { await shows(tab, "Brush", 1, 100, RED, "the gradient starts red"); return pixel(tab, "Brush", 150, 100); })();
  assert.ok(left[0]! > 100 && left[2]! > 100, `half way it is a mix of red and blue: ${JSON.stringify(left)}`);
  await shows(tab, "Brush", 299, 100, BLUE, "and ends blue");
  const box = (await tab.getByRole("img", { name: "Brush" }).boundingBox())!;
  await tab.mouse.move(box.x + 40, box.y + 60);
  await tab.mouse.down();
  await tab.mouse.move(box.x + 160, box.y + 60, { steps: 12 });
  await tab.mouse.up();
  await shows(tab, "Brush", 150, 60, BLACK, "the stroke is drawn where the pointer went");
  await shows(tab, "Brush", 150, 70, (await pixel(tab, "Brush", 150, 100)).map((v) => v), "and only there");
  const lines = await tab.locator(".weft-canvas__shapes > [data-weft-type=canvasline]").count();
  assert.ok(lines >= 2 && lines <= 12, `the drag's updates were coalesced into ${lines} lines`);
});
