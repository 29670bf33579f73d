/**
 * examples/data-table.ts at a desktop and a phone width, by measured boxes: the tables fill the
 * page's width on a desktop; on a phone they scroll sideways inside their own box and the page
 * does not; the virtual table's header stays over its rows while they scroll. Screenshots (desktop
 * light, phone dark) go to docs/screenshots/.
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

/** Each table's outer box and the scrolling box inside it, and the page's own scroll width. */
function boxes(tab: Tab) {
  return tab.evaluate(() => {
    const tables = [...document.querySelectorAll(".weft-datatable")].map((outer) => {
      const box = outer.querySelector(".weft-datatable__box")!;
      const r = outer.getBoundingClientRect();
      return { left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width), scrollWidth: box.scrollWidth, clientWidth: box.clientWidth };
    });
    return { tables, page: document.documentElement.scrollWidth, viewport: window.innerWidth };
  });
}

test("data-table example: full width on a desktop, scrolling sideways in its own box on a phone; the header stays over scrolled rows", async () => {
  const example = (await loadExamples()).find((e) => e.slug === "data-table")!;
  const tab = await browser.open((await browser.serve(example.main)).url);
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.getByText("1–10 of 100,000").waitFor();
  const desk = await boxes(tab);
  assert.equal(desk.tables.length, 2);
  for (const t of desk.tables) assert.ok(t.width > 1200 && t.scrollWidth === t.clientWidth, `a table fills the desktop's width: ${JSON.stringify(t)}`);
  await tab.screenshot({ path: join(SHOTS, "data-table-desktop.png") });

  await tab.setViewportSize({ width: 390, height: 844 });
  await until(async () => (await boxes(tab)).tables.every((t) => t.right <= 390), "the tables took the phone's width");
  const phone = await boxes(tab);
  assert.ok(phone.page <= phone.viewport, `the page itself does not scroll sideways: ${phone.page} > ${phone.viewport}`);
  for (const t of phone.tables) assert.ok(t.scrollWidth > t.clientWidth, `the table scrolls inside its box: ${JSON.stringify(t)}`);

  const scroller = tab.locator(".weft-datatable--virtual .weft-datatable__box");
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((el) => (el.scrollTop = 52 * 1234));
  const row = tab.getByRole("row", { name: /#001235/ });
  await row.waitFor();
  const head = (await scroller.getByRole("columnheader", { name: "Customer" }).boundingBox())!;
  const box = (await scroller.boundingBox())!;
  const first = (await row.boundingBox())!;
  assert.ok(Math.abs(head.y - box.y) < 2, `the header stays at the top of the box: ${JSON.stringify([head, box])}`);
  assert.ok(Math.abs(first.y - (head.y + head.height)) < 2, `order 1,235 stands right under the header: ${first.y} against ${head.y + head.height}`);
  await tab.getByRole("switch", { name: "Dark mode" }).click();
  await until(async () => tab.evaluate(() => document.documentElement.classList.contains("weft-dark")), "the page is dark");
  await tab.getByRole("heading", { name: "Every row, scrolling" }).evaluate((el) => el.scrollIntoView());
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: join(SHOTS, "data-table-phone.png") });
});
