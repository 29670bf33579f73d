/**
 * The HTML page every app serves: an empty root, the boot script, the client's stylesheet and module script, and
 * how to reach the app in meta tags: the WebSocket path, or on a static site (`weft publish`) the
 * worker script and the route strategy. No inline script or style, so the page works under a
 * Content-Security-Policy of `script-src 'self'; style-src 'self'`.
 */
import { CONTENT_SECURITY_POLICY } from "./security-headers.js";

/**
 * The boot script's asset path (`src/client/boot.ts`): loaded `async` ahead of the client, it
 * opens the connection and says hello while `weft.js` is still loading.
 */
export const BOOT_SCRIPT = "weft-boot.js";

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
  /** A static site's worker and routes, in place of `wsPath`. */
  static?: StaticPageOptions;
  /** Chunks the client imports at start (asset paths), preloaded so they load in parallel. */
  preload?: readonly string[];
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
const META_POLICY = CONTENT_SECURITY_POLICY.split("; ")
  .filter((directive) => !directive.startsWith("frame-ancestors"))
  .join("; ");

/** The meta tags that say how to reach the app; a static page also brings its policy and icon. */
function connectionMeta(options: PageHtmlOptions): string {
  const site = options.static;
  if (!site) return `<meta name="weft-ws" content="${escapeHtml(options.wsPath ?? "")}">`;
  return [
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_POLICY)}">`,
    // No favicon: without this, every static host logs a 404 for /favicon.ico on each visit.
    `<link rel="icon" href="data:,">`,
    `<meta name="weft-worker" content="${escapeHtml(site.workerUrl)}">`,
    `<meta name="weft-routes" content="${escapeHtml(site.routes)}">`,
    `<meta name="weft-base" content="${escapeHtml(site.basePath)}">`,
  ].join("\n");
}

export function renderPageHtml(options: PageHtmlOptions): string {
  const title = escapeHtml(options.title);
  const base = escapeHtml(options.assetBase);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${connectionMeta(options)}
<script src="${base}${BOOT_SCRIPT}" async fetchpriority="high"></script>
<link rel="preload" href="${base}fonts/roboto-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="${base}weft.css">
<script type="module" src="${base}weft.js"></script>
${(options.preload ?? []).map((chunk) => `<link rel="modulepreload" href="${base}${escapeHtml(chunk)}">\n`).join("")}
</head>
<body>
<div id="weft-root"></div>
<noscript>This app needs JavaScript. Please enable it and reload the page.</noscript>
</body>
</html>
`;
}
