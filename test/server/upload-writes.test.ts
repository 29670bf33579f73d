/**
 * How an upload reaches the disk: the part file buffers what arrives during a write, so a file
 * read from the socket in 64 KB pieces goes out in far fewer writes than pieces (each write is a
 * trip through the thread pool, and each pause a stop and start of the socket).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, describe, it } from "node:test";
import { UploadSlot } from "../../src/server/upload-slot.js";

const PIECE = 64 * 1024;
const PIECES = 256;

describe("upload writes", () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), "weft-up-writes-"))));
  after(() => rm(dir, { recursive: true, force: true }));

  it("writes 16 MB that arrived in 64 KB pieces in at most one write per 512 KB", async () => {
    const slot = new UploadSlot("t", "k", { name: "big.bin", size: PIECE * PIECES, type: "", sessionId: "s" }, { kind: "dir", dir }, 60_000);
    const body = new PassThrough();
    const expected = Buffer.alloc(PIECE * PIECES);
    for (let i = 0; i < PIECES; i++) {
      const piece = Buffer.alloc(PIECE, i & 255);
      piece.copy(expected, i * PIECE);
      body.write(piece);
    }
    body.end();
    const counted = { write: 0, writev: 0 };
    const { write, writev } = fs;
    fs.write = ((...args: Parameters<typeof write>) => (counted.write++, (write as (...a: unknown[]) => void)(...args))) as typeof write;
    fs.writev = ((...args: Parameters<typeof writev>) => (counted.writev++, (writev as (...a: unknown[]) => void)(...args))) as typeof writev;
    let got: number;
    try {
      got = await slot.append(body, PIECE * PIECES);
    } finally {
      fs.write = write;
      fs.writev = writev;
    }
    assert.equal(got, PIECE * PIECES);
    const name = await slot.finish();
    assert.ok((await readFile(join(dir, name))).equals(expected), "the stored bytes are the ones sent, in order");
    const writes = counted.write + counted.writev;
    assert.ok(writes > 0, "the writes were counted");
    assert.ok(writes <= (PIECE * PIECES) / (512 * 1024), `${PIECES} pieces took ${writes} writes (${counted.write} write, ${counted.writev} writev)`);
  });
});
