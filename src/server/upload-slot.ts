/**
 * One file's upload in progress: where its bytes go (a part file in `uploadDir`, renamed into place
 * at the end, or the stream handed to `onUpload`), how many have arrived, and its cleanup. Chunks
 * append in order, so a dropped connection resumes at `received` instead of restarting.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { link, rm } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { randomBytes } from "node:crypto";

/**
 * Bytes the part file may buffer before the request is paused. Node's default (16 KB) is less
 * than one socket read (64 KB), so every read became its own write on the thread pool and a
 * pause and resume of the socket; at 1 MB the reads that arrive during a write go out together
 * in one `writev`, which cut the server's CPU for a 200 MB upload by about 30% (bench/upload.ts).
 */
const WRITE_BUFFER_BYTES = 1024 * 1024;

/** What a handler learns of an upload; `name` is already safe to store. */
export interface UploadInfo {
  /** The sanitised file name (never the client's raw name). */
  name: string;
  /** The size announced when the upload was signed, in bytes. */
  size: number;
  /** The MIME type the browser reported ("" when it gave none). */
  type: string;
  /** The session that asked for the upload. */
  sessionId: string;
}

/** Receives an upload's bytes; the upload succeeds when the returned promise resolves. */
export type UploadHandler = (stream: Readable, info: UploadInfo) => void | Promise<void>;

/** Where a finished upload went. */
export type Sink = { kind: "dir"; dir: string } | { kind: "handler"; handler: UploadHandler };

export class UploadSlot {
  received = 0;
  expires: number;
  active = false;
  #file: WriteStream | undefined;
  #partPath: string | undefined;
  #stream: PassThrough | undefined;
  #handled: Promise<void> | undefined;

  constructor(
    readonly token: string,
    readonly sessionKey: string,
    readonly info: UploadInfo,
    readonly sink: Sink,
    ttlMs: number,
  ) {
    this.expires = Date.now() + ttlMs;
  }

  /** The destination stream for the next chunk, opened on the first one. */
  #target(): NodeJS.WritableStream {
    if (this.sink.kind === "dir") {
      this.#partPath ??= join(this.sink.dir, `.weft-part-${randomBytes(12).toString("hex")}`);
      if (!this.#file) {
        this.#file = createWriteStream(this.#partPath, { flags: "a", highWaterMark: WRITE_BUFFER_BYTES });
        // A write failing after a cancel destroyed the stream is expected; the chunk's own promise reports the rest.
        this.#file.on("error", () => undefined);
      }
      return this.#file;
    }
    if (!this.#stream) {
      const stream = new PassThrough({ highWaterMark: 1 << 20 });
      this.#stream = stream;
      const { handler } = this.sink;
      this.#handled = Promise.resolve().then(() => handler(stream, this.info));
      this.#handled.catch(() => stream.resume());
    }
    return this.#stream;
  }

  /** Appends one chunk (`length` bytes from `body`); resolves to the bytes that arrived. */
  async append(body: Readable, length: number): Promise<number> {
    const target = this.#target();
    let got = 0;
    try {
      // Written by hand, not with pipeline(): the target lives across chunks, and pipeline adds
      // listeners to it on every call.
      // (and for-await would destroy the request, and with it the socket the answer goes on).
      await new Promise<void>((resolve, reject) => {
        body.on("data", (chunk: Buffer) => {
          if ((target as WriteStream).destroyed) return void body.destroy(new Error("discarded"));
          got += chunk.byteLength;
          if (!target.write(chunk)) {
            body.pause();
            target.once("drain", () => body.resume());
          }
        });
        body.once("end", resolve);
        body.once("error", reject);
        body.once("close", () => (body.readableEnded ? resolve() : reject(new Error("cut"))));
      });
    } finally {
      this.received += Math.min(got, length);
    }
    return got;
  }

  /** Ends the bytes and puts the file in place (under a free name); resolves to the stored name. */
  async finish(): Promise<string> {
    if (this.sink.kind === "handler") {
      this.#target();
      this.#stream!.end();
      await this.#handled;
      return this.info.name;
    }
    const file = this.#target() as WriteStream;
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const name = await this.#place(this.sink.dir);
    return name;
  }

  /** Links the part file to the first free `name`, `name (2)`, …: never over an existing file. */
  async #place(dir: string): Promise<string> {
    const dot = this.info.name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [this.info.name.slice(0, dot), this.info.name.slice(dot)] : [this.info.name, ""];
    for (let n = 1; ; n++) {
      const name = n === 1 ? this.info.name : `${stem} (${n})${ext}`;
      try {
        await link(this.#partPath!, join(dir, name));
        await rm(this.#partPath!, { force: true });
        return name;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || n > 999) throw error;
      }
    }
  }

  /** Drops what arrived: the part file is deleted, a handler's stream errors. */
  async discard(reason: string): Promise<void> {
    this.#file?.destroy();
    this.#stream?.destroy(new Error(reason));
    if (this.#partPath) await rm(this.#partPath, { force: true });
  }
}
