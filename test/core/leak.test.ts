import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

test("1,000 sessions opened, used, dropped and expired: the heap returns to within 10% of where it started", () => {
  const probe = fileURLToPath(new URL("./fixtures/leak-probe.ts", import.meta.url));
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", probe], { encoding: "utf8", timeout: 120_000 });
  assert.equal(result.status, 0, result.stderr);
  const { before, after, sessionsLeft } = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { before: number; after: number; sessionsLeft: number };
  assert.equal(sessionsLeft, 0);
  assert.ok(after <= before * 1.1, `heap went from ${(before / 1e6).toFixed(1)} MB to ${(after / 1e6).toFixed(1)} MB`);
});
