/**
 * What Chromium draws for `Colors`: a palette name, a translucent white, and a theme role made
 * translucent with `Colors.withOpacity`, which keeps following the theme.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Colors, Container, Text } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("palette names, translucent whites and a role at an opacity reach the page as the colours they name", async () => {
  const tab = await browser.open(
    (
      await browser.serve((page) =>
        page.add(
          new Container(new Text("on blue grey", { color: Colors.WHITE24 }), { bgcolor: Colors.BLUE_GREY_100, padding: 8 }),
          new Container(new Text("primary at half"), { bgcolor: Colors.withOpacity(0.5, Colors.PRIMARY), padding: 8 }),
          new Container(new Text("full primary"), { bgcolor: Colors.PRIMARY, padding: 8 }),
        ),
      )
    ).url,
  );
  const background = (text: string) => tab.locator(".weft-container", { hasText: text }).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await background("on blue grey"), "rgb(207, 216, 220)");
  assert.equal(await tab.getByText("on blue grey").evaluate((el) => getComputedStyle(el).color), "rgba(255, 255, 255, 0.24)");
  const primary = (await background("full primary")).match(/\d+/g)!.slice(0, 3).map(Number);
  // A mixed colour computes as `color(srgb r g b / a)`, its channels from 0 to 1.
  const half = await background("primary at half");
  const channels = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+) \/ ([\d.]+)\)$/.exec(half);
  assert.ok(channels, `a translucent colour: ${half}`);
  assert.deepEqual(channels.slice(1, 4).map((c) => Math.round(Number(c) * 255)), primary, "the theme's primary");
  assert.equal(Number(channels[4]), 0.5, "at half opacity");
});
