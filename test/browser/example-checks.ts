/**
 * What every example must do in Chromium, whatever serves it: a person's steps (find controls by
 * role and text, click, resize, wait for the DOM) and what they should see. `examples.test.ts`
 * runs these checks against apps served by `appAsync`; `static.test.ts` against the same
 * examples published with `weft publish` and served by a plain static file server.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { chartOption } from "./chart-model.js";
import { sessionIdOf, TIMEOUT_MS, type BrowserHarness } from "./harness.js";

/** Where one mode serves the examples. */
export interface ExampleSite {
  /** The URL of the example `slug` (`hello`, `countdown`, …); tabs opened there share nothing. */
  urlOf(slug: string): Promise<string>;
  /**
   * The server paints the page (`firstPaint: "server"`): `main` runs before the window's size is
   * known, so the size shows once the client reports it, through `onResize` (docs/first-paint.md).
   */
  firstPaint?: boolean;
}

/** Waits until `page` shows exactly `count` elements with exactly this text. */
export async function waitForTextCount(page: BrowserPage, text: string, count: number): Promise<void> {
  const matches = page.getByText(text, { exact: true });
  if (count > 0) await matches.nth(count - 1).waitFor({ state: "visible" });
  await matches.nth(count).waitFor({ state: "detached" });
  assert.equal(await matches.count(), count, `expected ${count} × "${text}"`);
}

/** Polls `check` until it holds, failing after TIMEOUT_MS. */
export async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** "02:00" → 120. */
function seconds(mmss: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(mmss.trim());
  assert.ok(match, `not a countdown value: ${JSON.stringify(mmss)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Registers one test per check, named `${prefix}${check}`, and a last one asserting that no page
 * threw a script error.
 */
export function testExamples(browser: BrowserHarness, site: ExampleSite, prefix = ""): void {
  const openExample = async (slug: string) => browser.open(await site.urlOf(slug));

  test(`${prefix}hello shows its greeting as real, selectable text`, async () => {
    const page = await openExample("hello");
    const greeting = page.getByText("Hello, async world!", { exact: true });
    await greeting.waitFor({ state: "visible" });
    assert.notEqual(await greeting.evaluate((el) => getComputedStyle(el).userSelect), "none");
  });

  test(`${prefix}button-hello: each click on the button adds one Hello!`, async () => {
    const page = await openExample("button-hello");
    const button = page.getByRole("button", { name: "Say hello!" });
    await button.waitFor({ state: "visible" });
    assert.equal(await page.getByText("Hello!", { exact: true }).count(), 0);
    await button.click();
    await waitForTextCount(page, "Hello!", 1);
    await button.click();
    await waitForTextCount(page, "Hello!", 2);
  });

  test(`${prefix}delayed-hello: Hello! appears only after the handler's sleep`, async () => {
    const page = await openExample("delayed-hello");
    const button = page.getByRole("button", { name: "Say hello with delay!" });
    await button.click();
    // The handler sleeps a full second, so right after the click there is nothing yet…
    assert.equal(await page.getByText("Hello!", { exact: true }).count(), 0);
    // …and later there is exactly one.
    await waitForTextCount(page, "Hello!", 1);
  });

  test(`${prefix}countdown: two countdowns, started at 120 and 60 seconds, tick down independently`, async () => {
    const page = await openExample("countdown");
    const values = page.getByText(/^\d{2}:\d{2}$/);
    await values.nth(1).waitFor({ state: "visible" });
    assert.equal(await values.count(), 2);
    const read = async () => (await values.allTextContents()).map(seconds);

    const [first, second] = await read();
    assert.ok(first! <= 120 && first! > 60, `the first countdown starts from 02:00, shows ${first}`);
    assert.ok(second! <= 60 && second! > 0, `the second countdown starts from 01:00, shows ${second}`);

    await until(async () => {
      const [a, b] = await read();
      return a! < first! && b! < second!;
    }, "both countdowns tick");
    const [laterFirst, laterSecond] = await read();
    assert.ok(laterFirst! < first!, `the first countdown went down: ${first} → ${laterFirst}`);
    assert.ok(laterSecond! < second!, `the second countdown went down: ${second} → ${laterSecond}`);
    assert.ok(laterFirst! > laterSecond!, "each keeps its own time");
  });

  test(`${prefix}resize-and-errors: resizing the viewport shows the new size`, async () => {
    const page = await openExample("resize-and-errors");
    if (site.firstPaint) await page.getByText("New page size: 1024 x 768", { exact: true }).waitFor({ state: "visible" });
    else await page.getByText(/^Page size: \d+ x \d+$/).waitFor({ state: "visible" });
    for (const size of [
      { width: 700, height: 500 },
      { width: 900, height: 640 },
    ]) {
      await page.setViewportSize(size);
      await page.getByText(`New page size: ${size.width} x ${size.height}`, { exact: true }).waitFor({ state: "visible" });
    }
  });

  test(`${prefix}resize-and-errors: a throwing handler reaches onError and the page keeps working`, async () => {
    const page = await openExample("resize-and-errors");
    const sessionBefore = await sessionIdOf(page);
    await page.getByRole("button", { name: "Break it" }).click();
    await page.getByText(/^Page error: .*Something broke in a click handler/).waitFor({ state: "visible" });

    await page.getByRole("button", { name: "Still working?" }).click();
    await waitForTextCount(page, "Yes, the page still works.", 1);
    await page.getByRole("button", { name: "Break it" }).click();
    await page.getByRole("button", { name: "Still working?" }).click();
    await waitForTextCount(page, "Yes, the page still works.", 2);
    assert.equal(await sessionIdOf(page), sessionBefore, "the same session throughout");
  });

  test(`${prefix}todo: Flet's tutorial adds, completes, filters, edits and clears tasks in a centred 600px column`, async () => {
    const page = await openExample("todo");
    const field = page.getByRole("textbox", { name: "What needs to be done?" });
    for (const task of ["create web app", "final touches"]) {
      await field.fill(task);
      await field.press("Enter");
      await page.getByRole("checkbox", { name: task }).waitFor();
    }
    await page.getByText("2 active item(s) left", { exact: true }).waitFor();
    await page.getByRole("checkbox", { name: "create web app" }).check();
    await page.getByText("1 active item(s) left", { exact: true }).waitFor();

    await page.getByRole("tab", { name: "active" }).click();
    await page.getByRole("checkbox", { name: "create web app" }).waitFor({ state: "hidden" });
    assert.ok(await page.getByRole("checkbox", { name: "final touches" }).isVisible());
    await page.getByRole("tab", { name: "completed" }).click();
    await page.getByRole("checkbox", { name: "final touches" }).waitFor({ state: "hidden" });
    await page.getByRole("tab", { name: "all" }).click();

    await page.getByRole("button", { name: "Edit To-Do" }).nth(1).click();
    const edit = page.getByRole("textbox").nth(1);
    await edit.fill("final touches, done right");
    await page.getByRole("button", { name: "Update To-Do" }).click();
    await page.getByRole("checkbox", { name: "final touches, done right" }).waitFor();

    await page.getByRole("button", { name: "Clear completed" }).click();
    await page.getByRole("checkbox", { name: "create web app" }).waitFor({ state: "detached" });
    await page.getByText("1 active item(s) left", { exact: true }).waitFor();

    const column = (await page.locator("main.weft-page > .weft-column").boundingBox())!;
    const main = (await page.locator("main.weft-page").boundingBox())!;
    assert.equal(column.width, 600);
    assert.ok(Math.abs(column.x + 300 - (main.x + main.width / 2)) <= 1.5, `the app is centred (${column.x})`);
    const title = (await page.getByText("Todos", { exact: true }).boundingBox())!;
    assert.ok(Math.abs(title.x + title.width / 2 - (column.x + 300)) <= 1.5, "the title is centred over it");
  });

  test(`${prefix}calculator: Flet's tutorial computes, and its rows of expanded buttons fill the 350px box exactly`, async () => {
    const page = await openExample("calculator");
    const press = (label: string) => page.getByRole("button", { name: label, exact: true }).click();
    const result = page.locator(".weft-container .weft-row").first().locator(".weft-text");
    for (const label of ["7", "*", "8", "="]) await press(label);
    await until(async () => (await result.textContent()) === "56", "7 * 8 = shows 56");
    await press("AC");
    for (const label of ["1", "/", "0", "="]) await press(label);
    await until(async () => (await result.textContent()) === "Error", "1 / 0 = shows Error");

    const box = (await page.locator(".weft-container").first().boundingBox())!;
    assert.equal(box.width, 350);
    for (const row of await page.locator(".weft-container .weft-row").all()) {
      const buttons = await row.locator(".weft-button").all();
      if (buttons.length === 0) continue;
      const first = (await buttons[0]!.boundingBox())!;
      const last = (await buttons.at(-1)!.boundingBox())!;
      assert.ok(Math.abs(first.x - (box.x + 20)) <= 1, `a row starts inside the padding (${first.x})`);
      assert.ok(Math.abs(last.x + last.width - (box.x + box.width - 20)) <= 1, `a row ends inside the padding (${last.x + last.width})`);
      assert.equal(first.height, 40, "buttons keep their 40px height");
    }
  });

  test(`${prefix}chat: the name dialog refuses a blank name, then the tab's own messages come back through pubsub, under the user's avatar`, async () => {
    const page = await openExample("chat");
    const name = page.getByLabel("Enter your name to join the chat");
    await name.waitFor({ state: "visible" });
    await page.getByRole("button", { name: "Join chat" }).click();
    await page.getByText("Name cannot be blank!", { exact: true }).last().waitFor();
    await name.fill("Ada");
    await name.press("Enter");
    await waitForTextCount(page, "Ada has joined the chat.", 1);
    await name.waitFor({ state: "hidden" });
    const message = page.getByRole("textbox", { name: "Write a message..." });
    await message.fill("Hello from Weft");
    await message.press("Enter");
    await waitForTextCount(page, "Hello from Weft", 1);
    assert.equal(await message.inputValue(), "", "the field is cleared after sending");
    await waitForTextCount(page, "Ada", 1);
    await waitForTextCount(page, "A", 1); // the avatar's initial
    // Flutter's layout: the chat's ListView expands, so the input row stays at the window's bottom.
    const box = await message.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && viewport && viewport.height - (box.y + box.height) < 60, `the input row is at the bottom: ${JSON.stringify(box)} in ${JSON.stringify(viewport)}`);
  });

  test(`${prefix}shared-counter: a click in either tab changes the count in both; a new tab starts from the current count`, async () => {
    const url = await site.urlOf("shared-counter");
    const [a, b] = [await browser.open(url), await browser.open(url)];
    await a.getByRole("button", { name: "+", exact: true }).click();
    await b.getByText("1", { exact: true }).waitFor();
    await b.getByRole("button", { name: "+", exact: true }).click();
    await b.getByRole("button", { name: "+", exact: true }).click();
    await a.getByText("3", { exact: true }).waitFor();
    await a.getByRole("button", { name: "-", exact: true }).click();
    await b.getByText("2", { exact: true }).waitFor();
    const c = await browser.open(url);
    await c.getByText("2", { exact: true }).waitFor();
    // Presence spans the server's process, or a static site's tabs (over a BroadcastChannel).
    await a.getByText("Online: 3", { exact: true }).waitFor();
    await c.close();
    // The closed tab's goodbye updates the others at once (presence.test.ts times it); should it be
    // lost, the tab leaves once silent for the relay's 15 s, which this wait outlasts.
    await a.getByText("Online: 2", { exact: true }).waitFor({ timeout: 20_000 });
    await Promise.all([a.close(), b.close()]);
  });

  test(`${prefix}two tabs of one app are two independent sessions`, async () => {
    const url = await site.urlOf("button-hello");
    const one = await browser.open(url);
    const two = await browser.open(url);
    const [idOne, idTwo] = [await sessionIdOf(one), await sessionIdOf(two)];
    assert.ok(idOne && idTwo);
    assert.notEqual(idOne, idTwo);

    await one.getByRole("button", { name: "Say hello!" }).click();
    await one.getByRole("button", { name: "Say hello!" }).click();
    await waitForTextCount(one, "Hello!", 2);
    // Tab two has seen none of it; its own click adds exactly its own one line.
    assert.equal(await two.getByText("Hello!", { exact: true }).count(), 0);
    await two.getByRole("button", { name: "Say hello!" }).click();
    await waitForTextCount(two, "Hello!", 1);
    await waitForTextCount(one, "Hello!", 2);
  });

  test(`${prefix}charts: the line chart ticks a point a second, the slider moves its bar, all three are drawn`, async () => {
    const page = await browser.open(await site.urlOf("charts"));
    type Drawn = { series: { id: string; data: ({ value: number | number[] } | number | string)[] }[] };
    const value = (d: Drawn["series"][number]["data"][number]) => (typeof d === "object" ? d.value : d);
    const first = await chartOption<Drawn>(page, 0);
    assert.equal(first.series[0]!.data.length, 30, "a window of 30 points");
    const start = (value(first.series[0]!.data[0]!) as number[])[0]!;
    await until(async () => {
      const now = await chartOption<Drawn>(page, 0);
      return now.series[0]!.data.length === 30 && (value(now.series[0]!.data[0]!) as number[])[0]! >= start + 2;
    }, "the line chart moved on by two points, keeping 30");
    const bars = await chartOption<Drawn>(page, 1);
    assert.equal(value(bars.series.find((s) => s.id === "rod-0-0")!.data[4]!), 6, "May's bar starts at the slider's 6");
    await page.getByRole("slider").focus();
    await page.keyboard.press("ArrowRight");
    await until(async () => value((await chartOption<Drawn>(page, 1)).series.find((s) => s.id === "rod-0-0")!.data[4]!) === 6.5, "the bar followed the slider");
    const pie = await chartOption<Drawn>(page, 2);
    assert.deepEqual(pie.series[0]!.data.map(value), [40, 30, 15, 15]);
  });

  test(`${prefix}media: Play starts the sound from the server and its state and position show; Next moves the video on; the code is highlighted`, async () => {
    const page = await browser.open(await site.urlOf("media"));
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.getByText(/^playing · [0-9.]+ s$/).waitFor();
    await until(async () => (await page.getByText(/^playing · [1-9][0-9.]* s$/).count()) === 1, "the position moves past a second");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Track 2 of 2").waitFor();
    assert.match(await page.locator("video").evaluate((v: HTMLVideoElement) => v.src.slice(0, 22)), /^data:audio\/wav;base64/);
    await page.locator(".weft-code-block .hljs-keyword").first().waitFor();
    assert.ok((await page.locator(".weft-markdown code[data-language=python] span").count()) > 0, "the Markdown's Python is highlighted");
  });

  test(`${prefix}data-table: 100,000 orders, ten sent a page; a sort re-orders the page, a ticked row stays ticked across pages`, async () => {
    const page = await browser.open(await site.urlOf("data-table"));
    const paged = page.getByRole("table").first();
    const pager = page.getByRole("group", { name: "Pages" });
    await pager.getByText("1–10 of 100,000").waitFor();
    assert.equal(await paged.locator("tbody:not(.weft-datatable__space) > tr").count(), 10);
    await paged.getByRole("button", { name: "Amount" }).click();
    await until(async () => (await paged.getByRole("columnheader", { name: "Amount" }).getAttribute("aria-sort")) === "ascending", "Amount sorts");
    const amounts = await paged.locator("tbody:not(.weft-datatable__space) td:nth-child(5)").allInnerTexts();
    const euros = amounts.map((a) => Number(a.replace(/[€,]/g, "")));
    assert.deepEqual(euros, [...euros].sort((a, b) => a - b), `the page is in amount order: ${amounts.join(" ")}`);
    await paged.getByRole("row").nth(3).getByRole("checkbox").check();
    await page.getByText("1 selected", { exact: true }).waitFor();
    await pager.getByRole("button", { name: "Next page" }).click();
    await pager.getByText("11–20 of 100,000").waitFor();
    await pager.getByRole("button", { name: "Previous page" }).click();
    await pager.getByText("1–10 of 100,000").waitFor();
    assert.equal(await paged.getByRole("row").nth(3).getByRole("checkbox").isChecked(), true);
    const scroller = page.locator(".weft-datatable--virtual .weft-datatable__box");
    await scroller.evaluate((el) => (el.scrollTop = 52 * 70_000));
    await page.getByRole("row", { name: /#070001/ }).waitFor();
  });

  test(`${prefix}no page threw a script error`, () => {
    assert.deepEqual(browser.pageErrors, []);
  });
}
