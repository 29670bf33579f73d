/**
 * An esbuild plugin that gives a static site Weft's browser build. An app that imports `"weftjs"`
 * gets it from the package's `worker`/`browser` export condition; the examples import Weft's
 * sources directly (`"../src/index.js"`), so this plugin sends that one module to
 * `src/index.browser.ts` too, whatever relative path reaches it.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";

/** Weft's `src/` folder. */
export const WEFT_SRC = fileURLToPath(new URL("../", import.meta.url));
/** The public API's browser build, which replaces `src/index.ts`. */
export const BROWSER_INDEX = resolve(WEFT_SRC, "index.browser.ts");
const NODE_INDEX = new Set([resolve(WEFT_SRC, "index.ts"), resolve(WEFT_SRC, "index.js")]);

/** Folders of Weft's sources that run only in Node and must never enter a browser bundle. */
export const NODE_ONLY_FOLDERS = ["server", "cli"].map((folder) => resolve(WEFT_SRC, folder) + "/");

export function browserEntryPlugin(): Plugin {
  return {
    name: "weft-browser-entry",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*index(?:\.[jt]s)?$/ }, (args) => {
        if (!args.importer) return undefined;
        const target = resolve(dirname(args.importer), args.path);
        const candidates = /\.[jt]s$/.test(target) ? [target] : [`${target}.ts`, `${target}.js`];
        return candidates.some((path) => NODE_INDEX.has(path)) ? { path: BROWSER_INDEX } : undefined;
      });
    },
  };
}
