/**
 * `firstPaint: "server"` (issue 21): the page request answers with the page as HTML, its title
 * and description in the head, its styles allowed by hash, and a claim that the page's socket
 * takes the same session with; `main` runs once. Refusals are HTTP answers that say why.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Column, ElevatedButton, Text, type AppHandle, type AppMain, type AppOptions, type Logger } from "../../src/index.js";
import { SessionHub } from "../../src/core/index.js";
import { paintedPage } from "../../src/server/first-paint/page-response.js";
import { unpaintedPageEnd } from "../../src/server/page-html.js";
import { collectFrames } from "./socket-frames.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };

async function served(main: AppMain, options: AppOptions = {}): Promise<AppHandle> {
  return appAsync(main, { port: 0, view: "none", logger: quiet, firstPaint: "server", ...options });
}

function meta(html: string, name: string): string | undefined {
  return new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(html)?.[1];
}

function claimSocket(port: number, claim: string, seq: number, origin = `http://127.0.0.1:${port}`): WebSocket {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`, { origin });
  ws.once("open", () => ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/", claim, ack: seq }])));
  return ws;
}

test("the page arrives with its tree, title, description, claim and a policy that allows its styles", async () => {
  let runs = 0;
  const handle = await served(async (page) => {
    runs++;
    page.title = "Shop <1>";
    page.description = "Tea & cups";
    await page.add(new Column([new Text("Hello, first paint", { size: 24 }), new ElevatedButton("Buy", { onClick() {} })]));
  });
  try {
    const response = await fetch(`http://127.0.0.1:${handle.port}/`);
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.equal(runs, 1);
    assert.equal(response.headers.get("transfer-encoding"), "chunked", "the page's start went out before its end was known");
    assert.match(html, /<title>Shop &lt;1&gt;<\/title>/);
    assert.equal(meta(html, "description"), "Tea &amp; cups");
    assert.match(html, /<div id="weft-root"><div data-weft-id="1" [^>]*data-weft-type="page"/);
    assert.match(html, />Hello, first paint<\/span>/);
    assert.match(html, /<span class="weft-button__label">Buy<\/span>/);
    // The page's start went out before `main` ran, so its policy allows the styles by a nonce of its own.
    const policy = response.headers.get("content-security-policy")!;
    const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'(;|$)/.exec(policy)![1]!;
    const css = new RegExp(`<style nonce="${nonce.replace(/[+/]/g, "\\$&")}" data-weft-first-paint>([^<]*)</style>`).exec(html)![1]!;
    assert.match(css, /font-size:24px !important/);
    // The rules of weft.css the markup uses are a second stylesheet (decision 0063).
    const used = new RegExp(`<style nonce="${nonce.replace(/[+/]/g, "\\$&")}" data-weft-used-css>([^<]*)</style>`).exec(html)![1]!;
    assert.match(used, /\.weft-button\{/);
    const again = (await fetch(`http://127.0.0.1:${handle.port}/`)).headers.get("content-security-policy")!;
    assert.doesNotMatch(again, new RegExp(`'nonce-${nonce.replace(/[+/]/g, "\\$&")}'`), "each page gets a nonce of its own");
    assert.doesNotMatch(html, /\sstyle="/);
    assert.match(meta(html, "weft-claim")!, /^[0-9a-f]{32}$/);
    assert.equal(meta(html, "weft-paint-seq"), "1");
    assert.equal(response.headers.get("cache-control"), "no-store");
  } finally {
    await handle.close();
  }
});

test("the socket claims the page's session: main runs once and what it did later arrives as patches", async () => {
  let runs = 0;
  const handle = await served(async (page) => {
    runs++;
    const label = new Text("one");
    await page.add(label);
    await new Promise((resolve) => setTimeout(resolve, 50));
    label.value = "two";
    await page.update();
  });
  try {
    const html = await (await fetch(`http://127.0.0.1:${handle.port}/`)).text();
    assert.match(html, />one<\/span>/);
    const ws = claimSocket(handle.port, meta(html, "weft-claim")!, Number(meta(html, "weft-paint-seq")));
    const { frames } = await collectFrames(ws, 2);
    assert.match(frames[0]!, /^\["welcome",\{[^}]*"resumed":true,"seq":1,/);
    assert.match(frames[1]!, /^\["patch",\{"seq":2,.*"two"/);
    assert.equal(runs, 1);
    ws.close();
  } finally {
    await handle.close();
  }
});

test("a page of more controls than firstPaintMaxControls arrives unpainted but claiming its started session: main runs once, every patch replays", async () => {
  let runs = 0;
  const handle = await served(
    async (page) => {
      runs++;
      page.description = "Many rows";
      await page.add(...Array.from({ length: 4 }, (_, i) => new Text(`row ${i}`)));
    },
    { firstPaintMaxControls: 3 },
  );
  try {
    const response = await fetch(`http://127.0.0.1:${handle.port}/`);
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.equal(runs, 1, "main ran for the page request");
    assert.match(html, /<div id="weft-root"><\/div>/, "no markup for the controls");
    assert.doesNotMatch(html, /row 0|<meta name="weft-paint-seq"|<style[^>]*data-weft-first-paint/);
    assert.equal(meta(html, "description"), "Many rows");
    const ws = claimSocket(handle.port, meta(html, "weft-claim")!, 0);
    const { frames } = await collectFrames(ws, 2);
    assert.match(frames[0]!, /^\["welcome",\{[^}]*"resumed":true,/);
    assert.match(frames[1]!, /^\["patch",\{"seq":1,.*"row 0".*"row 3"/, "the client builds the page from the first patch");
    assert.equal(runs, 1, "the socket took the same session");
    ws.close();
    // At the limit, the page is painted.
    const painted = await served((page) => page.add(...Array.from({ length: 3 }, (_, i) => new Text(`row ${i}`))), { firstPaintMaxControls: 3 });
    try {
      assert.match(await (await fetch(`http://127.0.0.1:${painted.port}/`)).text(), />row 2<\/span>/);
    } finally {
      await painted.close();
    }
  } finally {
    await handle.close();
  }
});

test("a claim from another origin, or a second time, is refused with session.claim-refused", async () => {
  // The upgrade refuses an Origin it does not allow; an allowed one that is not the page's is the hub's to refuse.
  const handle = await served((page) => page.add(new Text("x")), { allowedOrigins: ["https://other.example"] });
  try {
    const html = await (await fetch(`http://127.0.0.1:${handle.port}/`)).text();
    const claim = meta(html, "weft-claim")!;
    const foreign = await collectFrames(claimSocket(handle.port, claim, 1, "https://other.example"), 5);
    assert.deepEqual(foreign.close, [1008, "session.claim-refused"]);
    assert.match(foreign.frames[0]!, /must come from the page's own origin/);
    const own = claimSocket(handle.port, claim, 1);
    assert.match((await collectFrames(own, 1)).frames[0]!, /^\["welcome",/);
    const again = await collectFrames(claimSocket(handle.port, claim, 1), 5);
    assert.deepEqual(again.close, [1008, "session.claim-refused"]);
    assert.match(again.frames[0]!, /unknown, used already or expired/);
    own.close();
  } finally {
    await handle.close();
  }
});

test("a page whose main never settles is answered after firstPaintTimeoutMs with what it has", async () => {
  const handle = await served(
    async (page) => {
      await new Promise(() => {});
      page.add(new Text("never"));
    },
    { firstPaintTimeoutMs: 50, shutdownTimeoutMs: 100 },
  );
  try {
    const started = Date.now();
    const response = await fetch(`http://127.0.0.1:${handle.port}/`);
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.ok(Date.now() - started < 2000);
    assert.match(html, /data-weft-type="page"/);
    assert.doesNotMatch(html, /never/);
  } finally {
    await handle.close();
  }
});

test("bad first-paint options are refused by name", async () => {
  await assert.rejects(appAsync(() => {}, { port: 0, view: "none", firstPaint: "edge" as "server" }), /firstPaint must be "server" or "client", got "edge"/);
  await assert.rejects(appAsync(() => {}, { port: 0, view: "none", claimTimeoutMs: -1 }), /claimTimeoutMs must be an integer of at least 1/);
  await assert.rejects(appAsync(() => {}, { port: 0, view: "none", firstPaintMaxControls: 0 }), /firstPaintMaxControls must be an integer of at least 1, or Infinity, got 0/);
  await assert.rejects(appAsync(() => {}, { port: 0, view: "none", firstPaintMaxControls: NaN }), /firstPaintMaxControls .* got NaN/);
});

test("page requests hold no more sessions than maxSessionsPerClient; past it, connected tabs get 429 saying why", async () => {
  const handle = await served((page) => page.add(new Text("x")), { maxSessionsPerClient: 3, claimTimeoutMs: 300 });
  const url = `http://127.0.0.1:${handle.port}/`;
  const health = async () => ((await (await fetch(`${url}.well-known/weft/health`)).json()) as { sessions: number }).sessions;
  try {
    const pages = await Promise.all(Array.from({ length: 20 }, () => fetch(url).then((r) => r.status)));
    // A painted, unclaimed page gives way to the next, as a detached tab does; one still painting does not.
    assert.ok(pages.every((status) => status === 200 || status === 429));
    assert.ok(pages.filter((status) => status === 200).length >= 3);
    assert.ok((await health()) <= 3);
    await new Promise((resolve) => setTimeout(resolve, 450));
    assert.equal(await health(), 0, "unclaimed sessions ended after claimTimeoutMs");
    const tabs: WebSocket[] = [];
    for (let i = 0; i < 3; i++) {
      const html = await (await fetch(url)).text();
      const tab = claimSocket(handle.port, meta(html, "weft-claim")!, 1);
      await collectFrames(tab, 1);
      tabs.push(tab);
    }
    const refused = await fetch(url);
    assert.equal(refused.status, 429);
    assert.match(await refused.text(), /limit\.sessions.*maxSessionsPerClient/);
    for (const tab of tabs) tab.close();
  } finally {
    await handle.close();
  }
});

test("a page whose start went out and whose session ended before its paint is finished as a page the client paints, saying why", async () => {
  const hub = new SessionHub(async () => new Promise<void>(() => {}), { firstPaintTimeoutMs: 300, logger: quiet });
  const starts: string[] = [];
  const stream = { nonce: "n", start: (html: string) => void starts.push(html) };
  const request = { url: new URL("http://127.0.0.1/"), host: "127.0.0.1", address: "10.0.0.1" };
  const page = { title: "T", assetBase: "/_weft/", wsPath: "/_weft/ws", mount: "/" };
  const answering = paintedPage(hub, request, page, Infinity, stream);
  assert.equal(starts.length, 1, "the start went out as the session was admitted, before main settled");
  assert.match(starts[0]!, /^<!doctype html>[\s\S]*<script type="module" src="\/_weft\/weft\.js">/);
  // Closing the hub ends the session; its close waits for a main that never settles, the answer does not.
  void hub.close();
  const answer = await answering;
  assert.equal(answer.ok, false);
  if (answer.ok) return;
  assert.equal(answer.started, true);
  assert.equal(answer.code, "session.closed");
  const rest = unpaintedPageEnd(page, "<!-- why -->\n");
  assert.match(starts[0]! + rest, /<div id="weft-root"><\/div>[\s\S]*<\/html>\n<!-- why -->\n$/);
  assert.doesNotMatch(rest, /weft-claim/, "no claim: the client says hello for a session of its own");
});
