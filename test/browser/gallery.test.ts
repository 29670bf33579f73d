/**
 * The gallery `npm start` serves: the index lists every example with its one-line description,
 * and each link opens that example, running.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { EXAMPLES, startGallery } from "../../examples/gallery.js";
import { solidPng } from "../png-fixture.js";
import { quietLogger, TIMEOUT_MS, useBrowser, waitForSession } from "./harness.js";

const browser = useBrowser();
/** Where the uploads and photo examples store what the proofs send. */
const uploads = mkdtempSync(join(tmpdir(), "weft-gallery-test-"));
after(() => rmSync(uploads, { recursive: true, force: true }));

/** What proves each example runs, seen from its page. */
const PROOF: Record<string, (page: BrowserPage) => Promise<void>> = {
  hello: (page) => page.getByText("Hello, async world!", { exact: true }).waitFor(),
  "button-hello": async (page) => {
    await page.getByRole("button", { name: "Say hello!" }).click();
    await page.getByText("Hello!", { exact: true }).waitFor();
  },
  "delayed-hello": async (page) => {
    await page.getByRole("button", { name: "Say hello with delay!" }).click();
    await page.getByText("Hello!", { exact: true }).waitFor();
  },
  countdown: (page) => page.getByText(/^\d{2}:\d{2}$/).nth(1).waitFor(),
  "resize-and-errors": async (page) => {
    await page.getByRole("button", { name: "Break it" }).click();
    await page.getByText(/^Page error: /).waitFor();
  },
  todo: async (page) => {
    await page.getByRole("textbox").fill("Buy milk");
    await page.getByRole("button", { name: "Add To-Do" }).click();
    await page.getByRole("checkbox", { name: "Buy milk" }).waitFor();
  },
  calculator: async (page) => {
    await page.getByRole("button", { name: "9", exact: true }).click();
    await page.locator(".weft-text", { hasText: /^9$/ }).waitFor();
  },
  chat: async (page) => {
    await page.getByLabel("Enter your name to join the chat").fill("Ada");
    await page.getByRole("button", { name: "Join chat" }).click();
    await page.getByText("Ada has joined the chat.", { exact: true }).waitFor();
  },
  routing: async (page) => {
    await page.getByRole("button", { name: "Visit Store" }).click();
    await page.getByText("Welcome to the store", { exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/routing/store", "the route shows below the example's mount");
    await page.reload();
    await page.getByText("Welcome to the store", { exact: true }).waitFor();
    await page.goBack();
    await page.getByRole("button", { name: "Visit Store" }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/routing/");
  },
  shop: async (page) => {
    assert.equal(await page.locator('a[href="/shop/items/2"]').count(), 1, "an item links to its route below the mount");
    await page.goto(new URL("/shop/items/2", page.url()).href);
    await page.getByText("Black tea", { exact: true }).first().waitFor();
    await page.getByRole("button", { name: "Add to cart" }).click();
    await page.getByText("Total $5", { exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/shop/cart");
    assert.equal(await page.title(), "Cart · Shop");
  },
  uploads: async (page) => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Pick files…" }).click();
    await (await chooser).setFiles([{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("gallery upload\n") }]);
    await page.getByRole("button", { name: "Download notes.txt" }).waitFor();
  },
  photo: async (page) => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Pick a photo…" }).click();
    await (await chooser).setFiles([{ name: "dot.png", mimeType: "image/png", buffer: solidPng(40, 30, [200, 80, 40]) }]);
    await page.locator('img[alt="dot.png"]').waitFor();
  },
  "shared-counter": async (page) => {
    await page.getByRole("button", { name: "+", exact: true }).click();
    await page.getByText("1", { exact: true }).waitFor();
  },
  controls: async (page) => {
    await page.getByRole("button", { name: "Click me" }).click();
    await page.getByText("Clicked 1 time", { exact: true }).waitFor();
  },
  charts: async (page) => {
    await page.getByRole("heading", { name: "A ticking line chart" }).waitFor();
    // Three charts drawn by ECharts (its aria component labels each box).
    await page.locator(".weft-chart__canvas[aria-label]").nth(2).waitFor();
  },
  "data-table": async (page) => {
    await page.getByRole("button", { name: "Next page" }).click();
    await page.getByText("11–20 of 100,000").waitFor();
  },
  brush: async (page) => {
    const board = page.getByRole("img", { name: /drawing board/ });
    const box = (await board.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.locator("[data-weft-type=canvasline]").first().waitFor({ state: "attached" });
  },
  media: async (page) => {
    await page.getByRole("heading", { name: "Audio" }).waitFor();
    // The highlighter's token spans in the CodeBlock and in the Markdown's Python block.
    await page.locator(".weft-code-block .hljs-keyword").first().waitFor();
    await page.locator(".weft-markdown code[data-language=python] .hljs-string").waitFor();
  },
};

async function serveGallery() {
  return browser.track(await startGallery({ port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, uploadDir: uploads }));
}

test("every example has a check here", () => {
  assert.deepEqual(EXAMPLES.map((e) => e.slug).sort(), Object.keys(PROOF).sort());
});

test("the index lists every example with a link and one line", async () => {
  const gallery = await serveGallery();
  const page = await browser.open(gallery.url, { session: false });
  assert.equal(await page.title(), "Weft examples");
  await page.getByRole("heading", { name: "Weft examples" }).waitFor();
  const links = page.getByRole("main").getByRole("link");
  assert.equal(await links.count(), EXAMPLES.length);
  for (const [i, example] of EXAMPLES.entries()) {
    const link = links.nth(i);
    assert.equal(await link.textContent(), example.title);
    assert.equal(await link.getAttribute("href"), `/${example.slug}/`);
    await page.getByText(example.description, { exact: true }).waitFor();
  }
  const stylesheet = await page.locator('link[rel="stylesheet"]').getAttribute("href");
  assert.ok(stylesheet);
  const css = await fetch(new URL(stylesheet, gallery.url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
  assert.equal(css.status, 200, `the index's stylesheet ${stylesheet} is served`);
});

test("each link on the index opens its example, running", async () => {
  const gallery = await serveGallery();
  const page = await browser.open(gallery.url, { session: false });
  for (const example of EXAMPLES) {
    await page.getByRole("link", { name: example.title, exact: true }).click();
    await page.waitForURL(new URL(`/${example.slug}/`, gallery.url).href);
    await waitForSession(page);
    await PROOF[example.slug]!(page);
    await page.goto(gallery.url);
  }
});

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
