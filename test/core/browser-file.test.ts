/**
 * `PickedFile`'s reads (src/core/controls/browser-file.ts) against a stand-in for the browser's
 * `read` call: chunk by chunk in 32 KB steps, the 100 MB bound of `bytes()`, a file that shrank.
 * Chromium drives the real thing in test/browser/file-reads.test.ts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { BrowserFile, MAX_READ_BYTES, READ_CHUNK_BYTES } from "../../src/core/controls/browser-file.js";
import { WeftError } from "../../src/core/index.js";

function fileOf(content: Buffer, size = content.length) {
  const reads: [number, number][] = [];
  const file = new BrowserFile({ id: 1, name: "a.bin", size, type: "" }, async (_id, offset, length) => {
    reads.push([offset, length]);
    return content.subarray(offset, offset + length).toString("base64");
  });
  return { file, reads };
}

test("bytes(), text() and stream() read in 32 KB steps", async () => {
  const content = Buffer.from(Array.from({ length: READ_CHUNK_BYTES * 2 + 5 }, (_, i) => i & 255));
  const { file, reads } = fileOf(content);
  assert.deepEqual(Buffer.from(await file.bytes()), content);
  assert.deepEqual(reads.map(([offset]) => offset), [0, READ_CHUNK_BYTES, READ_CHUNK_BYTES * 2], "three reads, each 32 KB further");
  let total = 0;
  const reader = file.stream().getReader();
  for (let step = await reader.read(); !step.done; step = await reader.read()) total += step.value.length;
  assert.equal(total, content.length);
  assert.equal(await fileOf(Buffer.from("héllo")).file.text(), "héllo");
  assert.deepEqual(JSON.parse(JSON.stringify(file)), { id: 1, name: "a.bin", size: content.length, type: "" }, "JSON holds the facts only");
});

test("bytes() refuses a file over 100 MB before reading, and says what to use", async () => {
  const { file, reads } = fileOf(Buffer.alloc(0), MAX_READ_BYTES + 1);
  await assert.rejects(file.bytes(), (e: unknown) => e instanceof WeftError && e.code === "upload.refused" && /stream\(\), or picker\.upload/.test(e.message));
  assert.equal(reads.length, 0);
});

test("a file that ends early (changed after it was picked) is an error, not a short read", async () => {
  const { file } = fileOf(Buffer.from("abc"), 10);
  await assert.rejects(file.bytes(), /ended at 3 of 10 bytes/);
});
