#!/usr/bin/env node
// `npm create weftjs@latest my-app [-- --template counter]`: runs `weft create` from the weftjs
// package this one depends on, so the templates and their checks live in one place.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const weft = pathToFileURL(createRequire(import.meta.url).resolve("weftjs/package.json"));
const { main } = await import(new URL("dist/cli/main.js", weft).href);
await main(["create", ...process.argv.slice(2)]);
