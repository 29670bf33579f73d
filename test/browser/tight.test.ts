/**
 * Flet's `tight` on Row and Column (Flutter's `MainAxisSize.min`), measured in Chromium: a tight
 * Row in a Column keeps its children's width and follows the Column's horizontalAlignment; a
 * plain Row fills the Column.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Column, Row, Text } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("a tight Row in a Column is as wide as its children and is centred by the Column; a plain Row fills it", async () => {
  const server = await browser.serve(async (page) => {
    await page.add(
      new Column(
        [
          new Row([new Text("plain a"), new Text("plain b")], { key: "plain" }),
          new Row([new Text("tight a"), new Text("tight b")], { key: "tight", tight: true }),
        ],
        { width: 600, horizontalAlignment: "center" },
      ),
    );
  });
  const tab = await browser.open(server.url);
  await tab.getByText("tight b").waitFor();
  const m = await tab.evaluate(() => {
    const rows = [...document.querySelectorAll(".weft-column > .weft-row")] as HTMLElement[];
    const column = document.querySelector(".weft-page > .weft-column") as HTMLElement;
    const [plain, tight] = rows.map((r) => r.getBoundingClientRect()) as [DOMRect, DOMRect];
    const texts = [...rows[1]!.children].map((c) => c.getBoundingClientRect().width);
    const col = column.getBoundingClientRect();
    return { plain: plain.width, tight: tight.width, tightLeft: tight.left, colLeft: col.left, col: col.width, texts };
  });
  assert.equal(m.col, 600);
  assert.equal(m.plain, 600, "a plain Row takes the Column's width");
  const content = m.texts[0]! + m.texts[1]! + 10;
  assert.ok(Math.abs(m.tight - content) <= 1, `a tight Row is its children's width (${m.tight} vs ${content})`);
  const centred = m.colLeft + (600 - m.tight) / 2;
  assert.ok(Math.abs(m.tightLeft - centred) <= 1, `and centred in the Column (${m.tightLeft} vs ${centred})`);
});
