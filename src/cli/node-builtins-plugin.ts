/**
 * An esbuild plugin that catches every import of a Node built-in (`fs`, `node:fs`, `net`,
 * `child_process`, …) in a browser bundle. A package that maps the built-in away for browsers
 * (its `browser` field) is left to esbuild; any other import is recorded, with its importer, and
 * kept external so the build finishes and its metafile can name the whole import chain.
 */
import { builtinModules } from "node:module";
import type { Plugin } from "esbuild";

/** One import of a Node built-in: what was imported, and the absolute path of the file importing it. */
export interface BuiltinImport {
  module: string;
  importer: string;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const NAMES = [...new Set(builtinModules.map((name) => name.split("/")[0]!))].filter((name) => !name.startsWith("_"));
/** `node:anything`, or a built-in's bare name with an optional subpath (`fs`, `fs/promises`). */
const BUILTIN = new RegExp(`^(?:node:.+|(?:${NAMES.map(escape).join("|")})(?:/.*)?)$`);

/** Marks the plugin's own resolve calls, so it does not catch itself. */
const PROBE = "weft:probe-builtin";

/** True when `specifier` names a Node built-in module. */
export function isNodeBuiltin(specifier: string): boolean {
  return BUILTIN.test(specifier);
}

/** The plugin; every caught import is pushed onto `found`, in the order esbuild meets them. */
export function nodeBuiltinsPlugin(found: BuiltinImport[]): Plugin {
  return {
    name: "weft-node-builtins",
    setup(build) {
      build.onResolve({ filter: BUILTIN }, async (args) => {
        if (args.pluginData === PROBE) return undefined;
        const probe = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: PROBE,
        });
        if (probe.errors.length === 0) return undefined;
        found.push({ module: args.path, importer: args.importer });
        return { path: args.path, external: true };
      });
    },
  };
}
