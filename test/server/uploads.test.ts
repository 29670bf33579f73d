/** Hostile requests against the upload endpoint: each refused with its status, nothing left on disk. */
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { UPLOAD_KEY_HEADER, UploadService, type UploadLimits } from "../../src/server/uploads.js";
import { safeFileName } from "../../src/server/file-names.js";

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

function send(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer | ((req: import("node:http").ClientRequest) => void)): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString() || "{}") }));
    });
    req.on("error", reject);
    if (typeof body === "function") body(req);
    else req.end(body);
  });
}

async function start(dir: string, limits: Partial<UploadLimits> = {}) {
  const service = new UploadService({ kind: "dir", dir }, limits);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    service.handle(req, res, url.pathname.slice("/_weft/upload/".length), url.searchParams);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const put = (url: string, key: string, bytes: Buffer, offset = 0) =>
    send(port, "PUT", `${url}?offset=${offset}`, { [UPLOAD_KEY_HEADER]: key, "Content-Length": String(bytes.length) }, bytes);
  return { service, server, port, put, stop: async () => (await service.close(), await new Promise((r) => server.close(r))) };
}

describe("upload endpoint", () => {
  let dir: string;
  let outside: string;
  before(async () => {
    outside = await mkdtemp(join(tmpdir(), "weft-up-"));
    dir = join(outside, "uploads");
    await import("node:fs/promises").then((fs) => fs.mkdir(dir));
  });
  after(() => rm(outside, { recursive: true, force: true }));

  it("stores a file in chunks under a sanitised name, and refuses a replay", async () => {
    const app = await start(dir, { maxChunkBytes: 4 });
    const [issued] = app.service.issue("k1", "s1", [{ name: "../../notes.txt", size: 10 }]);
    assert.equal(issued!.name, "notes.txt");
    assert.deepEqual((await app.put(issued!.url, "k1", Buffer.from("0123"))).body, { received: 4 });
    const resumed = await send(app.port, "GET", issued!.url, { [UPLOAD_KEY_HEADER]: "k1" });
    assert.equal(resumed.body.received, 4);
    assert.equal((await app.put(issued!.url, "k1", Buffer.from("4567"), 0)).status, 409, "a chunk at the wrong offset");
    await app.put(issued!.url, "k1", Buffer.from("4567"), 4);
    const last = await app.put(issued!.url, "k1", Buffer.from("89"), 8);
    assert.deepEqual(last.body, { received: 10, done: true, name: "notes.txt" });
    assert.equal(await readFile(join(dir, "notes.txt"), "utf8"), "0123456789");
    const replay = await app.put(issued!.url, "k1", Buffer.from("89"), 8);
    assert.equal(replay.status, 410);
    assert.equal(replay.body.error, "upload.used");
    assert.deepEqual(await readdir(outside), ["uploads"], "nothing outside uploadDir");
    await app.stop();
    await rm(join(dir, "notes.txt"));
  });

  it("takes the whole file in one request past maxChunkBytes, but no other piece that large", async () => {
    const app = await start(dir, { maxChunkBytes: 4 });
    const [whole, pieces] = app.service.issue("k2", "s2", [{ name: "whole.txt", size: 10 }, { name: "pieces.txt", size: 10 }]);
    assert.deepEqual((await app.put(whole!.url, "k2", Buffer.from("0123456789"))).body, { received: 10, done: true, name: "whole.txt" });
    assert.equal(await readFile(join(dir, "whole.txt"), "utf8"), "0123456789");
    const first = await app.put(pieces!.url, "k2", Buffer.from("0123456"));
    assert.deepEqual([first.status, first.body.error], [413, "upload.chunk"], "7 of 10 bytes is a chunk, over the 4-byte limit");
    await app.put(pieces!.url, "k2", Buffer.from("0123"));
    const rest = await app.put(pieces!.url, "k2", Buffer.from("456789"), 4);
    assert.deepEqual([rest.status, rest.body.error], [413, "upload.chunk"], "the rest after a resume goes in chunks");
    await app.stop();
    await rm(join(dir, "whole.txt"));
  });

  it("refuses a foreign session, an expired URL, an unknown token and a body larger than announced", async () => {
    const app = await start(dir, { ttlMs: 50 });
    const [a, b] = app.service.issue("mine", "s1", [{ name: "a.bin", size: 4 }, { name: "b.bin", size: 4 }]);
    const foreign = await app.put(a!.url, "theirs", Buffer.from("abcd"));
    assert.deepEqual([foreign.status, foreign.body.error], [403, "upload.foreign"]);
    const larger = await app.put(a!.url, "mine", Buffer.from("abcdef"));
    assert.deepEqual([larger.status, larger.body.error], [413, "upload.too-large"]);
    await new Promise((r) => setTimeout(r, 80));
    const expired = await app.put(b!.url, "mine", Buffer.from("abcd"));
    assert.deepEqual([expired.status, expired.body.error], [410, "upload.expired"]);
    const unknown = await app.put("/_weft/upload/nope", "mine", Buffer.from("x"));
    assert.equal(unknown.status, 404);
    assert.deepEqual(await readdir(dir), [], "nothing left on disk");
    await app.stop();
  });

  it("refuses a batch over the per-file, per-session and files-per-request limits", async () => {
    const app = await start(dir, { maxFileBytes: 100, maxSessionBytes: 150, maxFilesPerRequest: 2 });
    assert.throws(() => app.service.issue("k", "s", [{ name: "big", size: 101 }]), { code: "upload.refused", message: /limit is/ });
    assert.throws(() => app.service.issue("k", "s", [1, 2, 3].map((n) => ({ name: `${n}`, size: 1 }))), { code: "upload.refused", message: /at most 2 files/ });
    app.service.issue("k", "s", [{ name: "a", size: 100 }]);
    assert.throws(() => app.service.issue("k", "s", [{ name: "b", size: 60 }]), { code: "upload.refused", message: /session's upload limit/ });
    app.service.issue("other", "s2", [{ name: "b", size: 60 }]);
    await app.stop();
  });

  it("cuts a slow drip after the idle timeout, keeps what arrived for a resume, and cancel removes it", async () => {
    const app = await start(dir, { idleTimeoutMs: 150 });
    const [issued] = app.service.issue("k", "s", [{ name: "drip.bin", size: 100 }]);
    const cut = await send(app.port, "PUT", `${issued!.url}?offset=0`, { [UPLOAD_KEY_HEADER]: "k", "Content-Length": "100" }, (req) => req.write(Buffer.alloc(10))).catch((e: Error) => e);
    assert.ok(cut instanceof Error || cut.status === 408, "the drip is cut");
    const state = await send(app.port, "GET", issued!.url, { [UPLOAD_KEY_HEADER]: "k" });
    assert.equal(state.body.received, 10);
    assert.equal((await readdir(dir)).length, 1, "the part file waits for a resume");
    const cancel = await send(app.port, "DELETE", issued!.url, { [UPLOAD_KEY_HEADER]: "k" });
    assert.equal(cancel.status, 200);
    assert.deepEqual(await readdir(dir), [], "cancel leaves nothing");
    await app.stop();
  });

  it("limits parallel uploads from one session", async () => {
    const app = await start(dir, { maxParallel: 4, maxSessionBytes: 10_000, idleTimeoutMs: 2000 });
    const urls = [0, 1, 2, 3, 4].flatMap((batch) => app.service.issue("k", "s", Array.from({ length: 20 }, (_, i) => ({ name: `p${batch}-${i}`, size: 100 }))));
    assert.equal(urls.length, 100);
    const opened: import("node:http").ClientRequest[] = [];
    const replies = urls.map((u) =>
      send(app.port, "PUT", `${u.url}?offset=0`, { [UPLOAD_KEY_HEADER]: "k", "Content-Length": "100" }, (req) => {
        opened.push(req);
        req.write(Buffer.alloc(50));
      }).catch(() => ({ status: 0, body: {} })),
    );
    await new Promise((r) => setTimeout(r, 500));
    for (const req of opened) req.end(Buffer.alloc(50));
    const statuses = (await Promise.all(replies)).map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 4, "four ran at once");
    assert.equal(statuses.filter((s) => s === 429).length, 96, "the rest were told 429");
    await app.stop();
    await rm(dir, { recursive: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(dir));
  });
});

describe("safeFileName", () => {
  it("never lets a client's name escape or name a device", () => {
    assert.equal(safeFileName("../../x"), "x");
    assert.equal(safeFileName("..\\x"), "x");
    assert.equal(safeFileName("%2e%2e%2fx"), "%2e%2e%2fx");
    assert.equal(safeFileName(".."), "file");
    assert.equal(safeFileName("a\0b.txt"), "a_b.txt");
    assert.equal(safeFileName("CON"), "_CON");
    assert.equal(safeFileName("lpt1.txt"), "_lpt1.txt");
    assert.equal(safeFileName(".htaccess"), "htaccess");
    assert.equal(safeFileName("report. "), "report");
    const long = safeFileName(`${"é".repeat(300)}.pdf`);
    assert.ok(Buffer.byteLength(long) <= 200 && long.endsWith(".pdf"), long);
    assert.equal(safeFileName(undefined), "file");
  });
});
