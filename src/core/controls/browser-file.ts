/**
 * `PickedFile`'s reading half: a picked file's bytes, pulled from the browser on demand through
 * the picker's `read` call (32 KB of base64 per reply, inside a 64 KB frame). Served or static,
 * the same calls: in a static site they cross from the page to the app's worker only.
 */
import { ErrorCode, WeftError } from "../errors.js";
import type { PickedFile, PickedFileInfo } from "../file-host.js";

/** Bytes asked for per read; the browser answers at most this many. */
export const READ_CHUNK_BYTES = 32 * 1024;
/** Largest file `bytes()` and `text()` hold in memory; past it, `stream()` or `upload`. */
export const MAX_READ_BYTES = 100 * 1024 * 1024;

/** Reads `length` bytes at `offset` of the picked file `id`, as base64. */
export type ChunkReader = (id: number, offset: number, length: number) => Promise<unknown>;

function decode(answer: unknown, file: PickedFileInfo): Uint8Array {
  if (typeof answer !== "string") throw new WeftError(ErrorCode.uploadRefused, `reading ${file.name}: the browser sent no bytes`);
  const binary = atob(answer);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export class BrowserFile implements PickedFile {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly type: string;
  readonly path?: string;
  readonly #read: ChunkReader;

  constructor(info: PickedFileInfo, read: ChunkReader) {
    this.id = info.id;
    this.name = info.name;
    this.size = info.size;
    this.type = info.type;
    if (info.path !== undefined) this.path = info.path;
    this.#read = read;
  }

  async bytes(): Promise<Uint8Array> {
    if (this.size > MAX_READ_BYTES) {
      throw new WeftError(ErrorCode.uploadRefused, `${this.name} has ${this.size} bytes; bytes() and text() hold at most ${MAX_READ_BYTES}: read it with stream(), or picker.upload it`);
    }
    const out = new Uint8Array(this.size);
    let at = 0;
    while (at < this.size) {
      const chunk = await this.#chunk(at);
      if (chunk.length === 0) throw new WeftError(ErrorCode.uploadRefused, `${this.name} ended at ${at} of ${this.size} bytes: it changed after it was picked`);
      out.set(chunk.subarray(0, this.size - at), at);
      at += chunk.length;
    }
    return out;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  stream(): ReadableStream<Uint8Array> {
    let at = 0;
    const file = this;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (at >= file.size) return controller.close();
        const chunk = await file.#chunk(at);
        if (chunk.length === 0) return controller.close();
        at += chunk.length;
        controller.enqueue(chunk);
      },
    });
  }

  /** The plain facts, for JSON (`e.data.files` logged or sent on). */
  toJSON(): PickedFileInfo {
    return { id: this.id, name: this.name, size: this.size, type: this.type, ...(this.path !== undefined ? { path: this.path } : {}) };
  }

  async #chunk(offset: number): Promise<Uint8Array> {
    return decode(await this.#read(this.id, offset, READ_CHUNK_BYTES), this);
  }
}
