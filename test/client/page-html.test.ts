/** The page HTML: CSP-safe (no inline script or style), every value escaped. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderPageHtml } from "../../src/server/page-html.js";

test("the page links the client and names the WebSocket path", () => {
  const html = renderPageHtml({ title: "Hello", assetBase: "/_weft/", wsPath: "/_weft/ws" });
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(html, /<title>Hello<\/title>/);
  assert.match(html, /<link rel="stylesheet" href="\/_weft\/weft.css">/);
  assert.match(html, /<meta name="weft-ws" content="\/_weft\/ws">/);
  assert.match(html, /<script type="module" src="\/_weft\/weft.js"><\/script>/);
  assert.match(html, /<script src="\/_weft\/weft-boot\.js" async fetchpriority="high"><\/script>/, "the boot script opens the socket while the client loads");
  assert.ok(html.indexOf("weft-boot.js") < html.indexOf("weft.js"), "the boot script comes before the client");
  assert.ok(html.indexOf('name="weft-ws"') < html.indexOf("weft-boot.js"), "the meta tag the boot script reads comes before it");
  assert.match(html, /<div id="weft-root"><\/div>/);
  assert.match(html, /<noscript>[^<]+<\/noscript>/);
});

test("no inline script or style", () => {
  const html = renderPageHtml({ title: "t", assetBase: "/a/", wsPath: "/ws" });
  for (const script of html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []) assert.match(script, /^<script [^>]*src="[^"]+"[^>]*><\/script>$/);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
});

test("the title and every attribute value are escaped", () => {
  const html = renderPageHtml({ title: `</title><script>alert(1)</script>`, assetBase: `/x"><script>/`, wsPath: `/ws' onload='x` });
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /<title>&lt;\/title&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/title>/);
  assert.match(html, /href="\/x&quot;&gt;&lt;script&gt;\/weft.css"/);
  assert.match(html, /content="\/ws&#39; onload=&#39;x"/);
});

test("a static site's page names its worker, route strategy and base, and carries its CSP", () => {
  const html = renderPageHtml({
    title: "t",
    assetBase: "./",
    static: { workerUrl: "./app.worker.js", routes: "hash", basePath: "/" },
  });
  assert.match(html, /<script src="\.\/weft-boot\.js" async fetchpriority="high"><\/script>/);
  assert.ok(html.indexOf("weft-boot.js") < html.indexOf("weft.js"), "the boot script comes first");
  assert.ok(html.indexOf('name="weft-base"') < html.indexOf("weft-boot.js"), "the meta tags the boot script reads come before it");
  assert.match(html, /<meta name="weft-worker" content="\.\/app\.worker\.js">/);
  assert.match(html, /<meta name="weft-routes" content="hash">/);
  assert.match(html, /<meta name="weft-base" content="\/">/);
  assert.doesNotMatch(html, /weft-ws/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;[^"]*">/);
  assert.doesNotMatch(html, /frame-ancestors/, "ignored in a meta tag, so left out");
  assert.match(html, /<script type="module" src="\.\/weft\.js"><\/script>/);
  for (const script of html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []) assert.match(script, /^<script [^>]*src="[^"]+"[^>]*><\/script>$/);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  const escaped = renderPageHtml({ title: "t", assetBase: "/", static: { workerUrl: `/x"><script>`, routes: "path", basePath: `/a'b/` } });
  assert.doesNotMatch(escaped, /<script>/);
  assert.match(escaped, /content="\/a&#39;b\/"/);
});
