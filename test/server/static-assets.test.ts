/**
 * The client's assets over HTTP: ETags and 304, brotli or gzip when accepted (the same bytes once
 * decoded), a year's caching for content-hashed chunk names and revalidation for the rest; and
 * the frame-blocking headers.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { clientAssets } from "../../src/server/client-assets.js";
import { chooseEncoding } from "../../src/server/static-assets.js";
import { getPage, recordingLogger, startApp } from "./hostile-client.js";

test("assets carry an ETag and answer a matching If-None-Match with 304 and no body", async () => {
  const handle = await startApp({ logger: recordingLogger().logger });
  try {
    const first = await getPage(handle.port, "/_weft/weft.js");
    assert.equal(first.status, 200);
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers["cache-control"], "no-cache", "weft.js keeps its name, so it is revalidated");
    const again = await getPage(handle.port, "/_weft/weft.js", "127.0.0.1", { "If-None-Match": `"other", W/${etag}` });
    assert.equal(again.status, 304);
    assert.equal(again.body.byteLength, 0);
    assert.equal(again.headers.etag, etag);
    assert.equal((await getPage(handle.port, "/_weft/weft.js", "127.0.0.1", { "If-None-Match": '"stale"' })).status, 200);
  } finally {
    await handle.close();
  }
});

test("brotli or gzip when the client takes it: the same bytes once decoded, each with its own ETag", async () => {
  const handle = await startApp({ logger: recordingLogger().logger });
  try {
    const plain = await getPage(handle.port, "/_weft/weft.css");
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.headers.vary, "Accept-Encoding");
    const br = await getPage(handle.port, "/_weft/weft.css", "127.0.0.1", { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br");
    assert.ok(br.body.byteLength * 3 < plain.body.byteLength, `${br.body.byteLength} of ${plain.body.byteLength} bytes`);
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    const gz = await getPage(handle.port, "/_weft/weft.css", "127.0.0.1", { "Accept-Encoding": "gzip, br;q=0" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.deepEqual(gunzipSync(gz.body), plain.body);
    assert.equal(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size, 3);
    const font = await getPage(handle.port, "/_weft/fonts/roboto-latin-400-normal.woff2", "127.0.0.1", { "Accept-Encoding": "br" });
    assert.equal(font.headers["content-encoding"], undefined, "woff2 is compressed already");
  } finally {
    await handle.close();
  }
});

test("content-hashed chunks are cached for a year; every chunk's name carries its hash", async () => {
  const chunks = [...(await clientAssets()).keys()].filter((key) => key.startsWith("chunks/"));
  assert.ok(chunks.length > 0);
  const handle = await startApp({ logger: recordingLogger().logger });
  try {
    for (const chunk of chunks) {
      const response = await getPage(handle.port, `/_weft/${chunk}`);
      assert.equal(response.headers["cache-control"], "public, max-age=31536000, immutable", chunk);
    }
    assert.equal((await getPage(handle.port, "/_weft/weft.css")).headers["cache-control"], "no-cache");
  } finally {
    await handle.close();
  }
});

test("Accept-Encoding is read with its q-values", () => {
  assert.equal(chooseEncoding(undefined), undefined);
  assert.equal(chooseEncoding("identity"), undefined);
  assert.equal(chooseEncoding("gzip;q=0, br;q=0"), undefined);
  assert.equal(chooseEncoding("GZIP"), "gzip");
  assert.equal(chooseEncoding("br;q=0.1, gzip"), "br");
  assert.equal(chooseEncoding("*"), "gzip");
});

test("every response forbids framing by another site: frame-ancestors, and X-Frame-Options for older browsers", async () => {
  const handle = await startApp({ logger: recordingLogger().logger });
  try {
    for (const path of ["/", "/_weft/weft.js"]) {
      const response = await getPage(handle.port, path);
      assert.equal(response.headers["x-frame-options"], "DENY", path);
      assert.match(String(response.headers["content-security-policy"]), /frame-ancestors/);
    }
  } finally {
    await handle.close();
  }
});
