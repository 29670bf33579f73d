/**
 * Bundles an app file for a static site's Web Worker: the app, what it imports and Weft's core,
 * minified into one ES module, built with the `worker`/`browser` conditions so `app()` attaches
 * to the worker host. Node built-ins and Weft's Node-only code are refused with the import chain
 * that brought them in.
 */
import { resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildFailure, type Message, type Metafile } from "esbuild";
import { browserEntryPlugin, NODE_ONLY_FOLDERS } from "./browser-entry-plugin.js";
import { importChain, toKey } from "./import-chain.js";
import { nodeBuiltinsPlugin, type BuiltinImport } from "./node-builtins-plugin.js";
import { PublishError } from "./publish-error.js";

export interface BundleAppOptions {
  /** The app file, absolute. */
  app: string;
  /** Where paths in messages are relative to. */
  cwd: string;
}

/** Weft's own sources (`src/`), which every app bundles. */
const WEFT_SOURCES = fileURLToPath(new URL("../", import.meta.url));

/** The name of the worker script in the published folder. */
export const WORKER_SCRIPT = "app.worker.js";

/** A bundled app: the worker's script, and the app's own source files in it (Weft's and packages' left out), absolute. */
export interface BundledApp {
  readonly script: Uint8Array;
  readonly sources: readonly string[];
}

/** Bundles the app; throws a `PublishError` naming the problem (and its import chain). */
export async function bundleApp(options: BundleAppOptions): Promise<BundledApp> {
  const builtins: BuiltinImport[] = [];
  const entry = toKey(options.app, options.cwd);
  let result;
  try {
    result = await build({
      absWorkingDir: options.cwd,
      entryPoints: [options.app],
      outfile: `${options.cwd}/.weft-publish/${WORKER_SCRIPT}`,
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      // Top-level await (`await appAsync(main)`) needs ES2022; every browser with module workers has it.
      target: "es2022",
      conditions: ["worker", "browser"],
      minify: true,
      legalComments: "none",
      metafile: true,
      logLevel: "silent",
      define: { "process.env.NODE_ENV": '"production"' },
      plugins: [browserEntryPlugin(), nodeBuiltinsPlugin(builtins)],
    });
  } catch (error) {
    // esbuild stops at other errors first; a built-in it met is still the clearer message.
    if (builtins.length > 0) throw builtinError(options, builtins, undefined, entry);
    throw new PublishError(`cannot bundle ${entry}: ${describeFailure(error)}`);
  }
  if (builtins.length > 0) throw builtinError(options, builtins, result.metafile, entry);
  const nodeOnly = nodeOnlyInput(result.metafile, options.cwd);
  if (nodeOnly) {
    const chain = importChain(result.metafile, entry, nodeOnly, "", options.cwd).slice(0, -1);
    throw new PublishError(
      `cannot publish ${entry}: it imports Weft's Node-only server code: ${chain.join(" → ")}. ` +
        `A static site runs the app in the browser; import Weft's API from "weftjs" (or src/index.ts) only`,
    );
  }
  const output = result.outputFiles[0];
  if (!output) throw new PublishError(`esbuild wrote nothing for ${entry}`);
  const sources = Object.keys(result.metafile.inputs)
    .map((key) => resolve(options.cwd, key))
    .filter((path) => !path.includes(`${sep}node_modules${sep}`) && !path.startsWith(WEFT_SOURCES));
  return { script: output.contents, sources };
}

function builtinError(options: BundleAppOptions, builtins: BuiltinImport[], metafile: Metafile | undefined, entry: string): PublishError {
  const first = builtins[0]!;
  const chain = metafile
    ? importChain(metafile, entry, first.importer, first.module, options.cwd)
    : [toKey(first.importer, options.cwd), first.module];
  const others = [...new Set(builtins.slice(1).map((b) => b.module))].filter((m) => m !== first.module);
  const more = others.length > 0 ? ` (also ${others.join(", ")})` : "";
  return new PublishError(
    `cannot publish ${entry}: it needs the Node built-in ${first.module}${more}, which a browser does not have: ${chain.join(" → ")}. ` +
      `A static site runs the app in the browser; keep Node-only code out of it, or serve the app with weft run`,
  );
}

/** The first bundled file from Weft's Node-only folders, as an absolute path, if any. */
function nodeOnlyInput(metafile: Metafile, cwd: string): string | undefined {
  for (const key of Object.keys(metafile.inputs)) {
    const absolute = resolve(cwd, key);
    if (NODE_ONLY_FOLDERS.some((folder) => absolute.startsWith(folder))) return absolute;
  }
  return undefined;
}

/** esbuild's first error as `file:line:column: text`, with how many more there were. */
export function describeFailure(error: unknown): string {
  const messages = (error as Partial<BuildFailure>).errors;
  if (!Array.isArray(messages) || messages.length === 0) return error instanceof Error ? error.message : String(error);
  const first = describeMessage(messages[0]!);
  return messages.length > 1 ? `${first} (and ${messages.length - 1} more errors)` : first;
}

function describeMessage(message: Message): string {
  const at = message.location ? `${message.location.file}:${message.location.line}:${message.location.column + 1}: ` : "";
  return `${at}${message.text}`;
}
