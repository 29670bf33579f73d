/**
 * `page.download(...)` on the server: bytes, a file or a stream behind a single-use URL that
 * answers once, with `Content-Disposition: attachment` and a safe name. A path must lie inside the
 * allowed folder (`uploadDir` or `assetsDir`), after resolving symlinks.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ErrorCode, WeftError } from "../core/index.js";
import { attachmentHeader, safeFileName } from "./file-names.js";

export const DOWNLOAD_BASE = "/_weft/download/";

import type { DownloadOptions, DownloadSource } from "../core/page-download.js";

interface Pending {
  open: () => Promise<{ body: Readable; size?: number }>;
  filename: string;
  mimeType: string;
  expires: number;
}

/** Whether `path` (resolved) lies inside one of `roots`. */
async function inside(path: string, roots: readonly string[]): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return undefined;
  }
  for (const root of roots) {
    let realRoot: string;
    try {
      realRoot = await realpath(root);
    } catch {
      continue;
    }
    const rel = relative(realRoot, real);
    if (rel && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel)) return real;
  }
  return undefined;
}

function isSource(value: unknown): value is DownloadSource {
  if (value instanceof Uint8Array || typeof value === "string") return true;
  if (typeof value !== "object" || value === null) return false;
  return Symbol.asyncIterator in value || typeof (value as { path?: unknown }).path === "string" || typeof (value as ReadableStream).getReader === "function";
}

export class DownloadService {
  readonly #pending = new Map<string, Pending>();

  constructor(
    readonly roots: readonly string[],
    readonly ttlMs = 60_000,
  ) {}

  /** Registers `source` and resolves to its single-use URL; refuses (`download.refused`) a path outside the roots. */
  async issue(source: unknown, options: DownloadOptions = {}): Promise<string> {
    if (!isSource(source)) throw new WeftError(ErrorCode.downloadRefused, "page.download() takes bytes, text, { path }, or a stream");
    let open: Pending["open"];
    let fallback = "download";
    if (source instanceof Uint8Array || typeof source === "string") {
      const bytes = typeof source === "string" ? Buffer.from(source) : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
      open = async () => ({ body: Readable.from([bytes]), size: bytes.byteLength });
    } else if (Symbol.asyncIterator in source) {
      const iterable = source;
      open = async () => ({ body: iterable instanceof Readable ? iterable : Readable.from(iterable) });
    } else if ("path" in source) {
      const real = await inside(resolve(source.path), this.roots);
      if (!real || !(await stat(real)).isFile()) {
        throw new WeftError(ErrorCode.downloadRefused, `page.download() may only send a file inside ${this.roots.join(" or ") || "an allowed folder (set uploadDir or assetsDir)"}: ${source.path}`);
      }
      fallback = real.split(sep).pop() ?? fallback;
      open = async () => ({ body: createReadStream(real), size: (await stat(real)).size });
    } else {
      const stream = source;
      open = async () => ({ body: Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>) });
    }
    const token = randomBytes(24).toString("base64url");
    const filename = safeFileName(options.filename ?? fallback, "download");
    this.#pending.set(token, { open, filename, mimeType: options.mimeType ?? "application/octet-stream", expires: Date.now() + this.ttlMs });
    return `${DOWNLOAD_BASE}${token}`;
  }

  /** Serves the download at token `rest` once; a second request is 410. */
  handle(req: IncomingMessage, res: ServerResponse, rest: string): void {
    const pending = this.#pending.get(rest);
    this.#pending.delete(rest);
    if (!pending || Date.now() > pending.expires) {
      res.writeHead(410, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end("This download link was already used or has expired.\n");
      return;
    }
    void (async () => {
      const { body, size } = await pending.open();
      const headers: Record<string, string> = {
        "Content-Type": pending.mimeType,
        "Content-Disposition": attachmentHeader(pending.filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      };
      if (size !== undefined) headers["Content-Length"] = String(size);
      res.writeHead(200, headers);
      if (req.method === "HEAD") return void res.end();
      await pipeline(body, res);
    })().catch(() => res.destroy());
  }
}
