/**
 * The app's own assets (`assetsDir`, default `assets/` beside the app) under `/assets/`: files only,
 * never a listing, never outside the folder (dot files and symlinks out are refused), each with its
 * type, an ETag from size and mtime (a repeat visit is 304) and `Cache-Control: no-cache`, so an
 * edited asset shows on the next load. A single byte range is served as 206, so media can seek.
 */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, relative, sep, isAbsolute } from "node:path";
import { pipeline } from "node:stream/promises";
import { byteRange } from "./byte-range.js";

export const APP_ASSET_BASE = "/assets/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
  ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon", ".woff2": "font/woff2", ".woff": "font/woff",
  ".ttf": "font/ttf", ".otf": "font/otf", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".wav": "audio/wav",
  ".mp4": "video/mp4", ".webm": "video/webm", ".pdf": "application/pdf", ".wasm": "application/wasm",
};

/** The MIME type for a file name; `application/octet-stream` for one not known. */
export function assetType(name: string): string {
  return TYPES[extname(name).toLowerCase()] ?? "application/octet-stream";
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
}

/** Serves `rest` (the path after `/assets/`, still percent-encoded) from `dir`. */
export async function serveAppAsset(dir: string, rest: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return notFound(res);
  }
  const parts = decoded.split("/");
  // No traversal, no dot files, no backslashes or NULs, no empty parts (so no directory "index").
  if (parts.some((p) => p === "" || p.startsWith(".") || /[\\\0]/.test(p))) return notFound(res);
  let real: string;
  let root: string;
  try {
    root = await realpath(dir);
    real = await realpath(join(root, ...parts));
  } catch {
    return notFound(res);
  }
  const rel = relative(root, real);
  if (!rel || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return notFound(res);
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return notFound(res);
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers = { "Content-Type": assetType(real), ETag: etag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "Accept-Ranges": "bytes" };
  const match = req.headers["if-none-match"];
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const ifRange = req.headers["if-range"];
  const range = ifRange === undefined || ifRange === etag ? byteRange(req.headers.range, info.size) : undefined;
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...headers, "Content-Range": `bytes */${info.size}` }).end();
    return;
  }
  if (range) res.writeHead(206, { ...headers, "Content-Length": String(range.end - range.start + 1), "Content-Range": `bytes ${range.start}-${range.end}/${info.size}` });
  else res.writeHead(200, { ...headers, "Content-Length": String(info.size) });
  if (req.method === "HEAD") return void res.end();
  await pipeline(createReadStream(real, range), res).catch(() => res.destroy());
}
