/**
 * The first paint from the server, in Chromium (issue 21): the page reads without JavaScript,
 * `main` runs once per tab, a click right after load reaches its handler, adoption shifts no
 * layout on a page of Material widgets (Layout Instability API), and the server's markup is the
 * markup the client builds for the same tree.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { chromium } from "playwright-core";
import { appAsync, Checkbox, Chip, Column, Dropdown, DropdownOption, ElevatedButton, FilledButton, FloatingActionButton, IconButton, Icons, Markdown, ProgressBar, ProgressRing, Radio, RadioGroup, Row, Slider, Switch, Text, TextField, type AppMain, type AppOptions } from "../../src/index.js";
import { recordShifts, shiftsSoFar } from "./layout-shifts.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, quietLogger, useBrowser, waitForSession } from "./harness.js";

const browser = useBrowser();

async function serve(main: AppMain, options: AppOptions = {}): Promise<string> {
  const handle = browser.track(await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, firstPaint: "server", ...options }));
  return handle.url;
}

test("with JavaScript disabled the page shows its text, title and description, and its fields' labels and values", async () => {
  const url = await serve((page) => {
    page.title = "Hello page";
    page.description = "A greeting";
    page.add(
      new Text("Hello, async world!"),
      new ElevatedButton("Needs the server"),
      new TextField({ label: "Name", value: "Ada" }),
      new Dropdown({ label: "Size", value: "m", options: [new DropdownOption("s", { text: "Small" }), new DropdownOption("m", { text: "Medium" })] }),
      new Chip("Tag"),
    );
  });
  const noScript = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await noScript.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByText("Hello, async world!", { exact: true }).waitFor({ state: "visible" });
    assert.equal(await page.title(), "Hello page");
    assert.equal(await page.locator('meta[name="description"]').getAttribute("content"), "A greeting");
    const button = page.getByRole("button", { name: "Needs the server" });
    assert.equal(await button.getAttribute("aria-disabled"), "true", "a control that needs the server shows as disabled");
    assert.ok(Number(await button.evaluate((el) => getComputedStyle(el).opacity)) < 1);
    // Shown as the widgets' text until their code arrives (here: never), in the boxes they will have.
    const shown = (selector: string, pseudo: string) =>
      page.locator(selector).evaluate((el, which) => {
        const style = getComputedStyle(el, which);
        return { text: style.content, visible: getComputedStyle(el).visibility, height: el.getBoundingClientRect().height };
      }, pseudo);
    assert.deepEqual(await shown("md-outlined-text-field", "::before"), { text: '"Name"', visible: "visible", height: 56 });
    assert.equal((await shown("md-outlined-text-field", "::after")).text, '"Ada"');
    assert.equal((await shown("md-outlined-select", "::before")).text, '"Size"');
    assert.equal((await shown("md-outlined-select", "::after")).text, '"Medium"', "the chosen option's text");
    assert.deepEqual(await shown("md-assist-chip", "::after"), { text: '"Tag"', visible: "visible", height: 32 });
  } finally {
    await noScript.close();
  }
});

test("main runs once per tab, and each tab is its own live session", async () => {
  let runs = 0;
  const url = await serve((page) => {
    runs++;
    const count = new Text("0 clicks");
    let clicks = 0;
    page.add(count, new ElevatedButton("Count", { onClick: () => void (count.value = `${++clicks} clicks`) }));
  });
  const first = await browser.open(url);
  const second = await browser.open(url);
  assert.notEqual(await waitForSession(first), await waitForSession(second));
  await first.getByRole("button", { name: "Count" }).click();
  await first.getByText("1 clicks").waitFor();
  assert.equal(await second.getByText("0 clicks").count(), 1);
  assert.equal(runs, 2, "main ran once for each of the two tabs");
});

test("a click on the server's markup before the client is live reaches its handler once", async () => {
  let clicks = 0;
  const url = await serve((page) => {
    page.add(new ElevatedButton("Say hello", { onClick: () => void page.add(new Text(`Hello ${++clicks}`)) }));
  });
  const page = await browser.context.newPage();
  // The client's script is held back, so the click lands on the server's markup.
  await page.route("**/_weft/weft.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(url, { waitUntil: "commit" });
  const button = page.locator('button[data-weft-type="elevatedbutton"]');
  await button.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => (globalThis as { __weft?: unknown }).__weft), undefined, "the client has not started");
  const box = (await button.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByText("Hello 1", { exact: true }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(clicks, 1);
  await page.close();
});

test("adopting a page of Material widgets shifts nothing", async () => {
  const url = await serve((page) => {
    page.add(
      new Column([
        new Text("Material widgets", { size: 24 }),
        new TextField({ label: "Name", value: "Ada" }),
        new Dropdown({ label: "Size", value: "m", options: [new DropdownOption("s", { text: "Small" }), new DropdownOption("m", { text: "Medium" })] }),
        new Row([new Checkbox({ label: "Check", value: true }), new Switch({ label: "Switch", value: true })]),
        new RadioGroup(new Row([new Radio({ value: "a", label: "A" }), new Radio({ value: "b", label: "B" })]), { value: "a" }),
        new Slider({ value: 0.4 }),
        new ProgressBar({ value: 0.5 }),
        new ProgressRing({ value: 0.3 }),
        new Row([new IconButton(Icons.ADD), new FilledButton("Filled")]),
        new Row([new FloatingActionButton({ icon: Icons.ADD }), new FloatingActionButton({ icon: Icons.EDIT, mini: true }), new Text("beside the buttons")]),
        new Text("after everything"),
      ]),
    );
  });
  const page = await browser.context.newPage();
  await recordShifts(page);
  await page.goto(url);
  await waitForSession(page);
  await page.locator("md-slider").first().waitFor();
  await page.waitForFunction(() => customElements.get("md-outlined-select") !== undefined);
  await page.waitForTimeout(500);
  const shifts = await shiftsSoFar(page);
  assert.equal(await page.locator("[data-weft-id]").count(), 0, "the client adopted the server's markup: none of its marks are left");
  assert.deepEqual(shifts, [], `layout shifts during adoption: ${JSON.stringify(shifts)}`);
  await page.close();
});

test("the server's markup is the markup the client builds for the same tree", async () => {
  const url = await serve((page) => {
    page.add(new Column([new Text("Plain text", { size: 18 }), new ElevatedButton("Press"), new TextField({ label: "Name" }), new Markdown("Some *words*")]));
  });
  const served = await (await fetch(url)).text();
  const page = await browser.open(url);
  await page.waitForTimeout(300);
  // Elements, classes and text, outside the Markdown (its source is text until the browser renders it).
  // Plain source text: tsx would wrap a function of this file in its name helper, which the page lacks.
  const shape = `(root) => {
    const out = [];
    const walk = (element, depth) => {
      const classes = [...element.classList].sort().join(".");
      out.push("  ".repeat(depth) + element.localName + (classes ? "." + classes : "") + " [" + (element.getAttribute("data-weft-type") ?? "") + "]");
      if (element.classList.contains("weft-markdown")) return;
      for (const child of element.childNodes) {
        if (child.nodeType === 3 && child.textContent.trim()) out.push("  ".repeat(depth + 1) + JSON.stringify(child.textContent.trim()));
        if (child.nodeType === 1) walk(child, depth + 1);
      }
    };
    for (const child of root.children) walk(child, 0);
    return out;
  }`;
  const markup = /<div id="weft-root">([\s\S]*?)<\/div><template id="weft-painted"><\/template>\n<noscript>/.exec(served)![1]!;
  const client = (await page.evaluate(`(${shape})(document.getElementById("weft-root"))`)) as string[];
  const server = (await page.evaluate(`(() => { const root = document.createElement("div"); root.innerHTML = ${JSON.stringify(markup)}; return (${shape})(root); })()`)) as string[];
  assert.deepEqual(server, client);
  assert.ok(client.some((line) => line.includes('"Plain text"')));
  assert.ok(client.some((line) => line.includes("md-outlined-text-field")));
});

test("a large page is rendered once, whole: no frame runs until the parser is past its last control", async () => {
  const count = 10_000;
  const url = await serve((page) => {
    page.add(...Array.from({ length: count }, (_, i) => new Text(`Line ${i}`, i === count - 1 ? { key: "last" } : undefined)));
  }, { firstPaintMaxControls: Infinity });
  const page = await browser.context.newPage();
  try {
    // When the parser inserted the last Text, and when the first frame (its animation callbacks,
    // which run in each rendering update, before style and layout) came: each frame while
    // parsing lays out all that is parsed so far.
    await page.addInitScript(`(() => {
      const seen = { lastAt: undefined, firstFrameAt: undefined };
      window.__parsed = seen;
      requestAnimationFrame(() => (seen.firstFrameAt = performance.now()));
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-key="last"]')) return;
        seen.lastAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    })()`);
    await page.goto(url);
    await page.locator('[data-key="last"]').waitFor();
    const seen = (await page.evaluate("window.__parsed")) as { lastAt: number; firstFrameAt: number };
    assert.ok(seen.firstFrameAt >= seen.lastAt, `the first frame (${seen.firstFrameAt} ms) came after the last control was parsed (${seen.lastAt} ms)`);
    assert.equal(await page.locator(".weft-text").count(), count);
  } finally {
    await page.close();
  }
});

test("a page of more controls than firstPaintMaxControls is built by the client from the session its request started", async () => {
  let runs = 0;
  const url = await serve(
    (page) => {
      runs++;
      const answer = new Text("not yet");
      page.add(new ElevatedButton("Go", { onClick: () => void (answer.value = "clicked") }), answer, ...Array.from({ length: 60 }, (_, i) => new Text(`row ${i}`)));
    },
    { firstPaintMaxControls: 50 },
  );
  const page = await browser.context.newPage();
  try {
    const response = await page.goto(url);
    assert.doesNotMatch(await response!.text(), /row 0/, "the page came without markup");
    await waitForSession(page);
    assert.equal(await page.locator(".weft-text").count(), 61);
    await page.getByRole("button", { name: "Go" }).click();
    await page.getByText("clicked", { exact: true }).waitFor();
    assert.equal(runs, 1, "main ran once: the socket claimed the session the page request started");
    assert.equal(await page.locator(".weft-error").textContent(), "", "no notice of a new session");
  } finally {
    await page.close();
  }
});

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
