/**
 * Every `Icons` constant draws one glyph of the self-hosted Material Symbols font (a name the font
 * does not know would show as a run of letters), in Chromium with no network but 127.0.0.1.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Icon, Icons, Row } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("each of the Icons constants is a single glyph of the font", async () => {
  // The font's own names and the older ones it draws by ligature, with a few of Flet's style suffixes.
  const names = [...Object.values(Icons), Icons.CREATE_OUTLINED, Icons.SEND_ROUNDED, Icons.HOME_SHARP];
  const server = await browser.serve(async (page) => {
    await page.add(new Row(names.map((name) => new Icon(name, { key: name })), { wrap: true }));
  });
  const tab = await browser.open(server.url);
  await tab.locator("[data-weft-type=icon]").nth(names.length - 1).waitFor();
  const wide = await tab.evaluate(async () => {
    await document.fonts.ready;
    const icons = [...document.querySelectorAll<HTMLElement>("[data-weft-type=icon]")];
    // A glyph is one em square (24px); an unknown ligature is the name spelled out, far wider.
    return icons.filter((el) => el.getBoundingClientRect().width > 30).map((el) => el.textContent);
  });
  assert.deepEqual(wide, [], "names the font does not draw");
  assert.deepEqual(browser.pageErrors, []);
});
