/**
 * Routes and the address bar: which route the address bar shows, and the same-origin href that
 * shows a route, in this page's routing (a served app's path, a static site's hash or path under
 * its base). Kept apart from `BrowserHistory` so a link can be made without loading history.
 */
import { meta } from "./meta-tag.js";
import { routeOf, urlOf, type RouteOptions } from "./route.js";

/**
 * Where this page keeps its route: a static site's hash or path below its base, a served app's
 * path below its mount (`/routing/store` is `/store`); undefined for a served app at `/` (the path
 * and query as they are).
 */
function routing(): RouteOptions | undefined {
  if (meta("weft-worker")) return { strategy: meta("weft-routes") === "path" ? "path" : "hash", basePath: meta("weft-base") ?? "/" };
  const mount = meta("weft-mount");
  return mount ? { strategy: "path", basePath: mount } : undefined;
}

/** The route the address bar shows now, as `page.route` reads it. */
export function currentRoute(): string {
  const where = routing();
  const route = where ? routeOf(location, where) : location.pathname + location.search;
  // A page prerendered for `/about` is its folder's index.html, which hosts serve at `/about/`.
  const painted = meta("weft-paint-route");
  return painted !== undefined && route === `${painted}/` ? painted : route;
}

/** The same-origin URL that shows `route` in this page's routing. */
export function hrefOf(route: string): string {
  const where = routing();
  return where ? urlOf(route, where, location.pathname) : route;
}
