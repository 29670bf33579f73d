/**
 * One `FilePicker.upload()` call on the server: it follows the browser's reports, one file at a
 * time, and settles once every file is done, failed or cancelled.
 */
import type { PickedFile, UploadEventData } from "../file-host.js";

/** One file's state during an upload, as `onProgress` sees it. */
export interface UploadProgress {
  /** The picked file. */
  file: PickedFile;
  /** Bytes the server has confirmed (or the browser has sent, while a chunk is in flight). */
  loaded: number;
  /** The file's size. */
  total: number;
  /** `loaded / total`, 0…1 (1 for an empty file once done). */
  progress: number;
  /** "progress", "done", "error" or "cancelled". */
  state: "progress" | "done" | "error" | "cancelled";
  /** The server's message when `state` is "error". */
  error?: string;
  /** The name the file was stored under in `uploadDir` (sanitised; ` (2)` added on a clash), once done. */
  storedName?: string;
}

/** What `upload` takes. */
export interface UploadOptions {
  /** Runs on each file's progress, its end and its failure. */
  onProgress?: (progress: UploadProgress) => void;
  /** Upload URLs to use instead of Weft's own (an outside store's presigned PUT URLs), one per file. */
  urls?: string[];
}

const STATES = new Set(["progress", "done", "error", "cancelled"]);

export class UploadBatch {
  readonly done: Promise<UploadProgress[]>;
  readonly #byId = new Map<number, UploadProgress>();
  #open: number;
  #resolve!: (value: UploadProgress[]) => void;

  constructor(
    files: readonly PickedFile[],
    private readonly options: UploadOptions,
  ) {
    for (const file of files) this.#byId.set(file.id, { file, loaded: 0, total: file.size, progress: 0, state: "progress" });
    this.#open = files.length;
    this.done = new Promise((resolve) => (this.#resolve = resolve));
    if (files.length === 0) this.#resolve([]);
  }

  /** Applies one report from the browser; a file already finished ignores later ones. */
  step(data: UploadEventData): void {
    const entry = this.#byId.get(data.id);
    if (!entry || entry.state !== "progress" || !STATES.has(data.state)) return;
    const loaded = Number.isFinite(data.loaded) ? Math.max(0, Math.min(entry.total, data.loaded)) : entry.loaded;
    entry.loaded = loaded;
    entry.state = data.state as UploadProgress["state"];
    entry.progress = entry.total === 0 ? (entry.state === "done" ? 1 : 0) : loaded / entry.total;
    if (entry.state === "done" && typeof data.message === "string" && data.message) entry.storedName = data.message.slice(0, 300);
    if (entry.state === "error") entry.error = typeof data.message === "string" ? data.message.slice(0, 500) : "upload failed";
    this.options.onProgress?.({ ...entry });
    if (entry.state !== "progress" && --this.#open === 0) this.#resolve([...this.#byId.values()].map((e) => ({ ...e })));
  }
}
