/** The page HTML: CSP-safe (no inline script or style), every value escaped. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { paintedPageEnd, paintedPageStart, renderPageHtml, type InlineScript } from "../../src/server/page-html.js";

const boot: InlineScript = { source: "window.booted=1", hash: "'sha256-abc='" };

test("the page links the client and names the WebSocket path", () => {
  const html = renderPageHtml({ title: "Hello", assetBase: "/_weft/", wsPath: "/_weft/ws", boot });
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(html, /<title>Hello<\/title>/);
  assert.match(html, /<link rel="stylesheet" href="\/_weft\/weft.css">/);
  assert.match(html, /<meta name="weft-ws" content="\/_weft\/ws">/);
  assert.match(html, /<script type="module" src="\/_weft\/weft.js"><\/script>/);
  assert.match(html, /<script>window\.booted=1<\/script>/, "the boot script, inline, opens the socket while the client loads");
  assert.ok(html.indexOf("window.booted") < html.indexOf("weft.css"), "before the stylesheet, so it waits for nothing");
  assert.ok(html.indexOf('name="weft-ws"') < html.indexOf("window.booted"), "the meta tag the boot script reads comes before it");
  assert.match(html, /<div id="weft-root"><\/div>/);
  assert.match(html, /<noscript>[^<]+<\/noscript>/);
});

test("no inline script but the boot script, no inline style", () => {
  const html = renderPageHtml({ title: "t", assetBase: "/a/", wsPath: "/ws", boot });
  const scripts = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? [];
  assert.deepEqual(scripts.filter((script) => !/^<script [^>]*src="[^"]+"[^>]*><\/script>$/.test(script)), ["<script>window.booted=1</script>"]);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  const without = renderPageHtml({ title: "t", assetBase: "/a/", wsPath: "/ws" });
  for (const script of without.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []) assert.match(script, /^<script [^>]*src="[^"]+"[^>]*><\/script>$/, "without a boot script, none inline");
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
    boot,
  });
  assert.ok(html.indexOf("<script>window.booted=1</script>") < html.indexOf("weft.js"), "the boot script comes first");
  assert.ok(html.indexOf('name="weft-base"') < html.indexOf("window.booted"), "the meta tags the boot script reads come before it");
  assert.match(html, /<meta name="weft-worker" content="\.\/app\.worker\.js">/);
  assert.match(html, /<meta name="weft-routes" content="hash">/);
  assert.match(html, /<meta name="weft-base" content="\/">/);
  assert.doesNotMatch(html, /weft-ws/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;;[^"]*">/, "the policy allows the boot script by its hash");
  assert.doesNotMatch(html, /frame-ancestors/, "ignored in a meta tag, so left out");
  assert.match(html, /<script type="module" src="\.\/weft\.js"><\/script>/);
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  const escaped = renderPageHtml({ title: "t", assetBase: "/", static: { workerUrl: `/x"><script>`, routes: "path", basePath: `/a'b/` } });
  assert.doesNotMatch(escaped, /<script>/);
  assert.match(escaped, /content="\/a&#39;b\/"/);
});

test("a painted page with its used rules inline preloads weft.css, links it only without JavaScript, and its policy allows both styles", () => {
  const firstPaint = { html: "<p>x</p>", css: "[data-weft-style=\"0\"]{a:b !important}\n", usedCss: ".weft-text{display:block}", description: "", seq: 1 };
  const html = renderPageHtml({ title: "t", assetBase: "./", static: { workerUrl: "./app.worker.js", routes: "path", basePath: "/" }, boot, firstPaint });
  assert.match(html, /<style data-weft-used-css>\.weft-text\{display:block\}<\/style>\n<style data-weft-first-paint>/, "the used rules first");
  assert.match(html, /<link rel="preload" href="\.\/weft\.css" as="style" data-weft-stylesheet>\n<noscript><link rel="stylesheet" href="\.\/weft\.css"><\/noscript>/);
  assert.equal(html.match(/<link rel="stylesheet"/g)?.length, 1, "the one in <noscript>");
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");
  assert.match(policy, /style-src 'self' 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
  const unpainted = renderPageHtml({ title: "t", assetBase: "./", wsPath: "/ws", firstPaint: { ...firstPaint, usedCss: undefined } });
  assert.match(unpainted.slice(unpainted.indexOf("<title>")), /<link rel="stylesheet" href="\.\/weft\.css">/, "without used rules, the blocking link too");
});

test("a painted page sent in two parts is the same page, its styles allowed by the nonce its policy names", () => {
  const firstPaint = { html: "<p>x</p>", css: ".a{b:c}", usedCss: ".weft-text{display:block}", description: "d", claim: "c1", seq: 3 };
  const options = { title: "t", assetBase: "/_weft/", wsPath: "/ws", boot };
  const start = paintedPageStart(options);
  assert.doesNotMatch(start, /<title>|weft-claim|<style|window\.booted/, "nothing main decides, and not the boot script, which reads the claim");
  assert.match(start, /<script type="module" src="\/_weft\/weft\.js"><\/script>/, "the client's files are fetched while main runs");
  assert.match(start, /<link rel="expect" href="#weft-painted" blocking="render">/);
  assert.equal(start + paintedPageEnd(options, firstPaint), renderPageHtml({ ...options, firstPaint }));
  const end = paintedPageEnd(options, firstPaint, "n0nce+/=");
  assert.equal(end.match(/<style nonce="n0nce\+\/=" data-weft-(used-css|first-paint)>/g)?.length, 2);
  assert.ok(end.indexOf('name="weft-claim"') < end.indexOf("window.booted"), "the claim comes before the boot script that reads it");
  assert.match(end, /<div id="weft-root"><p>x<\/p><\/div><template id="weft-painted"><\/template>/);
});
