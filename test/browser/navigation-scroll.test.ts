/**
 * Scroll and focus across history moves in Chromium (docs/navigation.md): going to a route starts
 * at the top; Back and Forward put back each entry's scroll once its view has arrived from the
 * server (not after a fixed delay), and focus lands on the new view's heading.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AppBar, ListTile, Text, View, type Page } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

/** A long list of items, each a route link; an item's view is long too, so it has a scroll of its own. */
function listApp(page: Page) {
  page.onRouteChange = () => {
    page.views.length = 0;
    const items = Array.from({ length: 80 }, (_, i) => new ListTile({ title: new Text(`Item ${i}`), url: `/items/${i}` }));
    page.views.push(new View("/", items, { appbar: new AppBar({ title: "Items" }), scroll: "auto" }));
    const id = /^\/items\/(\d+)$/.exec(page.route)?.[1];
    if (id !== undefined) {
      const lines = Array.from({ length: 60 }, (_, i) => new Text(`Line ${i} of item ${id}`));
      page.views.push(new View(page.route, lines, { appbar: new AppBar({ title: `Item ${id}` }), scroll: "auto" }));
    }
    return page.update();
  };
  return page.go(page.route);
}

test("a route starts at the top; Back and Forward restore each entry's scroll; focus goes to the heading", async () => {
  const served = await browser.serve(listApp);
  const page = await browser.open(`${new URL(served.url).origin}/`);
  await page.getByText("Item 0", { exact: true }).waitFor();
  const scroller = page.locator("main.weft-page");
  const scrollTop = () => scroller.evaluate((el) => Math.round(el.scrollTop));
  await scroller.evaluate((el) => (el.scrollTop = 1500));
  assert.equal(await scrollTop(), 1500, "the list scrolls");

  await page.locator("[data-weft-type=listtile]", { hasText: "Item 30" }).click();
  await page.getByText("Line 0 of item 30", { exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Item 30");
  assert.equal(await scrollTop(), 0, "a new route starts at the top");
  await scroller.evaluate((el) => (el.scrollTop = 400));

  await page.goBack();
  await page.getByText("Item 0", { exact: true }).waitFor({ state: "attached" });
  await page.waitForFunction(() => document.querySelector("main.weft-page")!.scrollTop > 0);
  assert.equal(await scrollTop(), 1500, "Back puts the list's scroll back");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Items", "focus is on the view's heading");

  await page.goForward();
  await page.getByText("Line 0 of item 30", { exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Item 30");
  assert.equal(await scrollTop(), 400, "Forward puts the item's scroll back");

  await page.reload();
  await page.getByText("Line 0 of item 30", { exact: true }).waitFor();
  await page.goBack();
  await page.getByText("Item 0", { exact: true }).waitFor({ state: "attached" });
  await page.waitForFunction(() => document.querySelector("main.weft-page")!.scrollTop > 0);
  assert.equal(await scrollTop(), 1500, "after a reload the entry's state still holds its scroll");
  await page.close();
});
