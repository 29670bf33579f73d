/**
 * A stored client build (decision 0045) as a production server reads it: the large font is
 * streamed from disk, and every other file is read from disk at its first request (not at start,
 * so an idle server holds none of them; decision 0054), served with the ETag the build recorded.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readBuiltClient, writeBuiltClient, type BuiltClient } from "../../src/server/prebuilt-client.js";
import { contentTag, StaticAssets } from "../../src/server/static-assets.js";

const request = (headers: Record<string, string> = {}) => ({ headers }) as IncomingMessage;

test("a stored build's text files are read at their first request, with the ETag the build recorded; the font is streamed", async () => {
  const dir = await mkdtemp(join(tmpdir(), "weft-prebuilt-"));
  try {
    const code = new TextEncoder().encode("export const answer = 42;\n");
    const font = new Uint8Array(300 * 1024).fill(7);
    const built: BuiltClient = {
      assets: new Map([
        ["weft.js", { body: code, type: "text/javascript; charset=utf-8" }],
        ["fonts/icons.woff2", { body: font, type: "font/woff2" }],
      ]),
      startup: [],
      copied: [],
      boot: { source: "", hash: "" },
    };
    await writeBuiltClient(dir, built);
    const read = (await readBuiltClient(dir))!;
    const script = read.assets.get("weft.js")!;
    assert.equal(script.etag, contentTag(code), "the build recorded the tag");
    assert.equal(read.assets.get("fonts/icons.woff2")!.file?.size, font.byteLength, "the font is streamed from its file");

    // Changed on disk after the server read the build but before any request: the request sees
    // the file's bytes, so nothing of it was read at start.
    const later = new TextEncoder().encode("export const answer = 43;\n");
    await writeFile(join(dir, "weft.js"), later);
    const served = new StaticAssets(read.assets);
    const first = served.respond("weft.js", request())!;
    assert.deepEqual(Buffer.from(first.body), Buffer.from(later));
    assert.equal(first.headers.ETag, `"${contentTag(code)}"`, "the ETag is the recorded one");
    const again = served.respond("weft.js", request({ "if-none-match": first.headers.ETag! }))!;
    assert.equal(again.status, 304);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
