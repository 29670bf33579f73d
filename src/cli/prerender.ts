/**
 * `weft publish --prerender /,/about`: the app's `main` runs under Node, once per route, in a
 * headless session (the first paint's capture, bounded by `firstPaintTimeoutMs`), and the string
 * host renders what it painted with the client's own renderers. The page of that route carries
 * the markup; in the browser the site's worker runs `main` again and the client swaps its tree in
 * for the markup (docs/decisions/0062). A `main` that throws, or an app that cannot load under
 * Node (a browser-only API at its top level), fails the publish with the route and the reason.
 */
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { SessionHub, type Logger } from "../core/index.js";
import { captureApps } from "../server/capture.js";
import { resolveFirstPaint } from "../server/first-paint/first-paint-options.js";
import { renderPatches } from "../server/first-paint/string-host.js";
import { usedStyles } from "../server/first-paint/used-styles.js";
import type { PaintedPage } from "../server/page-html.js";
import { PublishError } from "./publish-error.js";

/** One route's first paint, as its page carries it, with the page's title. */
export interface PrerenderedRoute {
  title: string;
  paint: PaintedPage;
}

export interface PrerenderOptions {
  /** The app file, absolute. */
  app: string;
  /** The routes, each starting with `/`. */
  routes: readonly string[];
  /** The site's base path (`/sub/`): the renderers read the page's address for links. */
  basePath: string;
  /** Where the site's pages find `weft.css` and its fonts (`./`, `/sub/`): the fonts of the rules each page inlines. */
  assetBase: string;
  cwd: string;
}

/** Names that exist in a browser and not in Node: an error naming one gets a hint. */
const BROWSER_ONLY = /\b(window|document|localStorage|sessionStorage|navigator|location|HTMLElement|customElements|self)\b/;

/** Loads of the same app file: each import needs a URL of its own, or Node's module cache answers and `app()` is not called again. */
let loads = 0;
/**
 * The load under way: `app()` records into one capture at a time (server/capture.ts), so two
 * publishes in one process (a test's `Promise.all`) load their apps one after the other.
 */
let loading: Promise<unknown> = Promise.resolve();

function because(thrown: unknown): string {
  const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  const hint = BROWSER_ONLY.test(text)
    ? " (prerendering runs main under Node, where browser-only APIs do not exist; use them in event handlers, or leave this route out of --prerender)"
    : "";
  return text + hint;
}

/** The app's `main` and options, from importing the file with `app()` capturing instead of serving. */
async function loadApp(options: PrerenderOptions, name: string) {
  let captured;
  const url = `${pathToFileURL(options.app).href}?weft-prerender=${++loads}`;
  const load = loading.then(() => captureApps(() => import(url)));
  loading = load.catch(() => undefined);
  try {
    captured = await load;
  } catch (thrown) {
    throw new PublishError(`cannot prerender ${name}: it failed to load under Node: ${because(thrown)}`);
  }
  if (captured.length !== 1) throw new PublishError(`cannot prerender ${name}: it must call app(main) once as it loads, and called it ${captured.length} times`);
  return captured[0]!;
}

/** A logger that keeps the session's errors (main's, a hook's), to fail the publish with them. */
function errorKeeper(): Logger & { readonly errors: unknown[] } {
  const errors: unknown[] = [];
  return { errors, info() {}, warn() {}, error: (message, thrown) => void errors.push(thrown ?? new Error(message)) };
}

/** Runs `main` for each route and renders its first paint; throws a `PublishError` naming the route that failed. */
export async function prerender(options: PrerenderOptions): Promise<Map<string, PrerenderedRoute>> {
  const name = relative(options.cwd, options.app) || options.app;
  const { main, options: appOptions } = await loadApp(options, name);
  const { hub: timeouts } = resolveFirstPaint(appOptions as Record<string, unknown>);
  const pages = new Map<string, PrerenderedRoute>();
  for (const route of options.routes) {
    const logger = errorKeeper();
    const hub = new SessionHub(main, { logger, ...timeouts, heartbeatMs: 0 });
    try {
      const paint = await hub.paintFirst({ route, address: "127.0.0.1", host: "localhost" });
      if (!paint.ok) throw new PublishError(`cannot prerender ${route} of ${name}: ${paint.message}`);
      if (logger.errors.length > 0) throw new PublishError(`cannot prerender ${route} of ${name}: main failed under Node: ${because(logger.errors[0])}`);
      const url = `http://localhost${options.basePath}${route.replace(/^\//, "")}`;
      const rendered = await renderPatches(paint.patches, url);
      const page = paint.session.page;
      const used = await usedStyles(rendered.html, options.assetBase);
      pages.set(route, { title: page.title, paint: { html: rendered.html, css: rendered.css, usedCss: used.css, description: page.description, seq: paint.seq, route } });
    } finally {
      await hub.close();
    }
  }
  return pages;
}
