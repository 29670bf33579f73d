/**
 * `prepack`: builds what the published package runs, into `dist/` (never committed; decision 0027).
 * `tsc -p tsconfig.build.json` emits `.js`, `.d.ts` and declaration maps. Then
 * `@material/material-color-utilities`, whose ES modules import each other without file
 * extensions (so plain Node cannot load them; tsx and bundlers can), is bundled by esbuild into
 * one file, `dist/vendor/material-color-utilities.js`, and the compiled import of it is pointed
 * there, so an installed Weft runs on plain Node without tsx.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { root } from "./ensure.mjs";

const VENDOR = "@material/material-color-utilities";

const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

await build({
  absWorkingDir: root,
  stdin: { contents: `export * from "${VENDOR}";`, resolveDir: root },
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  outfile: join(root, "dist/vendor/material-color-utilities.js"),
  logLevel: "warning",
  legalComments: "inline",
});

const user = join(root, "dist/core/theme-scheme.js");
const compiled = readFileSync(user, "utf8");
if (!compiled.includes(`"${VENDOR}"`)) throw new Error(`${user} no longer imports ${VENDOR}: update scripts/build-package.mjs`);
writeFileSync(user, compiled.replaceAll(`"${VENDOR}"`, `"../vendor/material-color-utilities.js"`));

// The client, prebuilt for production servers (NODE_ENV=production), which then run no esbuild
// (docs/decisions/0035): built by the just compiled dist/, which resolves `src/client/` beside it.
const { writeClientBuild } = await import(new URL("../dist/server/client-assets.js", import.meta.url).href);
await writeClientBuild(join(root, "dist/client"));
