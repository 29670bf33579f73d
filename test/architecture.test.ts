/**
 * The layers of DESIGN.md, enforced: every folder under `src/` may import only the layers below
 * it, `core`, `shared` and `protocol` import no Node module and no package at all (the same core runs in a
 * Web Worker), and `client` never imports `core`. Specifiers are read with regular expressions
 * over the source, comments stripped: static imports and re-exports (`import … from`, `export …
 * from`, `import "x"`), dynamic `import("x")` and `require("x")`; type-only imports count too.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..", "src");

/** What each layer may import besides itself; `(root)` is `src/index.ts`, the public API. */
const ALLOWED: Record<string, readonly string[]> = {
  protocol: [],
  shared: ["protocol"],
  core: ["protocol"],
  // The first paint runs the client's renderers on the server (string host, decision 0047).
  server: ["protocol", "core", "client"],
  worker: ["protocol", "core"],
  client: ["protocol", "shared"],
  testing: ["protocol", "core", "shared"],
  redis: ["protocol", "core"],
  cli: ["protocol", "core", "server", "worker", "client", "testing", "shared"],
  "(root)": ["protocol", "core", "server", "worker", "testing"],
};

/** Layers that run outside Node (in a Web Worker or the page): no `node:` module, no `ws`. */
const NO_NODE = new Set(["protocol", "shared", "core", "worker", "client"]);
/** Layers that import no npm package at all… */
const NO_PACKAGES = new Set(["protocol", "shared", "core"]);
/**
 * …but for these pure-ES, dependency-free packages in core: decision 0006 (theme schemes are
 * computed on the server, which keeps 20 KB of colour science out of the browser client).
 */
const CORE_PACKAGES = new Set(["@material/material-color-utilities"]);

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split("/")[0]!]));

/** Removes block and line comments (JSDoc examples often contain `import` lines). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/(^|[^:\\"'`])\/\/.*$/gm, "$1");
}

const SPECIFIER_PATTERNS = [
  // import x from "m"; import { a, b } from "m"; import type { T } from "m"; export { a } from "m"; export * from "m"
  /\b(?:import|export)\s+(?:type\s+)?[^;"'`]*?\bfrom\s*["']([^"']+)["']/g,
  // import "m";
  /\bimport\s*["']([^"']+)["']/g,
  // import("m"), require("m")
  /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
];

/** Every module specifier the source imports or re-exports. */
function importSpecifiers(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  for (const pattern of SPECIFIER_PATTERNS) {
    for (const match of code.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
}

/** The layer of a path relative to `src/`: its first folder, or `(root)` for `src/*.ts`. */
function layerOf(relPath: string): string {
  const parts = relPath.split("/");
  return parts.length === 1 ? "(root)" : parts[0]!;
}

/** The rule a file at `relPath` (relative to `src/`, with `/`) breaks by importing `spec`, if any. */
function violation(relPath: string, spec: string): string | undefined {
  const layer = layerOf(relPath);
  if (spec.startsWith(".")) {
    const target = relative(SRC, resolve(SRC, dirname(relPath), spec)).split(sep).join("/");
    if (target.startsWith("../")) return `${relPath} imports ${spec}, outside src/`;
    const targetLayer = layerOf(target);
    if (targetLayer === layer) return undefined;
    if (!(ALLOWED[layer] ?? []).includes(targetLayer)) {
      return `${relPath} (layer ${layer}) imports ${spec} (layer ${targetLayer}); ${layer} may import only: ${(ALLOWED[layer] ?? []).join(", ") || "nothing"}`;
    }
    return undefined;
  }
  const isNode = spec.startsWith("node:") || BUILTINS.has(spec) || BUILTINS.has(spec.split("/")[0]!);
  if (isNode && NO_NODE.has(layer)) return `${relPath} (layer ${layer}) imports the Node module ${spec}`;
  if (spec === "ws" && NO_NODE.has(layer)) return `${relPath} (layer ${layer}) imports ws`;
  if (layer === "core" && CORE_PACKAGES.has(spec)) return undefined;
  if (NO_PACKAGES.has(layer)) return `${relPath} (layer ${layer}) imports the package ${spec}; ${layer} imports no packages`;
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

test("the checker reads every kind of import and export-from", () => {
  const source = `
    /** import { nope } from "in-a-comment"; */
    // import "also-a-comment";
    import a from "./a.js";
    import type { B } from "./b.js";
    import {
      c,
      d,
    } from "./cd.js";
    import "./side-effect.js";
    export { e } from "./e.js";
    export * as f from "./f.js";
    export type { G } from "./g.js";
    const h = await import("./h.js");
    const url = "http://example.com"; // a trailing comment
  `;
  assert.deepEqual(importSpecifiers(source).sort(), ["./a.js", "./b.js", "./cd.js", "./e.js", "./f.js", "./g.js", "./h.js", "./side-effect.js"]);
});

test("the checker flags each forbidden kind of import", () => {
  assert.match(violation("core/page.ts", "node:events") ?? "", /Node module/);
  assert.match(violation("protocol/codec.ts", "fs") ?? "", /Node module/);
  assert.match(violation("core/hub.ts", "ws") ?? "", /ws/);
  assert.match(violation("core/hub.ts", "marked") ?? "", /imports no packages/);
  assert.match(violation("client/app.ts", "../core/index.js") ?? "", /layer core/);
  assert.match(violation("client/app.ts", "node:fs") ?? "", /Node module/);
  assert.match(violation("shared/client-session.ts", "../core/index.js") ?? "", /shared may import only: protocol/);
  assert.match(violation("shared/client-session.ts", "../client/dom.js") ?? "", /layer client/);
  assert.match(violation("shared/clock.ts", "node:timers") ?? "", /Node module/);
  assert.match(violation("protocol/codec.ts", "../core/errors.js") ?? "", /protocol may import only: nothing/);
  assert.match(violation("core/page.ts", "../server/app.js") ?? "", /layer server/);
  assert.match(violation("server/app.ts", "../cli/main.js") ?? "", /layer cli/);
  assert.match(violation("core/page.ts", "../index.js") ?? "", /layer \(root\)/);
  assert.match(violation("core/page.ts", "../../package.json") ?? "", /outside src/);
  assert.match(violation("protocol/theme.ts", "@material/material-color-utilities") ?? "", /imports no packages/);
  assert.equal(violation("core/theme-scheme.ts", "@material/material-color-utilities"), undefined);
  assert.equal(violation("core/page.ts", "./control.js"), undefined);
  assert.equal(violation("core/controls/text.ts", "../control.js"), undefined);
  assert.equal(violation("server/host.ts", "../core/index.js"), undefined);
  assert.equal(violation("server/host.ts", "ws"), undefined);
  assert.equal(violation("client/app.ts", "../protocol/index.js"), undefined);
  assert.equal(violation("client/session-client.ts", "../shared/client-session.js"), undefined);
  assert.equal(violation("testing/pilot.ts", "../shared/client-session.js"), undefined);
  assert.equal(violation("cli/run.ts", "../server/overrides.js"), undefined);
});

test("every file under src/ imports only what its layer allows", () => {
  const files = sourceFiles(SRC);
  const layers = new Set(files.map((file) => layerOf(relative(SRC, file).split(sep).join("/"))));
  for (const needed of ["protocol", "core"]) assert.ok(layers.has(needed), `expected files in src/${needed}`);
  for (const layer of layers) assert.ok(layer in ALLOWED, `src/${layer} is not a layer of DESIGN.md's table`);

  const problems: string[] = [];
  for (const file of files) {
    const relPath = relative(SRC, file).split(sep).join("/");
    for (const spec of importSpecifiers(readFileSync(file, "utf8"))) {
      const problem = violation(relPath, spec);
      if (problem) problems.push(problem);
    }
  }
  assert.deepEqual(problems, [], `forbidden imports:\n${problems.join("\n")}`);
});
