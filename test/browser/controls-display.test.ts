/**
 * Display controls in Chromium, found by role and name: Markdown's headings, links and code,
 * Text spans as links, images named by their label, progress indicators with their values, and
 * avatars and badges. Each checks what the server saw where the person acts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  Badge,
  CircleAvatar,
  ElevatedButton,
  Image,
  Markdown,
  ProgressBar,
  ProgressRing,
  Text,
  type Page,
} from "../../src/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

async function open(main: (page: Page) => void | Promise<void>) {
  return browser.open((await browser.serve(main)).url);
}

test("Markdown renders headings, lists, tables and code; links open in a new tab, cut off from the page", async () => {
  const tab = await open((page) =>
    page.add(new Markdown("# Title\n\nSome *emphasis* and a [link](https://example.com/docs).\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nconst x = 1;\n```")),
  );
  await tab.getByRole("heading", { level: 1, name: "Title" }).waitFor();
  assert.equal(await tab.getByRole("listitem").count(), 2);
  assert.equal(await tab.getByRole("table").getByRole("cell", { name: "2" }).count(), 1);
  const link = tab.getByRole("link", { name: "link" });
  assert.equal(await link.getAttribute("href"), "https://example.com/docs");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  const code = tab.locator(".weft-markdown pre code");
  assert.equal(await code.textContent(), "const x = 1;\n");
  assert.equal(await code.evaluate((el) => getComputedStyle(el).userSelect), "text", "code blocks can be selected");
  // Select the code block and read the selection back: it is real, selectable text.
  await code.click({ clickCount: 3 });
  assert.match(await tab.evaluate(() => String(getSelection())), /const x = 1;/);
});

test("Markdown link taps reach onTapLink; with autoFollowLinks false the link goes nowhere", async () => {
  const taps: string[] = [];
  const tab = await open((page) =>
    page.add(new Markdown("Go [somewhere](https://example.com/there) now.", { autoFollowLinks: false, onTapLink: (e) => void taps.push(e.data) })),
  );
  const pages = browser.context.pages().length;
  await tab.getByRole("link", { name: "somewhere" }).click();
  await until(async () => taps.length === 1, "the tap reached the server");
  assert.deepEqual(taps, ["https://example.com/there"]);
  assert.equal(browser.context.pages().length, pages, "no new tab opened");
});

test("Markdown follows the server: a new value re-renders", async () => {
  const md = new Markdown("# Before");
  const tab = await open((page) => page.add(md, new ElevatedButton("Change", { onClick: () => void (md.value = "## After") })));
  await tab.getByRole("heading", { name: "Before" }).waitFor();
  await tab.getByRole("button", { name: "Change" }).click();
  await tab.getByRole("heading", { level: 2, name: "After" }).waitFor();
  assert.equal(await tab.getByRole("heading", { name: "Before" }).count(), 0);
});

test("Text spans: styled runs, a link that opens safely, a span with a bad URL stays plain text", async () => {
  const tab = await open((page) =>
    page.add(
      new Text("Read ", {
        spans: [
          { text: "the docs", url: "https://example.com/docs", style: { weight: "bold" } },
          { text: " or ", spans: [{ text: "this", url: "javascript:alert(1)", style: { italic: true } }] },
        ],
      }),
    ),
  );
  const link = tab.getByRole("link", { name: "the docs" });
  assert.equal(await link.getAttribute("href"), "https://example.com/docs");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  assert.equal(await link.evaluate((el) => getComputedStyle(el).fontWeight), "700");
  assert.equal(await tab.getByRole("link").count(), 1);
  await tab.getByText("Read the docs or this").waitFor();
});

test("an image is named by its semanticsLabel; without one it is decorative", async () => {
  const tab = await open((page) =>
    page.add(
      new Image(`data:image/png;base64,${PNG}`, { width: 32, height: 32, semanticsLabel: "Logo", fit: "cover" }),
      new Image("", { srcBase64: PNG, width: 16, height: 16 }),
    ),
  );
  const logo = tab.getByRole("img", { name: "Logo" });
  await logo.waitFor();
  assert.equal(await logo.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth), 1, "the data URL loaded");
  assert.equal(await tab.getByRole("img").count(), 1, "the unlabelled image is not announced");
  assert.equal(await tab.locator("img").nth(1).getAttribute("src"), `data:image/png;base64,${PNG}`, "srcBase64 becomes a data:image/png URL");
});

test("progress indicators: role progressbar, named, with aria-valuenow while the value is known", async () => {
  const bar = new ProgressBar({ value: 0.25, semanticsLabel: "Upload" });
  const ring = new ProgressRing({ value: 0.75, semanticsLabel: "Loading" });
  const tab = await open((page) =>
    page.add(bar, ring, new ProgressRing({ semanticsLabel: "Busy" }), new ElevatedButton("More", { onClick: () => void ((bar.value = 0.5), (ring.value = undefined)) })),
  );
  const upload = tab.getByRole("progressbar", { name: "Upload" });
  assert.equal(await upload.getAttribute("aria-valuenow"), "0.25");
  const loading = tab.getByRole("progressbar", { name: "Loading" });
  await until(async () => (await loading.getAttribute("aria-valuenow")) === "0.75", "the ring reports its value");
  assert.equal(await tab.getByRole("progressbar", { name: "Busy" }).getAttribute("aria-valuenow"), null, "an indeterminate ring has no value");
  await tab.getByRole("button", { name: "More" }).click();
  await until(async () => (await upload.getAttribute("aria-valuenow")) === "0.5", "the bar follows the server");
  await until(async () => (await loading.getAttribute("aria-valuenow")) === null, "the ring turned indeterminate");
});

test("an avatar shows its initials, and they stay when its picture fails; a badge labels its child", async () => {
  const tab = await open((page) =>
    page.add(
      new Badge(new CircleAvatar("AL", { foregroundImageSrc: "/missing.png" }), { text: "3", key: "badge" }),
      new CircleAvatar("GH", { foregroundImageSrc: `data:image/png;base64,${PNG}`, key: "pictured" }),
    ),
  );
  await tab.getByText("AL", { exact: true }).waitFor();
  await until(async () => (await tab.locator('[data-key="badge"] img').last().evaluate((img) => (img as HTMLImageElement).complete)) === true, "the picture failed");
  assert.equal(await tab.locator('[data-key="badge"] img').last().isVisible(), false, "a picture that failed is hidden");
  assert.equal(await tab.locator('[data-key="badge"]').textContent(), "AL3");
  await until(async () => tab.locator('[data-key="pictured"] img').last().isVisible(), "a picture that loads covers the initials");
});
