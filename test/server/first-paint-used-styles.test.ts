/**
 * The first paint's stylesheet (decision 0063): weft.css read as rules, the rules a markup can
 * use chosen by the classes, ids and elements in it, its fonts' URLs under the asset base, and
 * one computation per distinct set of names.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { brotliCompressSync } from "node:zlib";
import { markupNames } from "../../src/server/first-paint/markup-names.js";
import { parseStylesheet, splitSelectors, StylesheetParseError } from "../../src/server/first-paint/stylesheet-rules.js";
import { rebaseUrls, selectorCanMatch, selectRules, usedStyles, UsedStylesCache } from "../../src/server/first-paint/used-styles.js";

const names = markupNames('<div class="weft-page  weft-x" id="main"><span class="weft-text" title="a &quot;b&quot;">x &lt;y</span><md-filled-button class="weft-button"></md-filled-button></div>');

test("the markup's names: its classes, ids and elements, with the page's own", () => {
  assert.deepEqual([...names.classes].sort(), ["weft-button", "weft-page", "weft-text", "weft-x"]);
  assert.deepEqual([...names.ids].sort(), ["main", "weft-root"]);
  for (const element of ["span", "md-filled-button", "html", "body"]) assert.ok(names.elements.has(element), element);
  assert.ok(!names.elements.has("y"), "an escaped < in text starts no element");
});

test("a selector can match when every class, id and element its compounds require is in the markup", () => {
  const can = (selector: string) => selectorCanMatch(selector, names);
  assert.ok(can(".weft-text"));
  assert.ok(can(".weft-page > .weft-text:hover::before"));
  assert.ok(can("md-filled-button.weft-button"));
  assert.ok(can("#main .weft-x"));
  assert.ok(!can(".weft-datatable"));
  assert.ok(!can(".weft-page .weft-datatable"), "each compound of the selector");
  assert.ok(!can("md-outlined-select"));
  assert.ok(!can("#other"));
  assert.ok(!can(".weft-text.weft-text--nowrap"), "each class of a compound");
  // Not required: what :not()/:is()/:has() and attribute tests say; the document's root, whatever its classes.
  assert.ok(can(".weft-text:not(.weft-absent)"));
  assert.ok(can(":is(.weft-page,.weft-absent)>*"));
  assert.ok(can('.weft-text[data-x="a .weft-absent"]'));
  assert.ok(can(":root.weft-dark"));
  assert.ok(can("html.weft-dark body"));
  assert.ok(can("*"));
  assert.ok(!can(".weft-absent:is(.weft-page)"));
  assert.ok(can(".weft\\2d text"), "an escaped class name, unescaped");
});

test("weft.css read as rules: strings, comments, nested blocks, groups, keyframes and statements", () => {
  const css = '@import "x.css";/* a { */.a{content:"}{"}@media (min-width:1px){.b{color:red}.c{color:blue}}@keyframes spin{to{rotate:1turn}}@font-face{font-family:F}.d,.e:is(.f,.g){x:y}';
  const items = parseStylesheet(css);
  assert.deepEqual(
    items.map((item) => item.kind),
    ["always", "style", "group", "keyframes", "always", "style"],
  );
  assert.deepEqual(items[1], { kind: "style", selectors: ".a", text: '.a{content:"}{"}' });
  assert.equal(items[2]!.kind === "group" && items[2].items.length, 2);
  assert.equal(items[3]!.kind === "keyframes" && items[3].name, "spin");
  assert.deepEqual(splitSelectors(".d,.e:is(.f,.g)"), [".d", ".e:is(.f,.g)"]);
  assert.throws(() => parseStylesheet(".a{color:red"), (error: unknown) => error instanceof StylesheetParseError && /never closes \(opened at offset 2\)/.test(error.message));
  assert.throws(() => parseStylesheet('.a{content:"x}'), /a string that never ends/);
});

test("the rules kept: those that can match, their groups, the font faces, and the keyframes they name", () => {
  const sheet = parseStylesheet(
    ":root{--c:red}.weft-text{animation:spin 1s}.weft-datatable{x:y}@media (min-width:1px){.weft-page{a:b}.weft-menu{c:d}}@container (min-width:1px){.weft-menu{e:f}}" +
      "@font-face{font-family:F;src:url(./fonts/f.woff2)}@keyframes spin{to{rotate:1turn}}@keyframes unused{to{opacity:0}}",
  );
  assert.equal(
    selectRules(sheet, names),
    ":root{--c:red}.weft-text{animation:spin 1s}@media (min-width:1px){.weft-page{a:b}}@font-face{font-family:F;src:url(./fonts/f.woff2)}@keyframes spin{to{rotate:1turn}}",
  );
});

test("relative URLs point under the asset base; absolute ones and data: are left alone", () => {
  assert.equal(rebaseUrls('src:url("./fonts/a.woff2") url(b.png) url(/c.png) url(data:x) url(https://e.example/d)', "/_weft/"), 'src:url("/_weft/fonts/a.woff2") url("/_weft/b.png") url(/c.png) url(data:x) url(https://e.example/d)');
  assert.equal(rebaseUrls("url(./f.woff2)", '/a"b\\/'), 'url("/a\\"b\\\\/f.woff2")', "a quote or backslash in the base is escaped");
});

test("one computation per distinct set of names, kept for a bounded number of sets", () => {
  const cache = new UsedStylesCache(".a{x:y}.b{x:z}", "/");
  const first = cache.forMarkup('<p class="a">1</p>');
  assert.equal(first.css, ".a{x:y}");
  assert.match(first.hash, /^'sha256-[A-Za-z0-9+/]+=*'$/);
  assert.equal(cache.forMarkup('<p class="a">other text</p><p class="a"></p>'), first, "the same names: the same answer");
  for (let i = 0; i < 100; i++) cache.forMarkup(`<p class="c${i}"></p>`);
  assert.notEqual(cache.forMarkup('<p class="a">1</p>'), first, "the oldest sets are dropped");
});

test("a page of one Text inlines the tokens, the fonts and the Text's rules, and none of the other controls'", async () => {
  const { css } = await usedStyles('<div data-weft-id="1" class="weft-page" data-weft-type="page"><span class="weft-text" data-weft-id="2">Hello</span></div>', "/_weft/");
  assert.match(css, /^:root\{--md-sys-color-primary:/);
  assert.match(css, /:root\.weft-dark\{/);
  assert.match(css, /@media\s*\(prefers-color-scheme:\s*dark\)\{:root:not\(\.weft-light\)\{/);
  assert.match(css, /@font-face\{[^}]*url\("\/_weft\/fonts\/roboto-latin-400-normal\.woff2"\)/);
  assert.match(css, /\.weft-text\{/);
  assert.match(css, /\.weft-page\{/);
  for (const absent of ["weft-button", "weft-datatable", "weft-card", "md-outlined-text-field"]) assert.doesNotMatch(css, new RegExp(absent), absent);
  // The figure decision 0063 gives: 8.4 KB, 1.4 KB with brotli (of 63.6 KB, 9 KB for all of weft.css).
  assert.ok(css.length < 10_000, `${css.length} bytes`);
  assert.ok(brotliCompressSync(css).length < 2_000);
});
