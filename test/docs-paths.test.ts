/**
 * The docs that describe the code's shape (docs/architecture.md, docs/adding-a-control.md) name
 * only files that exist: a file renamed or split (`textfield.ts` → `text-field.ts`, a helper moved
 * to `client/controls/parts/`) fails here until the docs follow. A path with a folder is checked
 * from the repository's root (or from `src/`); a bare file name must name some file of the repo.
 * Templates (`<kebab-name>.ts`) and globs are not paths. The control list of the docs is held to
 * the exports by test/coming-from-flet.test.ts.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = ["docs/architecture.md", "docs/adding-a-control.md"];
const FOLDERS = ["src", "test", "scripts", "examples", "bench", "docs"];

/** Every file name under the repository's own folders. */
const names = new Set(
  FOLDERS.filter((folder) => existsSync(join(ROOT, folder))).flatMap((folder) =>
    readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name),
  ),
);

/** The file paths a doc names in backticks: `a/b.ts`, `dom-host.ts`, `docs/x.md`. */
function pathsIn(text: string): string[] {
  const found = new Set<string>();
  for (const [, code] of text.matchAll(/`([^`\n]+)`/g)) {
    for (const token of code!.split(/[\s,()]+/)) {
      if (/^[\w./-]+\.(ts|css|md|mjs|json)$/.test(token) && !token.includes("*")) found.add(token);
    }
  }
  return [...found];
}

function exists(path: string): boolean {
  if (!path.includes("/")) return names.has(path);
  return existsSync(join(ROOT, path)) || existsSync(join(ROOT, "src", path));
}

for (const doc of DOCS) {
  test(`${doc} names only files that exist`, () => {
    const paths = pathsIn(readFileSync(join(ROOT, doc), "utf8"));
    assert.ok(paths.length > 10, `expected the doc to name files, found ${paths.length}`);
    assert.deepEqual(paths.filter((path) => !exists(path)), [], `${basename(doc)} names files that are not there`);
  });
}

test("a renamed file is caught: the old renderer name is no path, the new one is", () => {
  assert.equal(exists("src/client/controls/textfield.ts"), false);
  assert.equal(exists("src/client/controls/text-field.ts"), true);
  assert.equal(exists("modal-surface.ts"), true);
  assert.deepEqual(pathsIn("see `src/client/controls/<kebab-name>.ts` and `dom-host.ts`, `a/b.ts`"), ["dom-host.ts", "a/b.ts"]);
});
