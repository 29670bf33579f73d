/**
 * Decision 0012, enforced: the server runs its sources through tsx, which compiles them with
 * esbuild's `keepNames`. Every function whose name comes from where it is written (`const f = () =>`,
 * `{ key: () => … }`, a class field `f = () => …`, a nested `function f`) then gets its name set by
 * a `__name(f, "f")` call each time it is created: a `defineProperty` and a 256-byte property array
 * per closure. Code that runs per session, per control or per update (`core`, `protocol`, the
 * socket transport) must not create such closures; this test compiles each file the way tsx does
 * and fails on any `__name` call that is not at module level.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import ts from "typescript";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CHECKED = ["src/core", "src/protocol", "src/server/ws-connection.ts"];

function sourcesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (full.endsWith(".ts")) return [full];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs on every call of its enclosing code (not once, at module or class definition). */
function perCall(node: ts.Node): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isClassStaticBlockDeclaration(at)) return false;
    if (ts.isFunctionLike(at)) return true;
    if (ts.isPropertyDeclaration(at) && !at.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return true;
  }
  return false;
}

/** `__name(…, "x")` calls in compiled `code` that run per call, as "line: x". */
function namedPerCall(code: string): string[] {
  const file = ts.createSourceFile("compiled.js", code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "__name" && perCall(node)) {
      const name = node.arguments[1];
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${line}: ${name && ts.isStringLiteral(name) ? name.text : "?"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Compiles TypeScript as tsx does. */
function compile(source: string): string {
  return transformSync(source, { loader: "ts", format: "esm", target: "node20", keepNames: true }).code;
}

test("per-session code creates no closure that tsx would name on every call (decision 0012)", () => {
  const files = CHECKED.flatMap(sourcesUnder);
  assert.ok(files.length > 20, `found only ${files.length} files to check`);
  const offenders = files.flatMap((path) => namedPerCall(compile(readFileSync(path, "utf8"))).map((hit) => `${relative(ROOT, path)} (compiled line ${hit})`));
  assert.deepEqual(offenders, [], "write these as methods (`{ m() {} }`), class methods, or unnamed arguments instead");
});

test("the check finds what it looks for", () => {
  const code = compile("export function f() { const g = () => 1; return { h: () => g() }; }\nconst top = () => 1;\nclass C { k = () => 1; m() {} }");
  assert.deepEqual(namedPerCall(code).map((hit) => hit.split(": ")[1]).sort(), ["g", "h", "k"]);
});
