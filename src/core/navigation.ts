/**
 * Routes as the app sees them (`page.route`): a path plus an optional query, always starting with
 * a single `/`. Everything a browser or app hands in goes through `normalizeRoute`, which rejects
 * what cannot be a route of this app (an outside URL such as `//evil.example` or `https://…`, a
 * route longer than `Limits.maxRouteLength`) and normalises the rest (`.`/`..` segments, encoded
 * dots, doubled slashes), so a route is never reflected as the browser sent it. `parseQuery` and
 * `TemplateRoute` read a route; none of this touches a session.
 */
import { Limits } from "../protocol/index.js";
import { WeftError } from "./errors.js";

/** Error code of a route that cannot be one of this app's routes. */
export const BAD_ROUTE = "route.bad-route";

/** Error code of a URL that is neither a route of this app nor an http, https or mailto URL. */
export const BAD_URL = "route.bad-url";

/** The schemes an outside link or `launchUrl` may open. */
const OUTSIDE_SCHEMES = ["http:", "https:", "mailto:"];

/** `url` parsed when it is an absolute URL; undefined when it is not. */
function absoluteUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The URL `launchUrl` may open, or a `route.bad-url` WeftError: only http:, https: and mailto:. */
export function launchableUrl(url: unknown): string {
  if (typeof url !== "string") throw new WeftError(BAD_URL, `launchUrl takes a URL string, not ${typeof url}`);
  const parsed = absoluteUrl(url);
  if (!parsed) throw new WeftError(BAD_URL, `launchUrl(${JSON.stringify(url.slice(0, 80))}): not an absolute URL; for a route of this app use page.go`);
  if (!OUTSIDE_SCHEMES.includes(parsed.protocol)) {
    throw new WeftError(BAD_URL, `launchUrl opens http, https and mailto URLs only, not ${parsed.protocol}`);
  }
  return parsed.href;
}

/**
 * The `url` a control links to, checked when set: a route of this app (`/store`, normalised like
 * `page.go`'s) or an absolute http, https or mailto URL. Anything else (`javascript:…`, `store`
 * without its `/`, `//evil.example`) throws `route.bad-url` naming what to write instead, where
 * without the check the browser would quietly show a control that links nowhere.
 */
export function linkUrl(owner: string, url: unknown): string {
  if (typeof url !== "string") throw new WeftError(BAD_URL, `${owner}.url takes a route ("/store") or an http(s) or mailto URL, not ${url === null ? "null" : typeof url}`);
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) {
    try {
      return normalizeRoute(url);
    } catch (error) {
      throw new WeftError(BAD_URL, `${owner}.url ${(error as Error).message}`);
    }
  }
  const parsed = absoluteUrl(url);
  if (parsed && OUTSIDE_SCHEMES.includes(parsed.protocol)) return url;
  const hint = parsed ? `${parsed.protocol} links are not followed` : `a route starts with "/" (write "/${url.replace(/^[./\\]+/, "")}")`;
  throw new WeftError(BAD_URL, `${owner}.url ${JSON.stringify(url.slice(0, 80))} is not a link: ${hint}; it takes a route of this app or an http, https or mailto URL`);
}

/** `"%2e%2E"` → `".."`; an undecodable segment stays as it was. */
const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Re-encodes a decoded segment so that it cannot carry a `/`, `?`, `#`, `<` or a quote. */
const encodeSegment = (segment: string): string => encodeURIComponent(segment).replace(/%3A/gi, ":").replace(/%40/g, "@").replace(/%2C/gi, ",");

/** Re-encodes a query so that it carries no markup characters (`<`, `>`, quotes, spaces). */
const cleanQuery = (query: string): string => query.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g, (c) => encodeURIComponent(c)).replace(/'/g, "%27");

/**
 * The route `input` names, normalised: `/a/./b/../c?x=1` → `/a/c?x=1`, `""` → `/`. Throws a
 * `WeftError` (`route.bad-route`) for what is not a route of this app: not a string, longer than
 * `Limits.maxRouteLength`, an outside URL (`//host`, `scheme:`), or a control character.
 */
export function normalizeRoute(input: unknown): string {
  if (typeof input !== "string") throw new WeftError(BAD_ROUTE, `a route is a string, not ${input === null ? "null" : typeof input}`);
  if (input.length > Limits.maxRouteLength) throw new WeftError(BAD_ROUTE, `a route is at most ${Limits.maxRouteLength} characters (this one has ${input.length})`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(input)) throw new WeftError(BAD_ROUTE, "a route has no control characters");
  const raw = input.replace(/\\/g, "/");
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) {
    throw new WeftError(BAD_ROUTE, `${JSON.stringify(raw.slice(0, 60))} is an outside URL, not a route; open it with page.launchUrl`);
  }
  const hashAt = raw.indexOf("#");
  const noHash = hashAt < 0 ? raw : raw.slice(0, hashAt);
  const queryAt = noHash.indexOf("?");
  const path = queryAt < 0 ? noHash : noHash.slice(0, queryAt);
  const query = queryAt < 0 ? "" : noHash.slice(queryAt + 1);
  const segments: string[] = [];
  for (const part of path.split("/")) {
    const segment = decodeSegment(part);
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(encodeSegment(segment));
  }
  const cleaned = `/${segments.join("/")}${path.endsWith("/") && segments.length > 0 ? "/" : ""}`;
  const route = query === "" ? cleaned : `${cleaned}?${cleanQuery(query)}`;
  return route.slice(0, Limits.maxRouteLength);
}

/** Like `normalizeRoute`, but `fallback` (default `/`) instead of a throw: for what a browser sends. */
export function routeOrHome(input: unknown, fallback = "/"): string {
  try {
    return normalizeRoute(input);
  } catch {
    return fallback;
  }
}

/** The path of a route, without its query: `/items/3?x=1` → `/items/3`. */
export function routePath(route: string): string {
  const at = route.indexOf("?");
  return at < 0 ? route : route.slice(0, at);
}

/** A route's query as name → value (the last of a repeated name wins): `/a?x=1&y=%20` → `{ x: "1", y: " " }`. */
export function parseQuery(route: string): Record<string, string> {
  const at = route.indexOf("?");
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  if (at < 0) return params;
  for (const [name, value] of new URLSearchParams(route.slice(at + 1))) params[name] = value;
  return params;
}

/** The params a pattern takes: `"/items/:id"` → `{ id: string }`, `":id?"` → `{ id?: string }`, `*` → `{ "*": string }`. */
export type RouteParams<P extends string> = P extends `${infer Head}/${infer Tail}`
  ? RouteParams<Head> & RouteParams<Tail>
  : P extends `:${infer Name}?`
    ? { [K in Name]?: string }
    : P extends `:${infer Name}`
      ? { [K in Name]: string }
      : P extends "*"
        ? { "*": string }
        : unknown;

/**
 * Flet's `TemplateRoute`: matches a route against patterns such as `/items/:id`, `/search/:q?`
 * and `/files/*`. `new TemplateRoute(page.route).match("/items/:id")` returns `{ id: "42" }` for
 * `/items/42` (decoded, the query ignored), or undefined when it does not match.
 */
export class TemplateRoute {
  /** The route being matched, e.g. `page.route`. */
  readonly route: string;
  constructor(route: string) {
    this.route = route;
  }

  /** The params of `pattern` in this route, or undefined when the route does not match it. */
  match<P extends string>(pattern: P): (RouteParams<P> & Record<string, string | undefined>) | undefined {
    return matchRoute(pattern, this.route) as (RouteParams<P> & Record<string, string | undefined>) | undefined;
  }
}

/** `matchRoute("/items/:id", "/items/42")` → `{ id: "42" }`; undefined when it does not match. */
export function matchRoute(pattern: string, route: string): Record<string, string | undefined> | undefined {
  const want = pattern.split("/").filter((s) => s !== "");
  const have = routePath(route).split("/").filter((s) => s !== "").map(decodeSegment);
  const params: Record<string, string | undefined> = {};
  let i = 0;
  for (const [at, part] of want.entries()) {
    if (part === "*") {
      if (at !== want.length - 1) throw new WeftError(BAD_ROUTE, `"*" ends a route pattern (${pattern})`);
      params["*"] = have.slice(i).join("/");
      return params;
    }
    if (part.startsWith(":")) {
      const optional = part.endsWith("?");
      const name = part.slice(1, optional ? -1 : undefined);
      if (i >= have.length) {
        if (!optional) return undefined;
        params[name] = undefined;
        continue;
      }
      params[name] = have[i++];
      continue;
    }
    if (have[i] !== part) return undefined;
    i++;
  }
  return i === have.length ? params : undefined;
}
