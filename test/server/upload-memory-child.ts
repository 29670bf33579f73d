/** Child for upload-memory.test.ts: streams 1 GB through the upload endpoint and prints peak RSS growth in MB. */
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { UPLOAD_KEY_HEADER, UploadService } from "../../src/server/uploads.js";

const SIZE = 1024 * 1024 * 1024;
const CHUNK = 8 * 1024 * 1024;
let seen = 0;
const service = new UploadService({ kind: "handler", handler: async (stream) => { for await (const c of stream) seen += (c as Buffer).length; } }, { maxFileBytes: SIZE, maxSessionBytes: SIZE });
const server = createServer((req, res) => {
  const url = new URL(req.url!, "http://x");
  service.handle(req, res, url.pathname.slice("/_weft/upload/".length), url.searchParams);
});
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const port = (server.address() as AddressInfo).port;
const [issued] = service.issue("k", "s", [{ name: "big.bin", size: SIZE }]);
const block = Buffer.alloc(64 * 1024, 7);
const base = process.memoryUsage().rss;
let peak = base;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
for (let offset = 0; offset < SIZE; offset += CHUNK) {
  await new Promise<void>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "PUT", path: `${issued!.url}?offset=${offset}`, headers: { [UPLOAD_KEY_HEADER]: "k", "Content-Length": String(CHUNK) } }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on("error", reject);
    let sent = 0;
    const pump = () => {
      while (sent < CHUNK) {
        sent += block.length;
        if (!req.write(block)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}
clearInterval(timer);
process.stdout.write(JSON.stringify({ seen, growthMb: (peak - base) / 1024 / 1024 }));
server.close();
await service.close();
