#!/usr/bin/env node
// The `weft` command: loads tsx so that app files (and Weft's own sources) run as TypeScript.
import { register } from "tsx/esm/api";

register();
const { main } = await import(new URL("../src/cli/main.ts", import.meta.url).href);
await main(process.argv.slice(2));
