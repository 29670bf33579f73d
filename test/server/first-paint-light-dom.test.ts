/**
 * The first paint's light DOM (decision 0047): every control type in `LIGHT_DOM_TYPES`, with
 * varied props (hostile text and quotes among them), renders to the same HTML and stylesheet on
 * the light DOM as on linkedom. Two normalisations, both where linkedom departs from a browser:
 * the light DOM escapes `&`, `<` and `>` in attribute values (linkedom writes them raw, escaping
 * only `"`), so those three are decoded in its attribute values before comparing (a separate test
 * shows its escaping is the right one); and linkedom's `a.href` setter runs `decodeURI` on the URL
 * (`%22` becomes `"`), which a browser does not, so the light DOM's hrefs are decoded the same way.
 * And linkedom does not reflect an image's `loading`, `decoding` and `referrerPolicy`, which the
 * light DOM writes as a browser does: those three attributes are left out of its `<img>` tags.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import {
  Card, CircleAvatar, Column, Container, Divider, Image, ListTile, ListView, ResponsiveRow, SafeArea, ElevatedButton, FilledButton, FilledTonalButton, Icon, OutlinedButton, Row, Stack, Text, TextButton, VerticalDivider,
  type AppMain,
} from "../../src/index.js";
import type { PatchOp } from "../../src/protocol/index.js";
import { LIGHT_DOM_TYPES } from "../../src/server/first-paint/paint-dom.js";
import { LightDocument } from "../../src/server/first-paint/light-document.js";
import { LightDomError } from "../../src/server/first-paint/light-strict.js";
import { renderOnLightDom, renderOnLinkedom, renderPatches } from "../../src/server/first-paint/string-host.js";
import { registerRenderer, rendererFor } from "../../src/client/registry.js";
import { runApp } from "../../src/testing/index.js";

const HOSTILE = `</span><script>alert("x")</script> & 'quoted' "double" &amp; \u00a0`;
const URL_OF_PAGE = "http://localhost/start";

async function patchesOf(main: AppMain): Promise<PatchOp[][]> {
  const pilot = await runApp(main);
  const patches = pilot.patches.map((recorded) => [...recorded.frame[1].ops]);
  await pilot.close();
  return patches;
}

/** The light DOM's HTML as linkedom writes attribute values: `&amp;`, `&lt;` and `&gt;` decoded, hrefs through `decodeURI`. */
function linkedomEscaping(html: string): string {
  return decodedValues(html)
    .replace(/<img[^>]*>/g, (tag) => tag.replace(/ (loading|decoding|referrerpolicy)="[^"]*"/g, "")).replace(/ href="([^"]*)"/g, (_, href: string) => ` href="${decodeURI(href).replace(/"/g, "&quot;")}"`);
}

function decodedValues(html: string): string {
  let out = "";
  let inTag = false;
  let inValue = false;
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    if (inValue) {
      if (c === '"') inValue = false;
      else if (c === "&") {
        const entity = /^&(amp|lt|gt);/.exec(html.slice(i, i + 5));
        if (entity) {
          out += entity[1] === "amp" ? "&" : entity[1] === "lt" ? "<" : ">";
          i += entity[0].length - 1;
          continue;
        }
      }
    } else if (inTag) {
      if (c === '"') inValue = true;
      else if (c === ">") inTag = false;
    } else if (c === "<") inTag = true;
    out += c;
  }
  return out;
}

const CASES: [name: string, main: AppMain][] = [
  ["texts with every prop", (page) => {
    page.add(
      new Text(HOSTILE, { size: 20, weight: "bold", italic: true, color: "primary", fontFamily: 'Ro"boto', textAlign: "center" }),
      new Text("clamped", { maxLines: 2, noWrap: true, selectable: false, themeStyle: "titleLarge", color: "not-a-colour" }),
      new Text("", { weight: "w500" }),
      new Text("spans", {
        spans: [
          { text: HOSTILE, style: { size: 12, decoration: "underline", letterSpacing: 1, bgcolor: "red" } },
          { text: "route", url: "/about?x=1&y=<2>" },
          { text: "out", url: "https://example.com/a?b=1&c=\"d\"", spans: [{ text: "nested", style: { italic: true } }] },
          { text: "mail", url: "mailto:a@b.c" },
          { text: "bad", url: "javascript:alert(1)" },
        ],
      }),
    );
  }],
  ["columns and rows, long and short", (page) => {
    page.padding = 8;
    page.spacing = 4;
    page.add(
      new Column(Array.from({ length: 450 }, (_, i) => new Text(`item ${i}`)), { spacing: 2, horizontalAlignment: "center", alignment: "start", scroll: "auto", tight: true }),
      new Column([new Text("a"), new Text("b", { expand: true })], { alignment: "spaceBetween" }),
      new Row([new Text("r1"), new Text("r2", { expand: 2 })], { wrap: true, verticalAlignment: "end", alignment: "center", spacing: 10 }),
    );
  }],
  ["containers and stacks with the common props", (page) => {
    page.add(
      new Container(new Text("in"), {
        padding: { left: 1, top: 2, right: 3, bottom: 4 }, margin: 5, bgcolor: "surface", borderRadius: 6, border: "1px solid outline",
        alignment: "bottomRight", width: 100, height: 50, opacity: 0.5, tooltip: HOSTILE, onClick() {}, key: 'k"<&>',
      }),
      new Container(new Text("link"), { url: "/next", disabled: true }),
      new Container(new Text("away"), { url: "https://example.com/?q=<x>&y=1" }),
      new Container(undefined, { visible: false, col: { xs: 12, md: 6 } }),
      new Stack([new Text("under"), new Text("over", { left: 10, top: 0 })], { alignment: "center", clipBehavior: "none", fit: "expand" }),
    );
  }],
  ["icons and dividers", (page) => {
    page.add(
      new Icon("home_outlined", { color: "red", size: 30, fill: true, semanticsLabel: HOSTILE }),
      new Icon("star"),
      new Divider({ thickness: 2, color: "outline", leadingIndent: 4, trailingIndent: 8 }),
      new Row([new VerticalDivider({ thickness: 3, leadingIndent: 1, trailingIndent: 2 })]),
    );
  }],
  ["buttons", (page) => {
    page.add(
      new ElevatedButton(HOSTILE, { icon: "add", onClick() {}, color: "white", iconColor: "red", bgcolor: "blue", autofocus: true }),
      new FilledButton("filled", { disabled: true, style: { bgcolor: { hovered: "red", default: "blue" }, elevation: 2, padding: 4 } }),
      new FilledTonalButton("tonal", { url: "/go" }),
      new OutlinedButton("outlined", { tooltip: "tip" }),
      new TextButton("text", { width: 80, expand: true }),
    );
  }],
  ["cards, lists, tiles, responsive rows and safe areas", (page) => {
    page.add(
      new Card(new Text("card"), { elevation: 3, color: "red", variant: "outlined", shadowColor: "blue", margin: 2 }),
      new Card(new Text("plain")),
      new ListView(Array.from({ length: 250 }, (_, i) => new Text(`row ${i}`)), { spacing: 4, reverse: true, itemExtent: 30, dividerThickness: 1 }),
      new ListView([new Text("short")]),
      new ListTile({
        leading: new Icon("home"), title: new Text(HOSTILE), subtitle: new Text("s"), trailing: new Text("x"),
        selected: true, dense: true, isThreeLine: true, contentPadding: { left: 4, right: 8 }, url: "/a", onClick() {},
      }),
      new ListTile({ title: new Text("quiet"), disabled: true }),
      new ResponsiveRow([new Text("a", { col: { xs: 6, md: 3 } }), new Text("b", { col: 12 })], { columns: 6, runSpacing: 3, verticalAlignment: "center", spacing: 2 }),
      new SafeArea(new Text("safe"), { minimumPadding: 4, avoid: ["top"] }),
    );
  }],
  ["patches after the first: inserts into groups (a group split), moves, removals, a clean, changed props", async (page) => {
    const column = new Column(Array.from({ length: 300 }, (_, i) => new Text(`c${i}`)));
    const row = new Row([new Text("r0"), new Text("r1"), new Text("r2")]);
    const box = new Container(new Text("boxed"), { tooltip: "before" });
    await page.add(column, row, box);
    column.controls.splice(10, 0, ...Array.from({ length: 250 }, (_, i) => new Text(`n${i}`)));
    column.controls.splice(400, 5);
    row.controls.reverse();
    box.tooltip = undefined;
    box.bgcolor = "red";
    (row.controls[0] as Text).value = "changed";
    await page.update();
    row.controls.splice(0, row.controls.length);
    page.add(new Text("last", { size: 11 }));
  }],
  ["images and avatars", (page) => {
    page.add(
      new Image("https://example.com/a.png?x=1&y=<2>", { fit: "cover", borderRadius: 4, semanticsLabel: HOSTILE, width: 40 }),
      new Image("/assets/logo.png"),
      new Image("javascript:alert(1)", { fit: "scaleDown" }),
      new CircleAvatar(new Text("AB"), { color: "red", radius: 20, bgcolor: "blue", tooltip: HOSTILE }),
      new CircleAvatar(undefined, { foregroundImageSrc: "https://example.com/a.png", backgroundImageSrc: "/b.png", maxRadius: 30, minRadius: 10 }),
    );
  }],
];

for (const [name, main] of CASES) {
  test(`light DOM and linkedom give the same first paint: ${name}`, async () => {
    const patches = await patchesOf(main);
    const linked = await renderOnLinkedom(patches, URL_OF_PAGE);
    const light = await renderOnLightDom(patches, URL_OF_PAGE);
    assert.equal(linkedomEscaping(light.html), linked.html);
    assert.equal(light.css, linked.css);
    assert.equal(light.controls, linked.controls);
    assert.ok(light.controls > 1);
    assert.doesNotMatch(light.html, /<script/, "hostile text stays text");
  });
}

test("every light DOM type has a case above", async () => {
  const seen = new Set<string>();
  for (const [, main] of CASES) {
    for (const ops of await patchesOf(main)) {
      const visit = (node: { t: string; c?: Record<string, unknown[]> }) => {
        seen.add(node.t);
        for (const slot in node.c) for (const child of node.c[slot]!) visit(child as typeof node);
      };
      for (const op of ops) if (op[0] === "insert") for (const node of op.slice(4)) visit(node as { t: string });
    }
  }
  assert.deepEqual([...LIGHT_DOM_TYPES].filter((type) => !seen.has(type)), []);
});

test("the light DOM escapes attribute values so that they read back as they were set", async () => {
  const patches = await patchesOf((page) => void page.add(new Container(new Text(HOSTILE), { tooltip: HOSTILE, key: HOSTILE })));
  const light = await renderOnLightDom(patches, URL_OF_PAGE);
  const { document } = parseHTML(`<div id="root">${light.html}</div>`);
  const container = document.querySelector('[data-weft-type="container"]')!;
  assert.equal(container.getAttribute("title"), HOSTILE);
  assert.equal(container.getAttribute("data-key"), HOSTILE);
  assert.equal(document.querySelector('[data-weft-type="text"]')!.textContent, HOSTILE);
});

test("an image painted on the light DOM loads as the client's does: lazily, without a referrer", async () => {
  const light = await renderOnLightDom(await patchesOf((page) => void page.add(new Image("/a.png"))), URL_OF_PAGE);
  assert.match(light.html, /<img [^>]*referrerpolicy="no-referrer" decoding="async" loading="lazy" alt="" class="weft-image">/);
});

test("a use of the DOM that the light DOM lacks throws an error that names it", () => {
  const element = new LightDocument().createElement("div") as unknown as Record<string, unknown>;
  assert.throws(() => element.dataset, (error: unknown) => error instanceof LightDomError && /no property dataset \(on <div>\)/.test(error.message));
  assert.throws(() => (element.animate = 1), LightDomError);
  assert.throws(() => ((element as unknown as { href: string }).href = "/x"), /no property href \(on <div>\)/, "a tag linkedom does not reflect href on");
  assert.equal("dataset" in element, false, "a feature test finds it absent");
});

test("a renderer that needs more than the light DOM throws in tests and falls back to linkedom at run time", async () => {
  const patches = await patchesOf((page) => void page.add(new Text("one")));
  await renderOnLinkedom(patches, URL_OF_PAGE); // registers the built-in renderers first
  const text = rendererFor("text")!;
  registerRenderer("text", () => {
    const element = document.createElement("span");
    element.dataset.kind = "custom";
    return { element, update() {} };
  });
  try {
    await assert.rejects(renderOnLightDom(patches, URL_OF_PAGE), (error: unknown) => error instanceof LightDomError && /dataset/.test(error.message));
    const paint = await renderPatches(patches, URL_OF_PAGE);
    assert.match(paint.html, /<span [^>]*data-kind="custom"/);
  } finally {
    registerRenderer("text", text);
  }
});

test("a renderer that fails on the light DOM for a missing global is rendered on linkedom, and reports nothing from the light DOM", async () => {
  const patches = await patchesOf((page) => void page.add(new Text("one")));
  await renderOnLinkedom(patches, URL_OF_PAGE);
  const text = rendererFor("text")!;
  registerRenderer("text", () => {
    // linkedom's window has a custom element registry; the light DOM's has none
    const element = document.createElement("span");
    element.setAttribute("data-defined", String(customElements.get("weft-none") !== undefined));
    return { element, update() {} };
  });
  const reported: unknown[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void reported.push(args);
  try {
    await assert.rejects(renderOnLightDom(patches, URL_OF_PAGE), (error: unknown) => error instanceof LightDomError && /a renderer reported on the light DOM/.test(error.message));
    const paint = await renderPatches(patches, URL_OF_PAGE);
    assert.match(paint.html, /<span [^>]*data-defined="false"/);
  } finally {
    console.error = consoleError;
    registerRenderer("text", text);
  }
  assert.deepEqual(reported, [], "the light DOM's failure is not reported: the page rendered on linkedom");
});

