/** Parses `weft publish app.ts [--out dist] [--base-path /sub/] [--route-strategy hash|path] [--prerender /,/about]`. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { appFileArg } from "./app-file-arg.js";
import { parseOrExplain } from "./parse.js";
import { UsageError } from "./usage-error.js";

/** Where a static site keeps the route: `#/settings` (any host) or `/settings` (needs 404.html). */
export type RouteStrategy = "hash" | "path";

export interface PublishArgs {
  /** The app file, absolute. */
  app: string;
  /** The output folder, absolute. Default `dist`. */
  out: string;
  /** The site's base path (`/sub/`), or undefined for the default. */
  basePath: string | undefined;
  routes: RouteStrategy;
  /** The routes whose first paint is written into their page (`--prerender`); empty for none. */
  prerender: string[];
}

/**
 * `/,/about` → `["/", "/about"]`: each must start with `/` and be a path only (no query, no hash),
 * and with hash routes only `/` has a page of its own to write the paint into.
 */
export function parsePrerenderRoutes(text: string, routes: RouteStrategy): string[] {
  const list = text.split(",").map((route) => route.trim());
  const seen = new Set<string>();
  for (const route of list) {
    if (!route.startsWith("/")) throw new UsageError(`--prerender takes routes that start with "/", such as /,/about; got ${JSON.stringify(route)}`);
    if (!/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(route) || /\/\/|(^|\/)\.\.?(\/|$)/.test(route)) {
      throw new UsageError(`--prerender route ${JSON.stringify(route)} must be a plain URL path (no query, hash, "..", or "//")`);
    }
    if (routes === "hash" && route !== "/") {
      throw new UsageError(`--prerender ${route}: a hash-routed site has one page (index.html), so only "/" can be prerendered; add --route-strategy path`);
    }
    const key = route.length > 1 ? route.replace(/\/$/, "") : route;
    if (seen.has(key)) throw new UsageError(`--prerender names ${JSON.stringify(key)} twice`);
    seen.add(key);
  }
  return [...seen];
}

/** `sub`, `/sub`, `/sub/` → `/sub/`; refuses what is not a plain URL path. */
export function normaliseBasePath(text: string): string {
  const trimmed = text.trim();
  if (!/^\/?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(trimmed) || /\/\/|(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new UsageError(`--base-path must be a URL path such as /my-app/, got ${JSON.stringify(text)}`);
  }
  const inner = trimmed.replace(/^\/+|\/+$/g, "");
  return inner === "" ? "/" : `/${inner}/`;
}

export function parsePublishArgs(args: string[], cwd: string): PublishArgs {
  const { values, positionals } = parseOrExplain(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        "base-path": { type: "string" },
        "route-strategy": { type: "string" },
        prerender: { type: "string" },
      },
    }),
  );
  const app = appFileArg(positionals, cwd, "publish", "weft publish app.ts --out dist");
  if (values.out !== undefined && values.out.trim() === "") throw new UsageError("--out must not be empty");
  const routes = values["route-strategy"] ?? "hash";
  if (routes !== "hash" && routes !== "path") {
    throw new UsageError(`--route-strategy must be hash or path, got ${JSON.stringify(routes)}`);
  }
  const basePath = values["base-path"] === undefined ? undefined : normaliseBasePath(values["base-path"]);
  const prerender = values.prerender === undefined ? [] : parsePrerenderRoutes(values.prerender, routes);
  return { app, out: resolve(cwd, values.out ?? "dist"), basePath, routes, prerender };
}
