/**
 * The highlighting grammars as chunks of their own, one per language of
 * `src/client/code-grammars.ts`, built beside the client and named `chunks/<grammar>-<hash>.js`
 * with one hash for them all (of every grammar's bytes): a new build that changes any grammar
 * renames them all, so a cached copy never goes stale (`static-assets.ts`), and `weft.js` needs
 * that one hash and the languages' names to name each chunk. The plugin here replaces
 * `src/client/code-grammar-files.ts` with it. A table of `import()`s, one per grammar, cost
 * weft.js 1.25 KB gzipped (decision 0060).
 */
import { createHash } from "node:crypto";
import type { BuildOptions, BuildResult, OutputFile, Plugin } from "esbuild";
import { grammarNames } from "../client/code-grammars.js";

/** The grammars' chunks, by asset path (`chunks/<grammar>-<hash>.js`), and the hash they share. */
export interface GrammarChunks {
  files: Map<string, Uint8Array>;
  hash: string;
}

/** esbuild's hash alphabet and length (`[hash]` in `chunkNames`), so the grammars' names look like every chunk's. */
function chunkHash(outputs: readonly OutputFile[]): string {
  const digest = createHash("sha256");
  for (const file of outputs) digest.update(file.path).update(file.contents);
  const value = BigInt(`0x${digest.digest("hex").slice(0, 16)}`);
  return value.toString(32).toUpperCase().padStart(8, "0").slice(-8);
}

/** Builds every grammar as an ES module that exports it by default (highlight.js's `es/languages/*`). */
export async function buildGrammarChunks(build: (options: BuildOptions) => Promise<BuildResult>, common: BuildOptions): Promise<GrammarChunks> {
  const names = grammarNames();
  const entryPoints = Object.fromEntries(names.map((name) => [name, `highlight.js/lib/languages/${name}`]));
  const result = await build({ ...common, entryPoints, format: "esm", platform: "browser", entryNames: "[name]" });
  const outputs = [...result.outputFiles!].sort((a, b) => (a.path < b.path ? -1 : 1));
  const hash = chunkHash(outputs);
  const files = new Map<string, Uint8Array>();
  for (const file of outputs) {
    const name = /([\w-]+)\.js$/.exec(file.path)?.[1];
    if (name && names.includes(name)) files.set(`chunks/${name}-${hash}.js`, file.contents);
  }
  const missing = names.filter((name) => !files.has(`chunks/${name}-${hash}.js`));
  if (missing.length > 0) throw new Error(`the grammars' build made no chunk for ${missing.join(", ")}`);
  return { files, hash };
}

/** The plugin that gives `weft.js` the grammars' chunk names: their shared hash. */
export function grammarChunkNames({ hash }: GrammarChunks): Plugin {
  const contents = `export function grammarModule(grammar) { return "./chunks/" + grammar + "-${hash}.js"; }\n`;
  return {
    name: "weft-grammar-chunk-names",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]client[\\/]code-grammar-files\.ts$/ }, () => ({ contents, loader: "js" }));
    },
  };
}
