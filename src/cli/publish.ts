/**
 * `weft publish app.ts --out dist [--base-path /sub/] [--route-strategy hash|path] [--prerender /,/about]`: writes a
 * static website that runs the app entirely in the browser. The folder holds `index.html`, the
 * client (`weft.js`, `weft.css`, fonts), the app bundled with Weft's core as `app.worker.js`, and
 * with path routing a `404.html` fallback, and the app's `assets/` folder (site-assets.ts); the page's inline boot script starts the worker and
 * connects while the client loads. It is written to a temporary folder and renamed into
 * place only once complete. See docs/static.md.
 */
import { relative } from "node:path";
import { bootScript, clientAssets, lazyGroups, startupChunks } from "../server/client-assets.js";
import { renderPageHtml } from "../server/page-html.js";
import { PLOTLY_ASSET } from "../server/plotly-asset.js";
import { bundleApp, WORKER_SCRIPT } from "./bundle-app.js";
import { siteFamilies } from "./site-families.js";
import { plotlyForSite } from "./site-plotly.js";
import { prerender, type PrerenderedRoute } from "./prerender.js";
import { parsePublishArgs, type PublishArgs, type RouteStrategy } from "./publish-args.js";
import { PublishError } from "./publish-error.js";
import { defaultAppAssetsDir, readSiteAssets } from "./site-assets.js";
import { formatSiteReport, measureSite, type SiteReport } from "./site-report.js";
import { writeSiteFolder } from "./site-folder.js";

export interface PublishOptions {
  /** The app file (one that calls `app(main)`), absolute. */
  app: string;
  /** The folder to write, absolute; replaced if it holds an earlier site. */
  out: string;
  /** The site's base path (`/sub/`). Default: relative URLs with hash routes, `/` with path routes. */
  basePath?: string | undefined;
  /** Default `"hash"`. */
  routes?: RouteStrategy;
  /** The app's assets folder, copied to the site's `assets/`. Default: `assets/` beside the app, when it exists. */
  assetsDir?: string | undefined;
  /** Where paths in messages are relative to. Default: the process's working directory. */
  cwd?: string;
  /**
   * Routes whose first paint is written into their page (`--prerender`): `main` runs under Node
   * for each, and `/` goes into `index.html`, `/about` into `about/index.html`. Default none.
   */
  prerender?: readonly string[];
}

/** The page file of a prerendered route: `/` → `index.html`, `/docs/intro` → `docs/intro/index.html`. */
export function routePageFile(route: string): string {
  const inner = route.replace(/^\/+|\/+$/g, "");
  return inner === "" ? "index.html" : `${inner}/index.html`;
}

/** Builds the site's files in memory: relative path → bytes. Throws a `PublishError` on a problem. */
export async function buildSite(options: PublishOptions): Promise<Map<string, Uint8Array>> {
  const routes = options.routes ?? "hash";
  const assetsDir = options.assetsDir ?? defaultAppAssetsDir(options.app);
  const [worker, assets, preload, boot, appAssets, lazy] = await Promise.all([
    bundleApp({ app: options.app, cwd: options.cwd ?? process.cwd() }),
    clientAssets(),
    startupChunks(),
    bootScript(),
    assetsDir ? readSiteAssets(assetsDir) : new Map<string, Uint8Array>(),
    lazyGroups(),
  ]);
  // Relative URLs let a hash-routed site live under any path; a path-routed page may be served at
  // a deep path (from 404.html), so its URLs must start at the site's base.
  const assetBase = options.basePath ?? (routes === "hash" ? "./" : "/");
  const basePath = options.basePath ?? "/";
  const cwd = options.cwd ?? process.cwd();
  const painted = options.prerender?.length ? await prerender({ app: options.app, routes: options.prerender, basePath, assetBase, cwd }) : new Map<string, PrerenderedRoute>();
  const pageOptions = { title: "Weft", assetBase, preload, boot, static: { workerUrl: `${assetBase}${WORKER_SCRIPT}`, routes, basePath } };
  const files = new Map<string, Uint8Array>();
  const page = new TextEncoder().encode(renderPageHtml(pageOptions));
  files.set("index.html", page);
  // The fallback for every route not prerendered shows no route's markup.
  if (routes === "path") files.set("404.html", page);
  // A lazy family the app cannot show is published as a module that says so when loaded.
  const { stubs } = await siteFamilies(lazy, worker.sources, preload);
  for (const [path, asset] of assets) files.set(path, stubs.get(path) ?? asset.body);
  files.set(WORKER_SCRIPT, worker.script);
  const plotly = await plotlyForSite(options.app, worker.sources);
  if (plotly) files.set(PLOTLY_ASSET, plotly);
  for (const [path, bytes] of appAssets) files.set(path, bytes);
  for (const [route, { title, paint }] of painted) {
    const file = routePageFile(route);
    if (file !== "index.html" && files.has(file)) throw new PublishError(`cannot prerender ${route}: its page ${file} would replace a file of the site`);
    files.set(file, new TextEncoder().encode(renderPageHtml({ ...pageOptions, title, firstPaint: paint })));
  }
  return files;
}

/** Builds the site and writes it to `options.out`; resolves to what was written, with sizes. */
export async function publish(options: PublishOptions): Promise<SiteReport> {
  const files = await buildSite(options);
  await writeSiteFolder(options.out, files);
  return measureSite(files);
}

/** The command: parses the arguments, publishes, prints each file with its size. */
export async function publishCommand(args: string[]): Promise<void> {
  const parsed: PublishArgs = parsePublishArgs(args, process.cwd());
  const where = relative(process.cwd(), parsed.out) || ".";
  try {
    const report = await publish({ ...parsed, cwd: process.cwd() });
    const base = parsed.basePath ?? (parsed.routes === "hash" ? "relative URLs" : "/");
    process.stdout.write(`Published ${relative(process.cwd(), parsed.app)} to ${where}/ (${parsed.routes} routes, base ${base})\n`);
    if (parsed.prerender.length > 0) process.stdout.write(`Prerendered ${parsed.prerender.join(", ")} (main ran under Node; the worker runs it again in the browser)\n`);
    process.stdout.write(formatSiteReport(report));
    process.stdout.write(`Serve it with any static file server, e.g.: python3 -m http.server --directory ${where}\n`);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    process.stderr.write(`weft: ${error.message}\n`);
    process.exitCode = 1;
  }
}
