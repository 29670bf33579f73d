/**
 * What `weft run --watch` watches: the app's import chain (esbuild's metafile, packages left
 * out) and, on a syntax error, the file and place of the error; and the debounced folder watcher.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { appInputs, formatProblem } from "../src/cli/app-inputs.js";
import { FileWatcher } from "../src/cli/file-watcher.js";

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function tempApp(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "weft-watch-"));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), text);
  }
  return folder;
}

test("appInputs lists the entry and the local files it imports, not packages or built-ins", async () => {
  const dir = await tempApp({
    "app.ts": `import { greet } from "./lib/greet.js";\nimport { readFileSync } from "node:fs";\nimport "some-package";\nconsole.log(greet(), readFileSync);\n`,
    "unused.ts": "export const x = 1;\n",
    "lib/greet.ts": `import { name } from "./name.js";\nexport function greet() { return "hi " + name; }\n`,
    "lib/name.ts": `export const name = "you";\n`,
  });
  const inputs = await appInputs(join(dir, "app.ts"), dir);
  assert.equal(inputs.ok, true);
  assert.deepEqual([...inputs.files].sort(), [join(dir, "app.ts"), join(dir, "lib", "greet.ts"), join(dir, "lib", "name.ts")].sort());
});

test("appInputs reports a syntax error with its file, line and column, and still names the file", async () => {
  const dir = await tempApp({
    "app.ts": `import { value } from "./broken.js";\nconsole.log(value);\n`,
    "broken.ts": `export const ok = 1;\nexport const value = ;\n`,
  });
  const inputs = await appInputs(join(dir, "app.ts"), dir);
  assert.equal(inputs.ok, false);
  if (inputs.ok) return;
  assert.equal(inputs.problem.file, join(dir, "broken.ts"));
  assert.equal(inputs.problem.line, 2);
  assert.equal(inputs.problem.column, 22);
  assert.match(inputs.problem.message, /Unexpected ";"/);
  assert.ok(inputs.files.includes(join(dir, "app.ts")) && inputs.files.includes(join(dir, "broken.ts")));
  assert.equal(formatProblem(inputs.problem, dir), 'broken.ts:2:22: Unexpected ";"');
});

test("FileWatcher reports a burst of writes once, sees a save by rename, and ignores other files", async () => {
  const dir = await tempApp({ "a.ts": "1", "b.ts": "2", "other.ts": "3" });
  const calls: string[][] = [];
  let notify: () => void = () => {};
  const watcher = new FileWatcher((files) => {
    calls.push(files.map((file) => file.slice(dir.length + 1)).sort());
    notify();
  }, 80);
  try {
    watcher.watch([join(dir, "a.ts"), join(dir, "b.ts")]);
    const first = new Promise<void>((resolve) => (notify = resolve));
    await writeFile(join(dir, "other.ts"), "changed");
    for (let i = 0; i < 5; i++) await writeFile(join(dir, "a.ts"), `write ${i}`);
    await writeFile(join(dir, "b.ts"), "changed");
    await withTimeout(first, "the first change");
    assert.deepEqual(calls, [["a.ts", "b.ts"]]);

    const second = new Promise<void>((resolve) => (notify = resolve));
    await writeFile(join(dir, "a.ts.tmp"), "saved by rename");
    await rename(join(dir, "a.ts.tmp"), join(dir, "a.ts"));
    await withTimeout(second, "the rename");
    assert.deepEqual(calls[1], ["a.ts"]);
  } finally {
    watcher.close();
  }
});

function withTimeout(promise: Promise<void>, what: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no report of ${what} within 5 s`)), 5000)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
