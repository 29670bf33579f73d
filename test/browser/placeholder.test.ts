/**
 * `Placeholder` in Chromium: a box with its two diagonals, 400×400 unless sized, in the colour
 * and stroke it is given, and following later changes from the server.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, Placeholder, type Page } from "../../src/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

async function open(main: (page: Page) => void | Promise<void>) {
  return browser.open((await browser.serve(main)).url);
}

test("Placeholder draws a box and its diagonals at the fallback size, or its set width; changes follow", async () => {
  const tab = await open((page) => {
    const sized = new Placeholder({ key: "sized", width: 120, color: "primary", strokeWidth: 4 });
    page.add(
      new Placeholder({ key: "plain" }),
      sized,
      new ElevatedButton("Change", {
        onClick: () => {
          sized.color = "red";
          sized.fallbackHeight = 50;
        },
      }),
    );
  });
  const plain = tab.locator("[data-key=plain]");
  const sized = tab.locator("[data-key=sized]");
  await sized.waitFor();
  assert.equal(await tab.getByRole("img", { name: "Placeholder" }).count(), 2);
  const box = await plain.boundingBox();
  assert.deepEqual([box?.width, box?.height], [400, 400], "the fallback size");
  assert.equal(await plain.locator("line").count(), 2, "two diagonals");
  const stroke = (el: Element) => {
    const style = getComputedStyle(el.querySelector("g")!);
    return [style.stroke, style.strokeWidth];
  };
  assert.deepEqual(await plain.evaluate(stroke), ["rgb(69, 90, 100)", "2px"], "Flet's blue grey 700, 2px");
  const sizedBox = await sized.boundingBox();
  assert.deepEqual([sizedBox?.width, sizedBox?.height], [120, 400], "its width, the fallback height");
  const [themed, width] = await sized.evaluate(stroke);
  assert.match(themed!, /^rgb/, "a theme colour resolves");
  assert.notEqual(themed, "rgb(69, 90, 100)");
  assert.equal(width, "4px");
  await tab.getByRole("button", { name: "Change" }).click();
  await until(async () => (await sized.evaluate(stroke))[0] === "rgb(255, 0, 0)", "the new colour");
  assert.equal((await sized.boundingBox())?.height, 50, "the new fallback height");
});
