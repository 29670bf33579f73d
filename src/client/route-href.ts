/**
 * Routes and the address bar: which route the address bar shows, and the same-origin href that
 * shows a route, in this page's routing (a served app's path, a static site's hash or path under
 * its base). Kept apart from `BrowserHistory` so a link can be made without loading history.
 */
import { meta } from "./meta-tag.js";
import { routeOf, urlOf, type RouteOptions } from "./route.js";

/** Where this page keeps its route: undefined for a served app (the path and query as they are). */
function staticRouting(): RouteOptions | undefined {
  if (!meta("weft-worker")) return undefined;
  return { strategy: meta("weft-routes") === "path" ? "path" : "hash", basePath: meta("weft-base") ?? "/" };
}

/** The route the address bar shows now, as `page.route` reads it. */
export function currentRoute(): string {
  const routing = staticRouting();
  return routing ? routeOf(location, routing) : location.pathname + location.search;
}

/** The same-origin URL that shows `route` in this page's routing. */
export function hrefOf(route: string): string {
  const routing = staticRouting();
  return routing ? urlOf(route, routing, location.pathname) : route;
}
