/**
 * `weft build app.ts [--out build]`: a production server folder. The app and its local imports
 * are bundled by esbuild into `app.js` (packages stay external and load from `node_modules`),
 * the browser client is built into `client/`, the app's `assets/` folder is copied, and
 * `server.js` starts it all with `NODE_ENV=production` and the client read from `client/`, so the
 * server runs on plain Node: no tsx, no esbuild. Serve it with `weft start build` or
 * `node build/server.js` (`node --enable-source-maps build/server.js` for stack traces that name
 * the app's own files and lines, from `app.js.map`). See docs/decisions/0045.
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build, type Plugin } from "esbuild";
import { clientBuildFiles } from "../server/client-assets.js";
import { OVERRIDES_KEY } from "../server/overrides.js";
import { CLIENT_DIR_ENV } from "../server/prebuilt-client.js";
import { appFileArg } from "./app-file-arg.js";
import { BUILT_APP, BUILT_CLIENT, BUILT_SERVER } from "./built-folder.js";
import { describeFailure } from "./bundle-app.js";
import { parseOrExplain } from "./parse.js";
import { PublishError } from "./publish-error.js";
import { defaultAppAssetsDir, readSiteAssets } from "./site-assets.js";
import { writeSiteFolder, type FolderKind } from "./site-folder.js";
import { UsageError } from "./usage-error.js";

const BUILT: FolderKind = { command: "weft build", markers: [BUILT_SERVER, BUILT_APP] };

/**
 * Packages bundled all the same: their ES modules import each other without file extensions,
 * which plain Node cannot load (scripts/build-package.mjs bundles it for the package likewise).
 */
const BUNDLED_PACKAGES = ["@material/material-color-utilities"];

/**
 * The launcher: what it sets is set before the app's first line runs, so every copy of Weft in it
 * sees it. `PORT` and `HOST` in the environment (what hosting platforms set) win over the app's
 * own options, as `--port`/`--host` do; flags given to `weft start` win over both.
 */
const SERVER_SOURCE = `// Written by weft build: serves the app with the client built beside it, on plain Node.
// PORT and HOST in the environment choose where it listens; NODE_ENV defaults to production.
import { fileURLToPath } from "node:url";
process.env.NODE_ENV ??= "production";
process.env.${CLIENT_DIR_ENV} ??= fileURLToPath(new URL("./${BUILT_CLIENT}", import.meta.url));
const held = (globalThis[Symbol.for(${JSON.stringify(OVERRIDES_KEY)})] ??= { options: {}, listening: undefined });
const fromEnv = {};
if (process.env.PORT) fromEnv.port = /^\\d+$/.test(process.env.PORT) ? Number(process.env.PORT) : process.env.PORT;
if (process.env.HOST) fromEnv.host = process.env.HOST;
held.options = { ...fromEnv, ...held.options };
await import("./${BUILT_APP}");
`;

export interface BuildOptions {
  /** The app file, absolute. */
  app: string;
  /** The folder to write, absolute; replaced if it holds an earlier build. */
  out: string;
  /** Where paths in messages are relative to. */
  cwd: string;
}

/** Every bare import (a package, a Node built-in) stays an import, but for `BUNDLED_PACKAGES`. */
function externalPackages(): Plugin {
  return {
    name: "weft-external-packages",
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, (args) => {
        if (BUNDLED_PACKAGES.some((name) => args.path === name || args.path.startsWith(`${name}/`))) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

/** The built folder's files: relative path → bytes. Throws a `PublishError` naming the problem. */
export async function buildServerFiles(options: BuildOptions): Promise<Map<string, Uint8Array>> {
  const assetsDir = defaultAppAssetsDir(options.app);
  const [bundle, client, assets] = await Promise.all([
    bundleServerApp(options),
    clientBuildFiles(),
    assetsDir ? readSiteAssets(assetsDir) : new Map<string, Uint8Array>(),
  ]);
  const files = new Map<string, Uint8Array>(bundle);
  files.set(BUILT_SERVER, new TextEncoder().encode(SERVER_SOURCE));
  for (const [path, body] of client) files.set(`${BUILT_CLIENT}${path}`, body);
  for (const [path, body] of assets) files.set(path, body);
  return files;
}

async function bundleServerApp(options: BuildOptions): Promise<Map<string, Uint8Array>> {
  try {
    const result = await build({
      absWorkingDir: options.cwd,
      // Split at dynamic imports, so that what a server loads on first use (the first paint's string
      // host and the renderers' libraries it brings) stays out of the start; packages are external, and
      // esbuild hoists an external import to the top of the one file it writes without splitting.
      entryPoints: { [BUILT_APP.replace(/\.js$/, "")]: options.app },
      outdir: options.out,
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "linked",
      legalComments: "none",
      // No comments and pure ASCII: Node keeps a module's source as a string, two bytes a character
      // once one is not ASCII (the JSDoc's "…" made the 620 KB bundle 1.24 MB of heap; now 0.41 MB).
      minifyWhitespace: true,
      charset: "ascii",
      logLevel: "silent",
      plugins: [externalPackages()],
    });
    const files = new Map<string, Uint8Array>();
    for (const file of result.outputFiles) files.set(relative(options.out, file.path), file.contents);
    return files;
  } catch (error) {
    throw new PublishError(`cannot build ${relative(options.cwd, options.app)}: ${describeFailure(error)}`);
  }
}

/** Builds and writes the folder; resolves to its files' paths and sizes. */
export async function buildServer(options: BuildOptions): Promise<Map<string, number>> {
  const files = await buildServerFiles(options);
  await writeSiteFolder(options.out, files, BUILT);
  return new Map([...files].map(([path, body]) => [path, body.byteLength]));
}

export function parseBuildArgs(args: string[], cwd: string): BuildOptions {
  const { values, positionals } = parseOrExplain(() =>
    parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: "string" } } }),
  );
  const app = appFileArg(positionals, cwd, "build", "weft build app.ts --out build");
  if (values.out !== undefined && values.out.trim() === "") throw new UsageError("--out must not be empty");
  return { app, out: resolve(cwd, values.out ?? "build"), cwd };
}

/** The command: parses, builds, prints what it wrote and how to serve it. */
export async function buildCommand(args: string[]): Promise<void> {
  const options = parseBuildArgs(args, process.cwd());
  const where = relative(process.cwd(), options.out) || ".";
  try {
    const sizes = await buildServer(options);
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    const app = sizes.get(BUILT_APP) ?? 0;
    process.stdout.write(
      `Built ${relative(process.cwd(), options.app)} into ${where}/: ${BUILT_APP} ${kb(app)}, ${sizes.size} files, ${kb(total)} in all\n` +
        `Serve it with: weft start ${where}   (or: node ${where}/${BUILT_SERVER})\n`,
    );
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    process.stderr.write(`weft: ${error.message}\n`);
    process.exitCode = 1;
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
