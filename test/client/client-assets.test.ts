/** The client's assets: built once in memory, small, with fonts self-hosted beside the CSS. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { clientAssets } from "../../src/server/client-assets.js";

test("the assets are built once per process, with the expected keys and types", async () => {
  const assets = await clientAssets();
  assert.equal(await clientAssets(), assets, "memoised");
  assert.deepEqual([...assets.keys()].sort(), [
    "fonts/material-symbols-outlined.woff2",
    "fonts/roboto-latin-400-normal.woff2",
    "fonts/roboto-latin-500-normal.woff2",
    "weft.css",
    "weft.js",
  ]);
  assert.equal(assets.get("weft.js")!.type, "text/javascript; charset=utf-8");
  assert.equal(assets.get("weft.css")!.type, "text/css; charset=utf-8");
  assert.equal(assets.get("fonts/roboto-latin-400-normal.woff2")!.type, "font/woff2");
});

test("weft.js is a small ES module; weft.css points at the fonts beside it", async () => {
  const assets = await clientAssets();
  const js = assets.get("weft.js")!.body;
  const gzipped = gzipSync(js).length;
  assert.ok(gzipped < 25 * 1024, `weft.js is ${gzipped} bytes gzipped; the budget is 25 KiB`);
  const source = new TextDecoder().decode(js);
  assert.match(source, /\bexport\s*\{/, "an ES module (extensions import registerRenderer from it)");
  assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, "never parses HTML");
  const css = new TextDecoder().decode(assets.get("weft.css")!.body);
  const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.replace(/["']/g, ""));
  assert.deepEqual(urls.sort(), [
    "./fonts/material-symbols-outlined.woff2",
    "./fonts/roboto-latin-400-normal.woff2",
    "./fonts/roboto-latin-500-normal.woff2",
  ]);
  assert.match(css, /--md-sys-color-primary:\s*#6750a4/);
});
