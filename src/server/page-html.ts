/**
 * The HTML page every app serves: an empty root, the client's stylesheet and module script, and
 * the WebSocket path in a meta tag. No inline script or style, so the page works under a
 * Content-Security-Policy of `script-src 'self'; style-src 'self'`.
 */

export interface PageHtmlOptions {
  /** The document's title until the app sets `page.title`. */
  title: string;
  /** Where the client's assets are served, ending in `/`, e.g. `"/_weft/"`. */
  assetBase: string;
  /** The WebSocket endpoint's path, e.g. `"/_weft/ws"`. */
  wsPath: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function renderPageHtml(options: PageHtmlOptions): string {
  const title = escapeHtml(options.title);
  const base = escapeHtml(options.assetBase);
  const ws = escapeHtml(options.wsPath);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="weft-ws" content="${ws}">
<link rel="preload" href="${base}fonts/roboto-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="${base}weft.css">
<script type="module" src="${base}weft.js"></script>
</head>
<body>
<div id="weft-root"></div>
<noscript>This app needs JavaScript. Please enable it and reload the page.</noscript>
</body>
</html>
`;
}
