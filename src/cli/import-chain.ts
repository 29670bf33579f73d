/**
 * Import chains from esbuild's metafile: how an entry point came to import a module, as the path
 * of files a person would follow (`examples/bad.ts → lib/db.ts → node:fs`).
 */
import { isAbsolute, relative, sep } from "node:path";
import type { Metafile } from "esbuild";

/**
 * The shortest chain of inputs from `entry` to `importer`, followed by `target`. Paths are the
 * metafile's (relative to the build's working directory); `importer` may be absolute.
 */
export function importChain(metafile: Metafile, entry: string, importer: string, target: string, cwd: string): string[] {
  const goal = toKey(importer, cwd);
  const previous = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === goal) break;
    for (const next of metafile.inputs[at]?.imports ?? []) {
      if (next.external || previous.has(next.path)) continue;
      previous.set(next.path, at);
      queue.push(next.path);
    }
  }
  if (!previous.has(goal)) return [goal, target];
  const chain = [target];
  for (let at: string | undefined = goal; at !== undefined; at = previous.get(at)) chain.unshift(at);
  return chain;
}

/** A path as esbuild's metafile names it: relative to the build's `cwd`, with forward slashes. */
export function toKey(path: string, cwd: string): string {
  return (isAbsolute(path) ? relative(cwd, path) : path).split(sep).join("/");
}
