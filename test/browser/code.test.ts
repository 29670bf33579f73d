/**
 * Highlighted code in Chromium: a Markdown's fenced blocks and a CodeBlock get highlight.js's token
 * spans, coloured from the page's M3 scheme (and again when the page turns dark) or a named
 * `codeTheme`; an unknown language stays plain text with no error; the highlighter and only the
 * grammars in use are fetched, and a page without code fetches none of it. A CodeBlock numbers
 * its lines and copies its code.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { CodeBlock, ElevatedButton, Markdown, Text, type Page } from "../../src/index.js";
import { watchCsp } from "./csp-watch.js";
import { useBrowser } from "./harness.js";
import { waitFor } from "./media-checks.js";

const browser = useBrowser();

const SOURCE = ["# Notes", "", "```ts", "const answer: number = 42; // the answer", "```", "", "```python", 'print("hi")', "```", "", "```nosuchlang", "<b>not</b> code", "```"].join("\n");

/** Each token span's text and colour within `selector`, once it holds any. */
async function tokens(tab: Tab, selector: string): Promise<{ text: string; className: string; color: string }[]> {
  await tab.waitForFunction((s) => document.querySelector(`${s} .hljs-keyword, ${s} .hljs-string`) !== null, selector);
  return tab.evaluate(
    (s) => [...document.querySelectorAll(`${s} span[class^='hljs-']`)].map((el) => ({ text: el.textContent!, className: el.className, color: getComputedStyle(el).color })),
    selector,
  );
}

/** The scripts the tab fetched from the app's chunks, by name without the hash. */
function chunkRequests(tab: Tab): string[] {
  const names: string[] = [];
  tab.on("request", (request) => {
    const m = /\/chunks\/([a-z-]+?)-[A-Z0-9]+\.js$/.exec(request.url());
    if (m) names.push(m[1]!);
  });
  return names;
}

async function openWith(main: (page: Page) => Promise<void>): Promise<{ tab: Tab; chunks: string[]; violations: string[] }> {
  const handle = await browser.serve(main);
  const violations: string[] = [];
  let chunks: string[] = [];
  browser.context.once("page", (tab) => void (chunks = chunkRequests(tab)));
  const tab = watchCsp(await browser.open(handle.url), violations);
  return { tab, chunks, violations };
}

test("a Markdown's fenced code is highlighted in the scheme's colours, by language, and follows dark mode", async () => {
  const consoleErrors: string[] = [];
  const { tab, chunks, violations } = await openWith(async (page) => {
    await page.add(new Markdown(SOURCE), new ElevatedButton("Dark", { onClick: () => void (page.themeMode = "dark") }));
  });
  tab.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
  const ts = await tokens(tab, "code[data-language='typescript']");
  const keyword = ts.find((t) => t.text === "const")!;
  assert.equal(keyword.className, "hljs-keyword");
  assert.equal(keyword.color, "rgb(103, 80, 164)", "a keyword takes the scheme's primary");
  assert.deepEqual(ts.find((t) => t.text === "42"), { text: "42", className: "hljs-number", color: "rgb(98, 91, 113)" }, "a number its secondary");
  assert.equal(ts.find((t) => t.className === "hljs-comment")?.color, "rgb(121, 116, 126)", "a comment its outline");
  assert.equal(await tab.locator("code[data-language='typescript']").textContent(), "const answer: number = 42; // the answer\n", "the text is unchanged");
  const py = await tokens(tab, "code[data-language='python']");
  assert.deepEqual(py.find((t) => t.className === "hljs-string"), { text: '"hi"', className: "hljs-string", color: "rgb(125, 82, 96)" }, "a Python string takes the tertiary");

  const unknown = tab.locator("code.language-nosuchlang");
  assert.equal(await unknown.getAttribute("data-language"), "plaintext");
  assert.equal(await unknown.textContent(), "<b>not</b> code\n", "an unknown language stays plain text, its markup shown as text");
  assert.equal(await unknown.locator("span, b").count(), 0);
  assert.deepEqual(chunks.filter((c) => c === "code-block" || c === "typescript" || c === "python").sort(), ["code-block", "python", "typescript"]);
  assert.ok(!chunks.includes("javascript") && !chunks.includes("bash"), `only the grammars in use are fetched: ${chunks.join(", ")}`);

  await tab.getByRole("button", { name: "Dark" }).click();
  await tab.waitForFunction(() => document.documentElement.classList.contains("dark") || getComputedStyle(document.querySelector(".hljs-keyword")!).color !== "rgb(103, 80, 164)");
  const dark = await tokens(tab, "code[data-language='typescript']");
  assert.equal(dark.find((t) => t.text === "const")!.color, "rgb(208, 188, 255)", "in dark mode a keyword takes the dark scheme's primary");
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(violations, [], "the colours come as a constructed style sheet, which the policy allows");
  assert.deepEqual(browser.pageErrors, []);
});

test("a page with text and Markdown but no code fetches no highlighter", async () => {
  const { tab, chunks } = await openWith(async (page) => {
    await page.add(new Text("plain"), new Markdown("Some *prose* and `inline code`, no block."));
  });
  await tab.waitForSelector(".weft-markdown em");
  await tab.waitForTimeout(300);
  assert.ok(chunks.includes("markdown-render"), `Markdown's own chunk loads: ${chunks.join(", ")}`);
  // "chunk" is what markdown-render shares with other lazy chunks (esbuild's unnamed shared chunks).
  assert.deepEqual(chunks.filter((c) => c !== "markdown-render" && c !== "chunk"), [], "nothing of the highlighter, no grammar");
});

test("a CodeBlock highlights its language, numbers its lines, takes a named theme and copies its code", async () => {
  let copies = 0;
  const value = 'def greet(name):\n    return f"Hello, {name}"\n';
  let block!: CodeBlock;
  const { tab, violations } = await openWith(async (page) => {
    block = new CodeBlock(value, { language: "py", showLineNumbers: true, codeTheme: "monokai", onCopy: () => void copies++ });
    await page.add(block, new CodeBlock("plain words", { language: "klingon", showCopyButton: false }));
  });
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(tab.url()).origin });
  const spans = await tokens(tab, ".weft-code-block");
  assert.deepEqual(spans.find((t) => t.text === "def"), { text: "def", className: "hljs-keyword", color: "rgb(249, 38, 114)" }, "monokai's keyword colour");
  const first = tab.locator(".weft-code-block").first();
  assert.equal(await first.locator(".weft-code-block__gutter").textContent(), "1\n2");
  assert.equal(await first.locator("code").textContent(), value);
  const boxes = await first.evaluate((el) => {
    const gutter = el.querySelector(".weft-code-block__gutter")!.getBoundingClientRect();
    const code = el.querySelector("code")!.getBoundingClientRect();
    return { gutterRight: gutter.right, codeLeft: code.left, gutterTop: gutter.top, codeTop: code.top, gutterHeight: gutter.height, codeHeight: code.height };
  });
  assert.ok(boxes.gutterRight < boxes.codeLeft, `the gutter sits left of the code: ${JSON.stringify(boxes)}`);
  assert.equal(boxes.gutterTop, boxes.codeTop, "its numbers start on the code's first line");
  assert.equal(boxes.gutterHeight, boxes.codeHeight, "one number per line, the same height");
  assert.equal(await first.evaluate((el) => getComputedStyle(el.querySelector(".weft-code-block__gutter")!).userSelect), "none", "selection skips the numbers");

  const plain = tab.locator(".weft-code-block").nth(1);
  assert.equal(await plain.locator("code").textContent(), "plain words");
  assert.equal(await plain.locator("code").getAttribute("data-language"), "plaintext");
  assert.equal(await plain.getByRole("button", { name: "Copy code" }).isVisible(), false, "showCopyButton: false hides the button");

  await first.getByRole("button", { name: "Copy code" }).click();
  await waitFor(() => copies === 1, "onCopy runs");
  assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), value, "the clipboard holds the code, without line numbers");
  assert.equal(await first.getByRole("status").textContent(), "Copied", "screen readers hear it");

  block.value = "x = 1";
  block.language = "nosuchlang";
  await block.update();
  await tab.waitForFunction(() => document.querySelector(".weft-code-block code")!.textContent === "x = 1");
  assert.equal(await first.locator("code span").count(), 0, "a changed language re-renders as plain text");
  assert.equal(await first.locator(".weft-code-block__gutter").textContent(), "1");
  assert.deepEqual(violations, []);
});

test("markup in highlighted code stays text: only highlight.js's spans reach the page", async () => {
  const attack = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
  const { tab, violations } = await openWith(async (page) => {
    await page.add(new CodeBlock(attack, { language: "html" }), new Markdown(["```html", attack, "```"].join("\n")));
  });
  await tokens(tab, ".weft-code-block");
  await tokens(tab, ".weft-markdown");
  for (const root of [".weft-code-block code", ".weft-markdown code"]) {
    const seen = await tab.locator(root).evaluate((code) => ({
      text: code.textContent,
      tags: [...new Set([...code.querySelectorAll("*")].map((el) => el.localName))],
      classes: [...code.querySelectorAll("*")].every((el) => [...el.classList].every((c) => /^hljs-|_$/.test(c))),
    }));
    assert.equal(seen.text!.trim(), attack, `${root}: the code shows as written`);
    assert.deepEqual(seen.tags, ["span"], `${root}: nothing but spans`);
    assert.equal(seen.classes, true, `${root}: only scope classes`);
  }
  assert.equal(await tab.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(violations, []);
});
