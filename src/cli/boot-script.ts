/**
 * The boot script of a published page (`weft-boot.js`): a few hundred bytes, loaded `async`, that
 * start the app's worker while the client is still loading (`src/client/worker-boot.ts`). Built
 * here rather than with the client's assets because only static pages use it.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The boot script's name in the published folder. */
export const BOOT_SCRIPT = "weft-boot.js";

const ENTRY = fileURLToPath(new URL("../client/worker-boot.ts", import.meta.url));

/** Bundles the boot script: a classic script (an IIFE), so `async` runs it as soon as it arrives. */
export async function bundleBootScript(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.contents;
}
