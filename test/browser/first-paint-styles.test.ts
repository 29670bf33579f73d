/**
 * The first paint's own stylesheet, in Chromium (decision 0063): a server-painted page shows its
 * markup under the rules of weft.css it inlines, links no render-blocking stylesheet, and when the
 * client is live under the full weft.css every control has the box, colours and font it had at
 * first paint, in the light and the dark scheme, with no layout shift.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { appAsync, Card, Column, ElevatedButton, FilledButton, OutlinedButton, Row, Text, TextButton, TextField } from "../../src/index.js";
import { recordShifts, shiftsSoFar } from "./layout-shifts.js";
import { quietLogger, useBrowser, waitForSession } from "./harness.js";

const browser = useBrowser();

/** What the test compares of each control's element. */
interface Look {
  box: [number, number, number, number];
  color: string;
  background: string;
  font: string;
}

/** Each control's look, by id: its element found by `find` (plain source text: the page has no tsx helpers). */
function looks(page: BrowserPage, ids: readonly number[], find: string): Promise<Record<number, Look>> {
  return page.evaluate(`(async () => {
    await document.fonts.ready;
    const find = ${find};
    const out = {};
    for (const id of ${JSON.stringify(ids)}) {
      const element = find(id);
      if (!element) throw new Error("no element for control " + id);
      const r = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      out[id] = { box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100), color: style.color, background: style.backgroundColor, font: style.fontSize + " " + style.fontWeight + " " + style.fontFamily };
    }
    return out;
  })()`);
}

async function serve(): Promise<string> {
  const handle = browser.track(
    await appAsync(
      (page) => {
        page.add(
          new Column([
            new Text("Styles of the first paint", { size: 24, weight: "bold" }),
            new Text("A line of body text under it."),
            new Row([new ElevatedButton("Elevated"), new FilledButton("Filled"), new OutlinedButton("Outlined"), new TextButton("Text")]),
            new Card(new Column([new Text("In a card", { themeStyle: "titleMedium" }), new TextField({ label: "Name", value: "Ada", width: 280 })])),
            new Text("after everything"),
          ]),
        );
      },
      { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, firstPaint: "server" },
    ),
  );
  return handle.url;
}

test("the page inlines the rules its markup uses and links no render-blocking stylesheet", async () => {
  const url = await serve();
  const html = await (await fetch(url)).text();
  const head = html.slice(0, html.indexOf("</head>")).replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
  assert.doesNotMatch(head, /<link rel="stylesheet"/, "only the <noscript> links weft.css");
  assert.match(head, /<link rel="preload" href="\/_weft\/weft.css" as="style" data-weft-stylesheet>/);
  const used = /<style nonce="[^"]+" data-weft-used-css>([^<]*)<\/style>/.exec(html)![1]!;
  assert.match(used, /\.weft-card\{/);
  assert.match(used, /\.weft-textfield\{/);
  assert.doesNotMatch(used, /weft-datatable/, "no rules of controls the page does not have");
});

/** A Material widget's own look (its font, its width in a column that fits its content) changes when its code defines it; the inlined rules play no part in that. */
function withoutWidgetFonts(all: Record<number, Look>, widgets: readonly number[]): Record<number, Look> {
  return Object.fromEntries(Object.entries(all).map(([id, look]) => [id, widgets.includes(Number(id)) ? { ...look, font: "(the widget's own)" } : look]));
}

for (const scheme of ["light", "dark"] as const) {
  test(`every control keeps its box, colours and font when the full stylesheet arrives (${scheme})`, async () => {
    const url = await serve();
    // The first paint alone: the client never starts, so only the inlined rules apply.
    const painted = await browser.context.newPage();
    await painted.emulateMedia({ colorScheme: scheme });
    await painted.route(/\/weft\.js$/, (route) => route.abort("blockedbyclient"));
    await painted.goto(url);
    assert.equal(await painted.locator('link[rel="stylesheet"]').count(), 0);
    const ids = await painted.locator("[data-weft-id]").evaluateAll((elements) => elements.map((e) => Number(e.getAttribute("data-weft-id"))));
    const widgets = await painted.locator("[data-weft-id]").evaluateAll((elements) => elements.filter((e) => e.localName.startsWith("md-")).map((e) => Number(e.getAttribute("data-weft-id"))));
    assert.ok(ids.length >= 12 && widgets.length === 1, `the markup has the page's controls (${ids.length}) and the text field`);
    const byId = `(id) => document.querySelector('[data-weft-id="' + id + '"]')`;
    const inlined = await looks(painted, ids, byId);
    const surface = scheme === "dark" ? "rgb(20, 18, 24)" : "rgb(254, 247, 255)";
    assert.equal(await painted.evaluate(() => getComputedStyle(document.body).backgroundColor), surface, "the scheme's surface, from the inlined tokens");
    // The same markup under weft.css as well: the inlined rules left out nothing it uses.
    await painted.evaluate(() => new Promise((loaded) => document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/_weft/weft.css", onload: loaded }))));
    assert.deepEqual(await looks(painted, ids, byId), inlined);
    await painted.close();

    const live = await browser.context.newPage();
    await live.emulateMedia({ colorScheme: scheme });
    await recordShifts(live);
    let sheetRequests = 0;
    live.on("request", (request) => void (request.url().endsWith("/weft.css") && sheetRequests++));
    // The client waits until the first paint's fonts are in: Roboto's swap moves the buttons'
    // labels (a shift of 0.00025 here, with or without the inlined rules), which is not the sheet's doing.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await live.route(/\/weft\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await live.goto(url, { waitUntil: "commit" });
    await live.getByText("after everything").waitFor();
    await live.evaluate(() => document.fonts.ready.then(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)))));
    const fontShifts = (await shiftsSoFar(live)).length;
    release();
    await waitForSession(live);
    await live.waitForFunction(() => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href$="weft.css"]');
      return link?.sheet && customElements.get("md-outlined-text-field");
    });
    // The inlined rules stay, before the sheet that repeats them (client/full-stylesheet.ts).
    assert.equal(await live.evaluate(() => document.querySelector("style[data-weft-used-css]")?.nextElementSibling?.getAttribute("href")?.endsWith("/_weft/weft.css")), true);
    await live.waitForTimeout(300);
    assert.equal(await live.locator("[data-weft-id]").count(), 0, "the client's own tree replaced the server's markup");
    assert.equal(sheetRequests, 1, "the client's link takes the preloaded sheet");
    const after = await looks(live, ids, "(id) => window.__weftElement(id)");
    assert.deepEqual(withoutWidgetFonts(after, widgets), withoutWidgetFonts(inlined, widgets));
    assert.deepEqual((await shiftsSoFar(live)).slice(fontShifts), [], "no layout shift once the client is live under the full sheet");
    assert.equal(await live.evaluate(() => getComputedStyle(document.body).backgroundColor), surface, "the scheme's surface");
    await live.close();
  });
}

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
