/**
 * Sends one picked file to its signed URL in chunks (XHR, for upload progress), resuming after a
 * dropped connection from what the server says arrived (`GET` on the URL) instead of from zero.
 * A URL that is not Weft's (an outside store's presigned PUT) gets the file in one request.
 *
 * The first request sends the picked File itself, whole: Chromium streams a File straight from
 * disk, about twice as fast as any `slice()` of it (measured in bench/upload.ts). Chunks are for
 * resuming: after a cut (a dropped connection, or the server's request timeout on a slow link) the
 * rest goes in `CHUNK`-sized slices from where the server says it is.
 */
const CHUNK = 32 * 1024 * 1024;
const RETRIES = 8;
const KEY_HEADER = "x-weft-upload-key";

/** One report, as the server's `UploadEventData`. */
export interface UploadReport {
  id: number;
  loaded: number;
  total: number;
  state: "progress" | "done" | "error" | "cancelled";
  message: string;
}

interface Answer {
  status: number;
  body: { received?: number; message?: string };
}

function send(xhr: XMLHttpRequest, method: string, url: string, key: string, body: Blob | null, onSent?: (n: number) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    xhr.open(method, url);
    if (key) xhr.setRequestHeader(KEY_HEADER, key);
    if (onSent) xhr.upload.onprogress = (e) => onSent(e.loaded);
    xhr.onload = () => {
      let body: Answer["body"] = {};
      try {
        body = JSON.parse(xhr.responseText || "{}") as Answer["body"];
      } catch {
        body = { message: xhr.responseText.slice(0, 300) };
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.send(body);
  });
}

export class FileUpload {
  #xhr: XMLHttpRequest | undefined;
  #cancelled = false;

  constructor(
    readonly id: number,
    readonly file: File,
    readonly url: string,
    readonly key: string,
    readonly report: (r: UploadReport) => void,
  ) {}

  #emit(state: UploadReport["state"], loaded: number, message = ""): void {
    this.report({ id: this.id, loaded, total: this.file.size, state, message });
  }

  async run(): Promise<void> {
    const weft = this.key !== "";
    let offset = 0;
    let failures = 0;
    while (!this.#cancelled) {
      const whole = !weft || offset === 0;
      const end = whole ? this.file.size : Math.min(this.file.size, offset + CHUNK);
      const xhr = (this.#xhr = new XMLHttpRequest());
      const at = offset;
      try {
        const target = weft ? `${this.url}?offset=${offset}` : this.url;
        const answer = await send(xhr, "PUT", target, this.key, whole ? this.file : this.file.slice(offset, end), (n) => this.#emit("progress", at + n));
        // 408 (cut), 409 (the server still finishing the cut chunk, or at another offset) and 429
        // (too many at once) are worth a retry from where the server is.
        if (answer.status === 408 || answer.status === 409 || answer.status === 429) throw new Error(`retry ${answer.status}`);
        if (answer.status >= 400) return this.#emit("error", offset, answer.body.message ?? `HTTP ${answer.status}`);
        if (!weft || answer.body.received === undefined) return this.#emit(answer.status < 300 ? "done" : "error", end, answer.body.message ?? "");
        offset = answer.body.received;
        failures = 0;
        if (offset >= this.file.size) return this.#emit("done", offset, (answer.body as { name?: string }).name ?? "");
        this.#emit("progress", offset);
      } catch {
        if (this.#cancelled) return;
        if (!weft || ++failures > RETRIES) return this.#emit("error", offset, "the connection failed");
        await new Promise((r) => setTimeout(r, Math.min(4000, 100 * 2 ** failures)));
        offset = await this.#received(offset);
      }
    }
  }

  /** What the server has (after a cut); the last known offset when it cannot say. */
  async #received(fallback: number): Promise<number> {
    try {
      const answer = await send(new XMLHttpRequest(), "GET", this.url, this.key, null);
      return typeof answer.body.received === "number" ? answer.body.received : fallback;
    } catch {
      return fallback;
    }
  }

  /** Stops sending and asks the server to drop what arrived. */
  cancel(): void {
    if (this.#cancelled) return;
    this.#cancelled = true;
    this.#xhr?.abort();
    if (this.key) void send(new XMLHttpRequest(), "DELETE", this.url, this.key, null).catch(() => undefined);
    this.#emit("cancelled", 0);
  }
}
