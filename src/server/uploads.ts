/**
 * Uploads over HTTP, never the WebSocket (docs/decisions/0028-files-bound-pickers-and-chunked-uploads.md). A
 * session asks `issue()` for one URL per file; each is a random single-use token bound to that
 * session's key, the announced size and a short TTL (renewed by each chunk). The browser PUTs the
 * file in chunks (`?offset=`); `GET` tells how much arrived (a dropped connection resumes there),
 * `DELETE` cancels. Refusals are specific statuses and leave nothing on disk.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode, WeftError } from "../core/index.js";
import { safeFileName } from "./file-names.js";
import { UploadSlot, type Sink, type UploadInfo } from "./upload-slot.js";

export const UPLOAD_BASE = "/_weft/upload/";
/** The header that carries the session's upload key (the URL alone is not enough). */
export const UPLOAD_KEY_HEADER = "x-weft-upload-key";

/** Limits on uploads; every one is an app option. */
export interface UploadLimits {
  /** Largest file, in bytes. Default 104 857 600 (100 MB). */
  maxFileBytes: number;
  /** Most bytes one session may upload in all, in bytes. Default 104 857 600 (100 MB). */
  maxSessionBytes: number;
  /** Most files one `upload()` may send. Default 20. */
  maxFilesPerRequest: number;
  /** Chunks one session may be sending at once; more are answered 429. Default 4. */
  maxParallel: number;
  /** How long a signed URL stays good without a chunk arriving, in ms. Default 60 000. */
  ttlMs: number;
  /** A chunk that sends nothing for this long is cut, in ms. Default 15 000. */
  idleTimeoutMs: number;
  /** Largest chunk, in bytes, unless one request carries the whole file. Default 33 554 432 (32 MB). */
  maxChunkBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxSessionBytes: 100 * 1024 * 1024,
  maxFilesPerRequest: 20,
  maxParallel: 4,
  ttlMs: 60_000,
  idleTimeoutMs: 15_000,
  maxChunkBytes: 32 * 1024 * 1024,
};

/** A file a session wants to upload, as the browser described it. */
export interface UploadRequest {
  name: string;
  size: number;
  type?: string;
}

/** One signed URL, for one file. */
export interface IssuedUpload {
  /** Path and token to PUT the file to (relative to the server). */
  url: string;
  /** The name the file will be stored under (before any ` (2)` for a clash). */
  name: string;
}

const JSON_TYPE = "application/json; charset=utf-8";

function answer(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": JSON_TYPE, "Content-Length": Buffer.byteLength(text), "Cache-Control": "no-store" });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.setHeader("Connection", "close");
  answer(res, status, { error: code, message });
}

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

interface SessionBudget {
  issuedBytes: number;
  active: number;
}

export class UploadService {
  readonly limits: UploadLimits;
  readonly #slots = new Map<string, UploadSlot>();
  /** Tokens that finished, were cancelled or expired: a replay is told so (410), not "unknown". */
  readonly #spent = new Map<string, { until: number; expired: boolean }>();
  readonly #budgets = new Map<string, SessionBudget>();
  readonly #sweep: NodeJS.Timeout;

  constructor(
    readonly sink: Sink,
    limits: Partial<UploadLimits> = {},
  ) {
    this.limits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
    this.#sweep = setInterval(() => void this.#expire(), Math.min(this.limits.ttlMs, 10_000));
    this.#sweep.unref();
  }

  #budget(sessionKey: string): SessionBudget {
    let budget = this.#budgets.get(sessionKey);
    if (!budget) this.#budgets.set(sessionKey, (budget = { issuedBytes: 0, active: 0 }));
    return budget;
  }

  /** Signs one URL per file for `sessionKey`; refuses (`upload.refused`) a batch over a limit. */
  issue(sessionKey: string, sessionId: string, files: readonly UploadRequest[]): IssuedUpload[] {
    const { maxFilesPerRequest, maxFileBytes, maxSessionBytes } = this.limits;
    if (files.length > maxFilesPerRequest) {
      throw new WeftError(ErrorCode.uploadRefused, `at most ${maxFilesPerRequest} files may be uploaded at once, not ${files.length}`);
    }
    const budget = this.#budget(sessionKey);
    let total = 0;
    for (const file of files) {
      if (!Number.isSafeInteger(file.size) || file.size < 0) throw new WeftError(ErrorCode.uploadRefused, `a file's size must be a whole number of bytes, got ${file.size}`);
      if (file.size > maxFileBytes) {
        throw new WeftError(ErrorCode.uploadRefused, `${safeFileName(file.name)} is ${mb(file.size)}; the limit is ${mb(maxFileBytes)} per file`);
      }
      total += file.size;
    }
    if (budget.issuedBytes + total > maxSessionBytes) {
      throw new WeftError(ErrorCode.uploadRefused, `these files (${mb(total)}) would pass this session's upload limit of ${mb(maxSessionBytes)}`);
    }
    budget.issuedBytes += total;
    return files.map((file) => {
      const token = randomBytes(24).toString("base64url");
      const info: UploadInfo = { name: safeFileName(file.name), size: file.size, type: typeof file.type === "string" ? file.type.slice(0, 200) : "", sessionId };
      this.#slots.set(token, new UploadSlot(token, sessionKey, info, this.sink, this.limits.ttlMs));
      return { url: `${UPLOAD_BASE}${token}`, name: info.name };
    });
  }

  /** Serves a request under `UPLOAD_BASE`; `rest` is the path after it, `search` its query. */
  handle(req: IncomingMessage, res: ServerResponse, rest: string, search: URLSearchParams): void {
    const slot = this.#slots.get(rest);
    if (!slot) {
      const spent = this.#spent.get(rest);
      if (spent?.expired) refuse(res, 410, "upload.expired", "This upload URL has expired.");
      else if (spent) refuse(res, 410, "upload.used", "This upload URL was already used or cancelled.");
      else refuse(res, 404, "upload.unknown", "No such upload URL.");
      return;
    }
    const key = req.headers[UPLOAD_KEY_HEADER];
    if (typeof key !== "string" || !sameKey(key, slot.sessionKey)) {
      refuse(res, 403, "upload.foreign", "This upload URL belongs to another session.");
      return;
    }
    if (Date.now() > slot.expires) {
      void this.#retire(slot, "expired");
      refuse(res, 410, "upload.expired", "This upload URL has expired.");
      return;
    }
    if (req.method === "GET" || req.method === "HEAD") return answer(res, 200, { received: slot.received, size: slot.info.size });
    if (req.method === "DELETE") {
      void this.#retire(slot, "cancelled").then(() => answer(res, 200, { cancelled: true }));
      return;
    }
    if (req.method !== "PUT") return refuse(res, 405, "upload.method", "Use PUT, GET or DELETE.");
    void this.#chunk(req, res, slot, search);
  }

  async #chunk(req: IncomingMessage, res: ServerResponse, slot: UploadSlot, search: URLSearchParams): Promise<void> {
    const offset = Number(search.get("offset") ?? "0");
    const header = req.headers["content-length"];
    const length = header === undefined ? NaN : Number(header);
    if (!Number.isSafeInteger(length) || length < 0) return refuse(res, 411, "upload.length", "A chunk needs a Content-Length.");
    if (offset !== slot.received) return refuse(res, 409, "upload.offset", `The upload is at byte ${slot.received}, not ${offset}; resume from there.`);
    if (offset + length > slot.info.size) {
      await this.#retire(slot, "too large");
      return refuse(res, 413, "upload.too-large", `The body is larger than the ${slot.info.size} bytes announced; the upload is refused.`);
    }
    // The whole file in one request is allowed (the browser's fastest path); pieces are chunks.
    const whole = offset === 0 && length === slot.info.size;
    if (length > this.limits.maxChunkBytes && !whole) return refuse(res, 413, "upload.chunk", `A chunk may hold at most ${this.limits.maxChunkBytes} bytes.`);
    const budget = this.#budget(slot.sessionKey);
    if (slot.active) return refuse(res, 409, "upload.busy", "A chunk of this upload is already arriving.");
    if (budget.active >= this.limits.maxParallel) return refuse(res, 429, "upload.parallel", `At most ${this.limits.maxParallel} uploads may run at once.`);
    slot.active = true;
    budget.active++;
    const idle = setTimeout(() => req.destroy(new Error("idle")), this.limits.idleTimeoutMs);
    req.on("data", () => idle.refresh());
    try {
      const got = await slot.append(req, length);
      if (got !== length) throw new Error("short chunk");
      slot.expires = Date.now() + this.limits.ttlMs;
      if (slot.received < slot.info.size) return answer(res, 200, { received: slot.received });
      this.#slots.delete(slot.token);
      this.#spend(slot.token);
      const stored = await slot.finish();
      answer(res, 200, { received: slot.received, done: true, name: stored });
    } catch (error) {
      // A cut connection keeps what arrived (the browser resumes); a failing handler ends the upload.
      if (slot.received >= slot.info.size || !this.#slots.has(slot.token)) {
        await slot.discard("failed");
        if (!res.headersSent && !res.destroyed) refuse(res, 500, "upload.failed", `The upload could not be stored: ${(error as Error).message}`);
      } else if (!res.destroyed) refuse(res, 408, "upload.cut", `The chunk was cut at byte ${slot.received}; resume from there.`);
    } finally {
      clearTimeout(idle);
      slot.active = false;
      budget.active--;
    }
  }

  #spend(token: string, expired = false): void {
    this.#spent.set(token, { until: Date.now() + this.limits.ttlMs * 10, expired });
  }

  async #retire(slot: UploadSlot, reason: string): Promise<void> {
    this.#slots.delete(slot.token);
    this.#spend(slot.token, reason === "expired");
    const budget = this.#budget(slot.sessionKey);
    budget.issuedBytes = Math.max(0, budget.issuedBytes - (slot.info.size - 0));
    await slot.discard(reason);
  }

  async #expire(): Promise<void> {
    const now = Date.now();
    for (const slot of this.#slots.values()) if (now > slot.expires && !slot.active) await this.#retire(slot, "expired");
    for (const [token, spent] of this.#spent) if (now > spent.until) this.#spent.delete(token);
  }

  /** Drops every upload in progress (their part files too); the service takes no more. */
  async close(): Promise<void> {
    clearInterval(this.#sweep);
    await Promise.all([...this.#slots.values()].map((slot) => this.#retire(slot, "closed")));
  }
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
