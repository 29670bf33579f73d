#!/usr/bin/env node
// The `weft` command. In this repository (tsconfig.json beside bin/) it runs Weft's own sources
// through tsx; installed from the package it runs the compiled `dist/` and loads tsx only when the
// app file is TypeScript, so a plain JavaScript app starts without it (docs/decisions/0027).
import { existsSync } from "node:fs";

const root = new URL("../", import.meta.url);
const checkout = existsSync(new URL("tsconfig.json", root)) || !existsSync(new URL("dist/cli/main.js", root));
const args = process.argv.slice(2);
const needsTsx = checkout || args.some((arg) => /\.(c|m)?tsx?$/.test(arg));
if (needsTsx) {
  const { register } = await import("tsx/esm/api");
  register();
}
const entry = checkout ? "src/cli/main.ts" : "dist/cli/main.js";
const { main } = await import(new URL(entry, root).href);
await main(args);
