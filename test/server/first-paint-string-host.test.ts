/**
 * The first paint's string host: the client's renderers, run on the server against linkedom,
 * give the page's HTML with each control's id on its element, styles as rules (the policy allows
 * no style attribute), no browser globals left behind, and text never parsed as markup. The same
 * markup against Chromium's DOM built by the client is compared in test/browser/first-paint.test.ts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { Chip, CodeBlock, Column, Dropdown, DropdownOption, ElevatedButton, Markdown, Text, TextField, type AppMain } from "../../src/index.js";
import { CONTROL_ID_ATTRIBUTE, renderPatches, STYLE_ATTRIBUTE } from "../../src/server/first-paint/string-host.js";
import { runApp } from "../../src/testing/index.js";

async function paintOf(main: AppMain) {
  const pilot = await runApp(main);
  const patches = pilot.patches.map((recorded) => recorded.frame[1].ops);
  const paint = await renderPatches(patches, "http://localhost/");
  return { pilot, paint };
}

test("Text, Column, Button, TextField and Markdown render with their ids, as the client builds them", async () => {
  const { pilot, paint } = await paintOf(async (page) => {
    await page.add(
      new Column([
        new Text("Hello <b>world</b>", { size: 20 }),
        new ElevatedButton("Go", { onClick() {} }),
        new TextField({ label: "Name", value: "Ada" }),
        new Markdown("# Heading\n\n* one"),
      ]),
    );
  });
  const { document } = parseHTML(`<div id="root">${paint.html}</div>`);
  const marked = [...document.querySelectorAll(`[${CONTROL_ID_ATTRIBUTE}]`)];
  const ids = marked.map((element) => [element.localName, element.getAttribute("data-weft-type")]);
  assert.deepEqual(
    marked.map((element) => Number(element.getAttribute(CONTROL_ID_ATTRIBUTE))),
    [pilot.tree.page!.id, ...["column", "text", "elevatedbutton", "textfield", "markdown"].map((type) => pilot.get({ type }).id)],
    "each element carries its control's id",
  );
  assert.deepEqual(ids, [
    ["div", "page"],
    ["div", "column"],
    ["span", "text"],
    ["button", "elevatedbutton"],
    ["md-outlined-text-field", "textfield"],
    ["div", "markdown"],
  ]);
  assert.equal(paint.controls, 6);
  const text = pilot.get({ type: "text" });
  assert.match(paint.html, />Hello &lt;b&gt;world&lt;\/b&gt;<\/span>/, "text is text, never markup");
  assert.match(paint.html, /<span class="weft-button__label">Go<\/span><\/button>/);
  assert.match(paint.html, /class="weft-markdown"># Heading\n\n\* one<\/div>/, "Markdown shows its source until the browser's sanitiser renders it");
  assert.doesNotMatch(paint.html, /\sstyle=/, "no style attribute: the page's policy would refuse it");
  assert.equal(document.querySelector(`[${CONTROL_ID_ATTRIBUTE}="${text.id}"]`)!.getAttribute(STYLE_ATTRIBUTE), "0");
  assert.ok(paint.css.startsWith(`[${STYLE_ATTRIBUTE}="0"]{font-size:20px !important}\n`));
  assert.match(paint.html, /<button [^>]*aria-disabled="true"/, "what needs the server shows as disabled until the client is live");
});

test("one rule per distinct style, however many controls share it", async () => {
  const { paint } = await paintOf((page) => {
    page.add(...Array.from({ length: 500 }, (_, i) => new Text(`t${i}`, { size: i % 2 ? 14 : 16, color: "red" })));
  });
  assert.equal(paint.controls, 501);
  assert.equal(paint.css.split("\n").filter((rule) => rule.startsWith(`[${STYLE_ATTRIBUTE}`)).length, 2);
  assert.equal((paint.html.match(new RegExp(STYLE_ATTRIBUTE, "g")) ?? []).length, 500);
});

test("the browser globals are there only while it renders", async () => {
  const before = Object.keys(globalThis).sort();
  const { paint } = await paintOf((page) => {
    page.title = "Title";
    page.add(new Text("x"));
  });
  assert.ok(paint.html.includes(">x</span>"));
  for (const name of ["document", "window", "location", "history", "HTMLElement", "innerWidth"]) {
    assert.equal(name in globalThis, false, `${name} is left on globalThis`);
  }
  assert.deepEqual(Object.keys(globalThis).sort(), before);
});

test("the patches after the first apply on top: the HTML stands for all of them", async () => {
  const { pilot, paint } = await paintOf(async (page) => {
    const label = new Text("one");
    await page.add(label);
    label.value = "two";
    await page.update();
    page.add(new Text("three"));
  });
  assert.ok(pilot.patches.length >= 2);
  assert.match(paint.html, />two<\/span><span [^>]*>three<\/span>/);
  assert.doesNotMatch(paint.html, /one/);
});

test("a CodeBlock and fenced code paint as plain text; their grammars, arriving after the paint, change nothing and report nothing", async () => {
  const reported: unknown[] = [];
  const onRejection = (reason: unknown) => void reported.push(reason);
  const consoleError = console.error;
  process.on("unhandledRejection", onRejection);
  console.error = (...args: unknown[]) => void reported.push(args);
  try {
    const { paint } = await paintOf((page) => void page.add(new CodeBlock("const a = 1;", { language: "ts" }), new Markdown("```py\nx = 1\n```")));
    assert.match(paint.html, /<code data-language="typescript" class="weft-code-block__code">const a = 1;<\/code>/);
    // The grammars load in the background; give them the time to arrive.
    await Promise.all([import("highlight.js/lib/languages/typescript"), import("highlight.js/lib/languages/python")]);
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off("unhandledRejection", onRejection);
    console.error = consoleError;
  }
  assert.deepEqual(reported.map(String), []);
});

test("a TextField's label and value, a Dropdown's chosen option and a Chip's label are in the markup; a password's value is not", async () => {
  const { paint } = await paintOf(async (page) => {
    await page.add(
      new TextField({ label: "Name", value: 'Ada "Lovelace" <x>' }),
      new TextField({ label: "Secret", value: "hunter2", password: true }),
      new Dropdown({ label: "Size", value: "m", options: [new DropdownOption("s", { text: "Small" }), new DropdownOption("m", { text: "Medium" })] }),
      new Dropdown({ label: "Empty", options: [new DropdownOption("s")] }),
      new Chip("Tag"),
    );
  });
  const { document } = parseHTML(`<div id="root">${paint.html}</div>`);
  const shown = (selector: string) => [...document.querySelectorAll(selector)].map((el) => [el.getAttribute("data-weft-label"), el.getAttribute("data-weft-value")]);
  assert.deepEqual(shown("md-outlined-text-field"), [["Name", 'Ada "Lovelace" <x>'], ["Secret", "•••••••"]]);
  assert.deepEqual(shown("md-outlined-select"), [["Size", "Medium"], ["Empty", null]]);
  assert.deepEqual(shown("md-assist-chip"), [["Tag", null]]);
  assert.doesNotMatch(paint.html, /hunter2/);
  assert.match(paint.html, /data-weft-value="Ada &quot;Lovelace&quot; /, "a quote cannot end the attribute");
  assert.match(paint.css, /::before\{content:attr\(data-weft-label\)/);
});
