/** FileStore: records round-trip, bad ids are refused, and a process killed mid-write never leaves a torn record. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ErrorCode, FileStore, WeftError } from "../../src/index.js";

const WRITER = join(import.meta.dirname, "fixtures", "file-store-writer.ts");

test("FileStore loads what it saved, forgets what it removed, and refuses ids that are not plain names", async () => {
  const dir = mkdtempSync(join(tmpdir(), "weft-store-"));
  try {
    const store = new FileStore(dir);
    assert.equal(await store.load("a"), undefined);
    await store.save("a", { n: 1, list: [1, "two"] });
    assert.deepEqual(await new FileStore(dir).load("a"), { n: 1, list: [1, "two"] });
    await store.remove("a");
    assert.equal(await store.load("a"), undefined);
    for (const bad of ["../escape", "a/b", "", ".hidden"]) {
      await assert.rejects(store.save(bad, {}), (e: unknown) => e instanceof WeftError && e.code === ErrorCode.userStorage);
    }
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a writer killed (SIGKILL) at random moments mid-save leaves the last whole record, never a torn one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "weft-store-"));
  try {
    let lastN = 0;
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ["--import", "tsx", WRITER, dir], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.once("data", () => resolve());
        child.once("exit", (code) => reject(new Error(`writer exited early (${code})`)));
      });
      await new Promise((r) => setTimeout(r, 40 + round * 37));
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      const record = (await new FileStore(dir).load("record")) as { n: number; pad: string; length: number } | undefined;
      assert.ok(record, `round ${round}: some record was saved before the kill`);
      assert.equal(record.pad.length, record.length, "the record is whole");
      assert.ok(record.n >= 1);
      lastN = record.n;
      assert.deepEqual(readdirSync(dir), ["record.json"], "a cut-short temporary file is cleared when the store opens");
    }
    assert.ok(lastN > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
