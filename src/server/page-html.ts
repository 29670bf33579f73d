/**
 * The HTML page every app serves: an empty root, how to reach the app in meta tags (the WebSocket
 * path, or on a static site (`weft publish`) the worker script and the route strategy), the boot
 * script inline right after them, then the client's stylesheet and module script. The boot script
 * is the one inline script; the page's CSP allows it by its hash and nothing else inline
 * (`script-src 'self' 'sha256-…'; style-src 'self'`).
 */
import { createHash } from "node:crypto";
import { FULL_STYLESHEET_ATTRIBUTE } from "../client/full-stylesheet.js";
import { contentSecurityPolicy } from "./security-headers.js";

/** A script put inline in the page, and the CSP source (`'sha256-…'`) that lets exactly it run. */
export interface InlineScript {
  source: string;
  hash: string;
}

/** How a static site's page reaches its app: a Web Worker, with routes in the hash or the path. */
export interface StaticPageOptions {
  /** The worker script's URL, e.g. `"./app.worker.js"`. */
  workerUrl: string;
  /** Where the route lives: `"hash"` (`#/settings`) or `"path"` (`/settings`, with a 404.html fallback). */
  routes: "hash" | "path";
  /** The site's base path, starting and ending with `/`; path routing strips it from the route. */
  basePath: string;
}

export interface PageHtmlOptions {
  /** The document's title until the app sets `page.title`. */
  title: string;
  /** Where the client's assets are served, ending in `/`, e.g. `"/_weft/"` or `"./"`. */
  assetBase: string;
  /** The WebSocket endpoint's path, e.g. `"/_weft/ws"`; omitted on a static site. */
  wsPath?: string;
  /**
   * The path a served app is mounted at when it is not `/` (the gallery's `/routing/`): its routes
   * are read below it, so `/routing/store` is the route `/store`. Omitted for an app at `/`.
   */
  mount?: string;
  /** A static site's worker and routes, in place of `wsPath`. */
  static?: StaticPageOptions;
  /** Chunks the client imports at start (asset paths), preloaded so they load in parallel. */
  preload?: readonly string[];
  /**
   * The boot script (`bootScript()` of client-assets.ts), which opens the connection and says
   * hello as the page starts. Without it the client connects once it has loaded.
   */
  boot?: InlineScript;
  /** A page whose first paint the server rendered (first-paint/page-response.ts). */
  firstPaint?: PaintedPage;
  /**
   * Under `weft run --watch`, where the watcher streams the type checker's errors
   * (`DevPath.types`), which the client shows over the page (decision 0059).
   */
  devTypes?: string;
}

/** What a first-painted page carries besides the usual page. */
export interface PaintedPage {
  /** The root's HTML, from the string host. */
  html: string;
  /** Its controls' styles, as one stylesheet (allowed by its hash); "" for none. */
  css: string;
  /**
   * The rules of `weft.css` the markup can use (first-paint/used-styles.ts), inlined (allowed by
   * their hash) so the markup shows without waiting for `weft.css`, which is then preloaded and
   * linked by the client, not by the page (decision 0063). Without them the page links
   * `weft.css` as a render-blocking stylesheet.
   */
  usedCss?: string | undefined;
  /** `page.description`, for the meta tag crawlers and shared links read; "" for none. */
  description: string;
  /**
   * The single-use token the page's socket claims the session with; none on a static site's
   * prerendered page (`weft publish --prerender`), whose worker runs `main` again.
   */
  claim?: string | undefined;
  /** The patch the markup stands for. */
  seq: number;
  /**
   * The route a static site's prerendered page shows (`weft publish --prerender`): the client
   * drops the markup when the page is opened at another route (a hash-routed `index.html`).
   */
  route?: string | undefined;
}

/** The CSP source that allows exactly the `<style>` element holding `css`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The server sends its policy as a header. A static host may send none, so a static page carries
 * it in a meta tag, less `frame-ancestors`, which browsers ignore (with a warning) in a meta tag.
 */
function metaPolicy(options: PageHtmlOptions): string {
  const styles = [options.firstPaint?.css, options.firstPaint?.usedCss].filter((css) => css);
  return contentSecurityPolicy(options.boot ? [options.boot.hash] : [], [], styles.map((css) => styleHash(css!)))
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
}

/** The meta tags that say how to reach the app; a static page also brings its policy and icon. */
function connectionMeta(options: PageHtmlOptions): string {
  const site = options.static;
  if (!site) {
    const tags = [`<meta name="weft-ws" content="${escapeHtml(options.wsPath ?? "")}">`];
    if (options.mount && options.mount !== "/") tags.push(`<meta name="weft-mount" content="${escapeHtml(options.mount)}">`);
    if (options.devTypes) tags.push(`<meta name="weft-dev-types" content="${escapeHtml(options.devTypes)}">`);
    return tags.join("\n");
  }
  return [
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaPolicy(options))}">`,
    // No favicon: without this, every static host logs a 404 for /favicon.ico on each visit.
    `<link rel="icon" href="data:,">`,
    `<meta name="weft-worker" content="${escapeHtml(site.workerUrl)}">`,
    `<meta name="weft-routes" content="${escapeHtml(site.routes)}">`,
    `<meta name="weft-base" content="${escapeHtml(site.basePath)}">`,
  ].join("\n");
}

/**
 * The boot script, first after the meta tags it reads: inline, it runs as the parser reaches it,
 * before any stylesheet is pending, so it neither waits for a download nor forces a style pass.
 */
function bootScript(options: PageHtmlOptions): string {
  return options.boot ? `<script>${options.boot.source}</script>\n` : "";
}

/**
 * The element that ends a first paint's markup. The head's `<link rel="expect" blocking="render">`
 * names it, so the browser renders nothing until the parser is past the whole tree: a page is
 * laid out once, whole, instead of at each pause of the parser (each such frame lays out all that
 * is parsed so far: 150 ms of layouts before the last of 10,000 Texts was parsed, none after),
 * and no half-parsed tree (a Column's first half, a page without its bottom bar) ever shows.
 */
export const PAINT_END_ID = "weft-painted";

/** A first-painted page's head: its description, its claim, the patch it stands for, its styles (with `nonce`, when the page's policy names one). */
function paintedHead(paint: PaintedPage, nonce: string | undefined): string {
  const description = paint.description ? `<meta name="description" content="${escapeHtml(paint.description)}">\n` : "";
  const nonced = nonce === undefined ? "" : ` nonce="${escapeHtml(nonce)}"`;
  // The used rules first: the full sheet the client links after them repeats them, in its order.
  const used = paint.usedCss ? `<style${nonced} data-weft-used-css>${paint.usedCss}</style>\n` : "";
  const style = used + (paint.css ? `<style${nonced} data-weft-first-paint>${paint.css}</style>\n` : "");
  const claim = paint.claim === undefined ? "" : `<meta name="weft-claim" content="${escapeHtml(paint.claim)}">\n`;
  const route = paint.route === undefined ? "" : `<meta name="weft-paint-route" content="${escapeHtml(paint.route)}">\n`;
  return `${description}${claim}${route}<meta name="weft-paint-seq" content="${paint.seq}">\n${style}`;
}

function fontPreload(base: string, weight = 400): string {
  return `<link rel="preload" href="${base}fonts/roboto-latin-${weight}-normal.woff2" as="font" type="font/woff2" crossorigin>`;
}

function stylesheetLink(base: string): string {
  return `<link rel="stylesheet" href="${base}weft.css">`;
}

function moduleScripts(options: PageHtmlOptions, base: string): string {
  const chunks = (options.preload ?? []).map((chunk) => `<link rel="modulepreload" href="${base}${escapeHtml(chunk)}">\n`).join("");
  return `<script type="module" src="${base}weft.js"></script>\n${chunks}`;
}

/**
 * The start of a page the server paints: all that does not depend on what `main` shows, so a
 * server can send it before `main` runs (the browser readies the document and fetches the
 * client's files meanwhile). `weft.css` is preloaded: the page's rest inlines the rules its markup
 * uses, the client links the file as it starts, and without JavaScript the `<noscript>` link loads
 * it (decision 0063). Both weights of Roboto are preloaded: the page is laid out once, when it is
 * parsed, and a weight that arrived after it (a button's label, a title: 500) would swap in and
 * lay all its text out again (140 ms for a page of 10,000 Texts). The render-blocking `expect` link holds every frame until the parser is
 * past the markup (decision 0064).
 */
export function paintedPageStart(options: PageHtmlOptions): string {
  const base = escapeHtml(options.assetBase);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${connectionMeta(options)}
<link rel="expect" href="#${PAINT_END_ID}" blocking="render">
${fontPreload(base)}
${fontPreload(base, 500)}
<link rel="preload" href="${base}weft.css" as="style" ${FULL_STYLESHEET_ATTRIBUTE}>
<noscript>${stylesheetLink(base)}</noscript>
${moduleScripts(options, base)}`;
}

/**
 * The rest of a page the server paints, after `paintedPageStart`: its title, description, claim
 * and styles (with `nonce` when the policy allows them by nonce rather than hash), the boot
 * script, and the markup. The boot script follows the meta tags it reads and no pending
 * stylesheet, so it runs as the parser reaches it.
 */
export function paintedPageEnd(options: PageHtmlOptions, paint: PaintedPage, nonce?: string): string {
  const full = paint.usedCss ? "" : `${stylesheetLink(escapeHtml(options.assetBase))}\n`;
  return `<title>${escapeHtml(options.title)}</title>
${paintedHead(paint, nonce)}${full}${bootScript(options)}</head>
<body>
<div id="weft-root">${paint.html}</div><template id="${PAINT_END_ID}"></template>
<noscript>This page shows as it was when it loaded. To use it, enable JavaScript and reload the page.</noscript>
</body>
</html>
`;
}

/** A started session the client paints: the claim its socket takes it with, and the app's `page.description`. */
export interface ClaimedSession {
  claim: string;
  description?: string | undefined;
}

/**
 * The rest of a page whose start went out as a painted page's but that is not painted: its
 * session ended before its paint (`note`, an HTML comment, says why), or with `claimed`, it shows
 * more controls than the first paint takes (`firstPaintMaxControls`), and the client claims the
 * session the request started and builds the page from its patches.
 */
export function unpaintedPageEnd(options: PageHtmlOptions, note: string, claimed?: ClaimedSession): string {
  const description = claimed?.description ? `<meta name="description" content="${escapeHtml(claimed.description)}">\n` : "";
  const claim = claimed ? `<meta name="weft-claim" content="${escapeHtml(claimed.claim)}">\n` : "";
  return `<title>${escapeHtml(options.title)}</title>
${description}${claim}${stylesheetLink(escapeHtml(options.assetBase))}
${bootScript(options)}</head>
<body>
<div id="weft-root"></div>
<noscript>This app needs JavaScript. Please enable it and reload the page.</noscript>
</body>
</html>
${note}`;
}

export function renderPageHtml(options: PageHtmlOptions): string {
  if (options.firstPaint) return paintedPageStart(options) + paintedPageEnd(options, options.firstPaint);
  const base = escapeHtml(options.assetBase);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${connectionMeta(options)}
${bootScript(options)}${fontPreload(base)}
${stylesheetLink(base)}
${moduleScripts(options, base)}</head>
<body>
<div id="weft-root"></div>
<noscript>This app needs JavaScript. Please enable it and reload the page.</noscript>
</body>
</html>
`;
}
