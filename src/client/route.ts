/**
 * The route a static site's tab reports in its hello (`page.route`). Static hosts serve one
 * `index.html`, so the route lives where the host does not look: in the hash (`#/settings`, the
 * default, works on any host) or in the path below the site's base (`/sub/settings`, which needs
 * the host to answer unknown paths with `404.html`). A server-mode page reports its path as is.
 */
import { Limits } from "../protocol/index.js";

/** Where a static site keeps its route. */
export type RouteStrategy = "hash" | "path";

export interface RouteOptions {
  strategy: RouteStrategy;
  /** The site's base path, starting and ending with `/` (only `path` routing uses it). */
  basePath: string;
}

/** `"#/a/b"` → `"/a/b"`; with path routing under `/sub/`, `"/sub/a/b"` → `"/a/b"`. Never empty. */
export function routeOf(where: { pathname: string; hash: string; search?: string }, options: RouteOptions): string {
  let route: string;
  if (options.strategy === "hash") {
    route = where.hash.replace(/^#/, "");
  } else {
    const base = options.basePath;
    const path = where.pathname;
    route = path.startsWith(base) ? path.slice(base.length) : path === base.slice(0, -1) ? "" : path;
    if (route === "index.html" || route === "404.html") route = "";
    route += where.search ?? "";
  }
  route = `/${route.replace(/^\/+/, "")}`;
  return route.slice(0, Limits.maxRouteLength);
}

/** The URL (relative to the origin) that shows `route`: `#/a` for hash routing, `/sub/a` for path routing under `/sub/`. */
export function urlOf(route: string, options: RouteOptions, pathname: string): string {
  if (options.strategy === "hash") return `${pathname}#${route}`;
  return options.basePath + route.replace(/^\/+/, "");
}
