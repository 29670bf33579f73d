/**
 * The package as a user gets it: `npm pack` (which builds `dist/` through `prepack`), installed
 * offline from npm's cache into a temporary project holding only `weftjs` and `typescript`, then
 * `tsc --noEmit` under the strictest common flags on the control catalog (every control),. Nothing here
 * touches the repository's node_modules.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const STRICT = { strict: true, exactOptionalPropertyTypes: true, noPropertyAccessFromIndexSignature: true };
let dir = "";
let project = "";
let tarball = "";

function run(command: string, args: string[], cwd: string, timeout = 120_000): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout, env: { ...process.env, npm_config_update_notifier: "false" } });
  assert.equal(result.status, 0, `${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "weft-package-"));
  run("npm", ["pack", "--silent", "--pack-destination", dir], ROOT);
  tarball = join(dir, (await readdir(dir)).find((name) => name.endsWith(".tgz"))!);
  project = join(dir, "project");
  run("mkdir", ["-p", project], dir);
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "strict-app", private: true, type: "module" }));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", tarball, "typescript@5.9"], project);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("the tarball ships built .js and .d.ts with maps, and no tests, benchmarks or screenshots", () => {
  const files = run("tar", ["-tzf", tarball], dir).split("\n").filter(Boolean);
  assert.ok(files.includes("package/dist/index.js") && files.includes("package/dist/index.d.ts"));
  assert.ok(files.includes("package/dist/index.d.ts.map"));
  assert.deepEqual(files.filter((name) => /^package\/(test|bench|docs\/screenshots)\//.test(name) || name.endsWith(".test.ts")), []);
});

test("an app using every control type-checks under strict, exactOptionalPropertyTypes and noPropertyAccessFromIndexSignature", async () => {
  const catalog = await readFile(join(ROOT, "examples/controls.ts"), "utf8");
  await writeFile(join(project, "app.ts"), catalog.replace('from "../src/index.js"', 'from "weftjs"'));
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, ...STRICT }, include: ["app.ts"] }),
  );
  assert.ok(!catalog.includes("@types/"));
  run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], project);
});
