import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

test("the whole project type-checks under strict TypeScript (src, tests, examples, scripts)", () => {
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit"], { cwd: root, encoding: "utf8", timeout: 120_000 });
  assert.equal(result.status, 0, `tsc reported:\n${result.stdout}${result.stderr}`);
});
