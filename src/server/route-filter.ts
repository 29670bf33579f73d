/**
 * The `routes` app option: which paths under an app answer with its page. `"all"` (the default):
 * every path, so any deep link and refresh works. A list of `TemplateRoute` patterns
 * (`["/", "/items/:id", "/docs/*"]`): only paths matching one; any other answers 404.
 */
import { ErrorCode, matchRoute, WeftError } from "../core/index.js";

/** The `routes` option as given: `"all"` or a list of patterns. */
export type RoutesOption = "all" | readonly string[];

/** Whether `path` (below the app's mount path, starting with `/`) answers with the page. */
export type RouteFilter = (path: string) => boolean;

const everything: RouteFilter = () => true;

/** Checks `routes` and makes its filter; a bad value throws a `server.bad-option` WeftError. */
export function routeFilter(routes: unknown): RouteFilter {
  if (routes === undefined || routes === "all") return everything;
  if (!Array.isArray(routes) || routes.some((r) => typeof r !== "string" || !r.startsWith("/"))) {
    throw new WeftError(ErrorCode.badOption, `routes must be "all" or an array of route patterns starting with "/" (e.g. ["/", "/items/:id"]), got ${JSON.stringify(routes)?.slice(0, 80)}`);
  }
  const patterns = [...(routes as string[])];
  for (const pattern of patterns) {
    const parts = pattern.split("/").filter((s) => s !== "");
    const star = parts.indexOf("*");
    if (star >= 0 && star !== parts.length - 1) throw new WeftError(ErrorCode.badOption, `routes: "*" ends a route pattern (${pattern})`);
  }
  return (path) => patterns.some((pattern) => matchRoute(pattern, path) !== undefined);
}
