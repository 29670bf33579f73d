/**
 * Every example, driven in Chromium as a person would: find controls by role and text, click,
 * wait for the DOM, assert. Each test serves its example with `appAsync` on a free port.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { loadExamples } from "../../examples/gallery.js";
import type { AppMain } from "../../src/index.js";
import { sessionIdOf, TIMEOUT_MS, useBrowser } from "./harness.js";

const browser = useBrowser();

async function mainOf(slug: string): Promise<AppMain> {
  const example = (await loadExamples()).find((e) => e.slug === slug);
  assert.ok(example, `no example ${slug}`);
  return example.main;
}

async function openExample(slug: string): Promise<BrowserPage> {
  const server = await browser.serve(await mainOf(slug));
  return browser.open(server.url);
}

/** Waits until `page` shows exactly `count` elements with exactly this text. */
async function waitForTextCount(page: BrowserPage, text: string, count: number): Promise<void> {
  const matches = page.getByText(text, { exact: true });
  if (count > 0) await matches.nth(count - 1).waitFor({ state: "visible" });
  await matches.nth(count).waitFor({ state: "detached" });
  assert.equal(await matches.count(), count, `expected ${count} × "${text}"`);
}

/** Polls `check` until it holds, failing after TIMEOUT_MS. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
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

test("hello shows its greeting as real, selectable text", async () => {
  const page = await openExample("hello");
  const greeting = page.getByText("Hello, async world!", { exact: true });
  await greeting.waitFor({ state: "visible" });
  assert.notEqual(await greeting.evaluate((el) => getComputedStyle(el).userSelect), "none");
});

test("button-hello: each click on the button adds one Hello!", async () => {
  const page = await openExample("button-hello");
  const button = page.getByRole("button", { name: "Say hello!" });
  await button.waitFor({ state: "visible" });
  assert.equal(await page.getByText("Hello!", { exact: true }).count(), 0);
  await button.click();
  await waitForTextCount(page, "Hello!", 1);
  await button.click();
  await waitForTextCount(page, "Hello!", 2);
});

test("delayed-hello: Hello! appears only after the handler's sleep", async () => {
  const page = await openExample("delayed-hello");
  const button = page.getByRole("button", { name: "Say hello with delay!" });
  await button.click();
  // The handler sleeps a full second, so right after the click there is nothing yet…
  assert.equal(await page.getByText("Hello!", { exact: true }).count(), 0);
  // …and later there is exactly one.
  await waitForTextCount(page, "Hello!", 1);
});

test("countdown: two countdowns, started at 120 and 60 seconds, tick down independently", async () => {
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

test("resize-and-errors: resizing the viewport shows the new size", async () => {
  const page = await openExample("resize-and-errors");
  await page.getByText(/^Page size: \d+ x \d+$/).waitFor({ state: "visible" });
  for (const size of [
    { width: 700, height: 500 },
    { width: 900, height: 640 },
  ]) {
    await page.setViewportSize(size);
    await page.getByText(`New page size: ${size.width} x ${size.height}`, { exact: true }).waitFor({ state: "visible" });
  }
});

test("resize-and-errors: a throwing handler reaches onError and the page keeps working", async () => {
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

test("two tabs of one app are two independent sessions", async () => {
  const server = await browser.serve(await mainOf("button-hello"));
  const one = await browser.open(server.url);
  const two = await browser.open(server.url);
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

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
