/** page.download's single-use URLs and the app's /assets/: types, ETags, no listing, no traversal. */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { serveAppAsset } from "../../src/server/app-assets.js";
import { DownloadService } from "../../src/server/downloads.js";

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("latin1")));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("downloads and app assets", () => {
  let root: string;
  let assets: string;
  let server: Server;
  let port: number;
  let service: DownloadService;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), "weft-files-"));
    assets = join(root, "assets");
    await mkdir(join(assets, "img"), { recursive: true });
    await writeFile(join(assets, "img", "dot.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(assets, ".env"), "SECRET=1");
    await writeFile(join(root, "secret.txt"), "outside");
    await symlink(join(root, "secret.txt"), join(assets, "link.txt"));
    service = new DownloadService([assets]);
    server = createServer((req, res) => {
      const path = req.url!.split("?")[0]!;
      if (path.startsWith("/assets/")) void serveAppAsset(assets, path.slice(8), req, res);
      else service.handle(req, res, path.slice("/_weft/download/".length));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise((r) => server.close(r));
    await rm(root, { recursive: true, force: true });
  });

  it("serves bytes, a file and a stream once each, as attachments with safe names", async () => {
    const bytes = await service.issue(new Uint8Array([1, 2, 3]), { filename: "../../a\0b.bin" });
    const first = await get(port, bytes);
    assert.equal(first.status, 200);
    assert.equal(first.body, "\x01\x02\x03");
    assert.equal(first.headers["content-disposition"], `attachment; filename="a_b.bin"; filename*=UTF-8''a_b.bin`);
    assert.equal((await get(port, bytes)).status, 410, "a second request is refused");
    const file = await service.issue({ path: join(assets, "img", "dot.png") }, { mimeType: "image/png" });
    const png = await get(port, file);
    assert.deepEqual([png.status, png.headers["content-type"], png.headers["content-length"]], [200, "image/png", "4"]);
    assert.match(String(png.headers["content-disposition"]), /filename="dot.png"/);
    const stream = await service.issue(Readable.from([Buffer.from("ab"), Buffer.from("cd")]), { filename: "CON" });
    const streamed = await get(port, stream);
    assert.equal(streamed.body, "abcd");
    assert.match(String(streamed.headers["content-disposition"]), /filename="_CON"/);
  });

  it("refuses a path outside the allowed folders, also through a symlink", async () => {
    await assert.rejects(service.issue({ path: join(root, "secret.txt") }), { code: "download.refused" });
    await assert.rejects(service.issue({ path: join(assets, "img", "..", "..", "secret.txt") }), { code: "download.refused" });
    await assert.rejects(service.issue({ path: join(assets, "link.txt") }), { code: "download.refused" });
    await assert.rejects(service.issue(42), { code: "download.refused" });
  });

  it("serves assets with type and ETag, 304 on a repeat, and nothing else", async () => {
    const png = await get(port, "/assets/img/dot.png");
    assert.deepEqual([png.status, png.headers["content-type"], png.headers["cache-control"]], [200, "image/png", "no-cache"]);
    const again = await get(port, "/assets/img/dot.png", { "If-None-Match": String(png.headers.etag) });
    assert.equal(again.status, 304);
    for (const path of ["/assets/", "/assets/img", "/assets/img/", "/assets/.env", "/assets/../secret.txt", "/assets/%2e%2e/secret.txt", "/assets/img/..%2f..%2fsecret.txt", "/assets/link.txt", "/assets/img%5c..%5c..%5csecret.txt", "/assets/dot%00.png"]) {
      const answer = await get(port, path);
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(answer.body, /outside|SECRET/, path);
    }
  });

  it("serves one byte range as 206, so media can seek; a range past the end is 416", async () => {
    const part = await get(port, "/assets/img/dot.png", { Range: "bytes=1-2" });
    assert.deepEqual([part.status, part.headers["content-range"], part.headers["content-length"], part.body], [206, "bytes 1-2/4", "2", "PNG".slice(0, 2)]);
    assert.equal((await get(port, "/assets/img/dot.png", { Range: "bytes=2-" })).body, "NG");
    assert.equal((await get(port, "/assets/img/dot.png", { Range: "bytes=-1" })).body, "G");
    assert.equal((await get(port, "/assets/img/dot.png", { Range: "bytes=1-99" })).headers["content-range"], "bytes 1-3/4", "an end past the file stops at its last byte");
    const past = await get(port, "/assets/img/dot.png", { Range: "bytes=9-" });
    assert.deepEqual([past.status, past.headers["content-range"]], [416, "bytes */4"]);
    const whole = await get(port, "/assets/img/dot.png");
    assert.deepEqual([whole.status, whole.headers["accept-ranges"]], [200, "bytes"]);
    for (const range of ["bytes=0-1,2-3", "items=0-1", "bytes=3-1"]) assert.equal((await get(port, "/assets/img/dot.png", { Range: range })).status, 200, `${range}: the whole file`);
    const stale = await get(port, "/assets/img/dot.png", { Range: "bytes=1-2", "If-Range": '"old"' });
    assert.equal(stale.status, 200, "a range of an older version sends the whole new one");
  });
});
