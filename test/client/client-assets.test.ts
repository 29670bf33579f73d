/** The client's assets: built once in memory, small, with fonts self-hosted beside the CSS. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { bootScript, clientAssets, lazyCopiedModules, startupChunks } from "../../src/server/client-assets.js";

test("the assets are built once per process, with the expected keys and types", async () => {
  const assets = await clientAssets();
  assert.equal(await clientAssets(), assets, "memoised");
  const chunks = [...assets.keys()].filter((key) => key.startsWith("chunks/"));
  for (const chunk of chunks) assert.match(chunk, /^chunks\/[\w-]+\.js$/, "lazily loaded chunks are scripts beside weft.js");
  assert.ok(chunks.some((key) => key.startsWith("chunks/markdown-render-")), "Markdown's renderer is a chunk of its own");
  assert.deepEqual([...assets.keys()].filter((key) => !key.startsWith("chunks/")).sort(), [
    "fonts/material-symbols-outlined.woff2",
    "fonts/roboto-latin-400-normal.woff2",
    "fonts/roboto-latin-500-normal.woff2",
    "weft.css",
    "weft.js",
  ]);
  const boot = await bootScript();
  assert.doesNotMatch(boot.source, /\bimport\b|\bexport\b/, "the boot script is a classic script, run inline");
  assert.doesNotMatch(boot.source, /<\/script|<!--/i, "nothing in it ends or comments out its script element");
  assert.ok(boot.source.length < 8 * 1024, `the boot script is ${boot.source.length} bytes`);
  assert.equal(boot.hash, `'sha256-${createHash("sha256").update(boot.source).digest("base64")}'`, "the CSP source that allows exactly it");
  assert.equal(assets.get("weft.js")!.type, "text/javascript; charset=utf-8");
  assert.equal(assets.get("weft.css")!.type, "text/css; charset=utf-8");
  assert.equal(assets.get("fonts/roboto-latin-400-normal.woff2")!.type, "font/woff2");
});

/** weft.js and the chunks it imports statically (not those it loads with `import()`), as text. */
function startupScripts(assets: ReadonlyMap<string, { body: Uint8Array }>): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (key: string) => {
    if (out.has(key)) return;
    const text = new TextDecoder().decode(assets.get(key)!.body);
    out.set(key, text);
    for (const m of text.matchAll(/(?:^|[;}])\s*import\s*(?:[\w{},*\s$]+from\s*)?["']\.\/([^"']+)["']/g)) {
      const dir = key.includes("/") ? key.slice(0, key.lastIndexOf("/") + 1) : "";
      visit(new URL(m[1]!, `http://x/${dir}`).pathname.slice(1));
    }
  };
  visit("weft.js");
  return out;
}

test("weft.js is a small ES module; weft.css points at the fonts beside it", async () => {
  const assets = await clientAssets();
  const startup = startupScripts(assets);
  const gzipped = [...startup.values()].reduce((sum, text) => sum + gzipSync(text).length, 0);
  assert.ok(gzipped < 100 * 1024, `weft.js and its static imports are ${gzipped} bytes gzipped; the budget is 100 KiB`);
  assert.deepEqual([...startup.keys()].filter((key) => key !== "weft.js").sort(), [...(await startupChunks())].sort(), "the page preloads exactly the chunks weft.js imports");
  const source = startup.get("weft.js")!;
  assert.match(source, /\bexport\s*\{/, "an ES module (extensions import registerRenderer from it)");
  // Widgets built on @material/web (and so Lit) load with their renderers, on first use: a page
  // of texts, rows and buttons runs none of that code. Nothing at startup parses HTML (text goes
  // in through textContent; DOMPurify and marked are in a lazy chunk).
  for (const [key, text] of startup) {
    assert.doesNotMatch(text, /customElements\.define|litHtmlVersions|litElementVersions/, `${key} holds widget code`);
    assert.doesNotMatch(text, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, `${key} parses HTML`);
  }
  const css = new TextDecoder().decode(assets.get("weft.css")!.body);
  const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.replace(/["']/g, ""));
  assert.deepEqual(urls.sort(), [
    "./fonts/material-symbols-outlined.woff2",
    "./fonts/roboto-latin-400-normal.woff2",
    "./fonts/roboto-latin-500-normal.woff2",
  ]);
  assert.match(css, /--md-sys-color-primary:\s*#6750a4/);
});

test("weft.js imports no chunk at start; what it shares with lazy chunks is copied to them, and holds no state", async () => {
  // Three startup chunks more and the page's assets filled the browser's six connections to the
  // host, so the app's WebSocket waited for one (issue 6).
  assert.deepEqual(await startupChunks(), []);
  const copied = await lazyCopiedModules();
  assert.ok(copied.includes("src/client/dom.ts"), `copied: ${copied.join(", ")}`);
  for (const path of copied) {
    const source = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
    // Two copies act as one only if neither keeps anything: no module-level variable, no class
    // (instanceof would tell the copies apart), no symbol.
    assert.doesNotMatch(source, /^(?:export\s+)?(?:let|var)\s/m, `${path} has a module-level variable`);
    assert.doesNotMatch(source, /^(?:export\s+)?(?:abstract\s+)?class\s/m, `${path} declares a class`);
    assert.doesNotMatch(source, /\bSymbol\(/, `${path} makes a symbol`);
  }
});

test("no lazy chunk loads another, by import() or import: a page's widget code arrives in one request wave", async () => {
  // A widget imported on first use from inside a renderer added two more waves, a round trip
  // each (decision 0010, amended); chunks shared by lazy renderers were a wave of their own, of up
  // to 18 requests queued on HTTP/1.1's six connections (decision 0048).
  const assets = await clientAssets();
  const decoder = new TextDecoder();
  const lazy = [...assets.keys()].filter((key) => key.startsWith("chunks/"));
  for (const key of lazy) {
    const text = decoder.decode(assets.get(key)!.body);
    assert.doesNotMatch(text, /\bimport\(/, `${key} imports a chunk on first use`);
    assert.doesNotMatch(text, /(?:^|[;}])\s*import\s*(?:[\w{},*\s$]+from\s*)?["']\.\//, `${key} imports a chunk of its own`);
  }
  assert.equal(lazy.filter((key) => key.startsWith("chunks/widgets-")).length, 1, "every renderer built on @material/web is in one chunk");
  assert.match(decoder.decode(assets.get("weft.js")!.body), /\bimport\(/, "weft.js loads the lazy renderers itself");
});

test("Plotly's renderer and the canvas's drawing are lazy chunks: a page that shows neither runs none of their code", async () => {
  const assets = await clientAssets();
  const decoder = new TextDecoder();
  for (const text of startupScripts(assets).values()) {
    assert.doesNotMatch(text, /vendor\/plotly|plotly_click/, "weft.js holds PlotlyChart's renderer");
    assert.doesNotMatch(text, /getContext\(|createLinearGradient/, "weft.js holds the canvas's drawing code");
  }
  const chunks = [...assets].filter(([key]) => key.startsWith("chunks/")).map(([key, asset]) => [key, decoder.decode(asset.body)] as const);
  assert.ok(chunks.some(([key, text]) => key.startsWith("chunks/plotly-chart-") && text.includes("../vendor/plotly.min.js")), "PlotlyChart's renderer is a chunk that fetches plotly.js from beside the client");
  assert.ok(chunks.some(([key, text]) => key.startsWith("chunks/canvas-") && text.includes("getContext(")), "the canvas draws from a chunk of its own");
  assert.ok(!assets.has("vendor/plotly.min.js"), "plotly.js is not one of the client's built assets (the server adds it when installed)");
});

test("media and highlighted code add none of their code to the start: the players, the highlighter and each grammar are chunks", async () => {
  // Issue 19: a page that shows no media and no code loads none of it; weft.js keeps only the
  // loaders (the lazy registrations, the languages' names and the grammars' chunk hash, decision
  // 0060). Audio and Video are one chunk, their family's (decision 0048); CodeBlock's renderer
  // and the highlighter another.
  const assets = await clientAssets();
  const keys = [...assets.keys()];
  for (const name of ["media-players", "code-block", "typescript", "python", "bash"]) {
    assert.ok(keys.some((key) => new RegExp(`^chunks/${name}-[A-Z0-9]+\\.js$`).test(key)), `${name} is a chunk of its own`);
  }
  for (const [key, text] of startupScripts(assets)) {
    assert.doesNotMatch(text, /registerLanguage|hljs-|playOrPause|loadedmetadata|weft-code-block/, `${key} holds highlighter, CodeBlock or media-player code`);
  }
});
