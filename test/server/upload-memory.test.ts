/** Memory stays bounded while 1 GB streams through an upload (a generated stream, in a child process). */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { test } from "node:test";
import { promisify } from "node:util";

test("a 1 GB upload streams with bounded memory", { timeout: 120_000 }, async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", new URL("./upload-memory-child.ts", import.meta.url).pathname], { timeout: 110_000 });
  const { seen, growthMb } = JSON.parse(stdout) as { seen: number; growthMb: number };
  assert.equal(seen, 1024 * 1024 * 1024, "every byte reached the handler");
  assert.ok(growthMb < 64, `RSS grew by ${growthMb.toFixed(1)} MB while 1024 MB streamed`);
});
