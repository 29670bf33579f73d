/**
 * `FilePicker` (Flet's): opens the browser's file chooser and uploads what was picked, over HTTP.
 * Put it in `page.overlay` (it shows nothing). Two ways to open it (docs/decisions/0028):
 * `picker.bind(button)` makes a click on that button open the chooser in the browser itself,
 * inside the person's gesture (Safari and Firefox refuse a chooser opened later), and `onResult`
 * then gets the files; `await picker.pickFiles()` asks from the server, which Chromium allows for
 * a few seconds after a click. `await picker.upload(files, { onProgress })` sends each file in
 * chunks to the app's `uploadDir` or `onUpload` handler.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { Control, SESSION } from "../control.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { ControlError, ErrorCode, WeftError } from "../errors.js";
import type { FileHost, PickedFile, PickedFileInfo, UploadEventData } from "../file-host.js";
import { BrowserFile } from "./browser-file.js";
import { UploadBatch, type UploadOptions, type UploadProgress } from "./file-upload-batch.js";

export type { PickedFile, PickedFileInfo, UploadOptions, UploadProgress };
export type FilePickerOptions = OptionsFor<typeof FilePicker>;

/** Flet's `FilePickerFileType`: which files the chooser offers. */
export type FilePickerFileType = "any" | "media" | "image" | "video" | "audio" | "custom";

/** What `pickFiles` takes (Flet's `pick_files` arguments). */
export interface PickFilesOptions {
  /** Let the person pick several files. Default false. */
  allowMultiple?: boolean;
  /** Extensions offered, without the dot (`["png", "jpg"]`); used with `fileType: "custom"` or alone. */
  allowedExtensions?: string[];
  /** Which kind of file. Default "any". */
  fileType?: FilePickerFileType;
}

/** What `saveFile` takes. */
export interface SaveFileOptions {
  /** The suggested name. Default "download". */
  fileName?: string;
  /** The bytes (or text) to save. */
  srcBytes: Uint8Array | string;
  /** The MIME type. Default "application/octet-stream". */
  mimeType?: string;
}

/** What `onResult` gets: the files picked, empty when the person cancelled. */
export interface FilePickerResultEvent {
  files: PickedFile[];
}

function isPicked(value: unknown): value is PickedFileInfo {
  const f = value as PickedFileInfo;
  return typeof f === "object" && f !== null && Number.isSafeInteger(f.id) && typeof f.name === "string" && Number.isSafeInteger(f.size) && f.size >= 0 && typeof f.type === "string";
}

/** The browser's list of picked files, checked; undefined when it is malformed. */
function pickedList(data: unknown): PickedFileInfo[] | undefined {
  if (data === null) return [];
  if (!Array.isArray(data) || data.length > 1000 || !data.every(isPicked)) return undefined;
  return data.map((f) => ({ id: f.id, name: f.name.slice(0, 1000), size: f.size, type: f.type.slice(0, 200), ...(typeof f.path === "string" ? { path: f.path.slice(0, 4000) } : {}) }));
}

/** `options.urls` checked against the files and the `uploadOrigins` the page may reach. */
function outsideUploads(files: readonly PickedFile[], urls: readonly unknown[], host: FileHost | undefined): { url: string; name: string }[] {
  if (!Array.isArray(urls) || urls.length !== files.length) {
    throw new WeftError(ErrorCode.uploadRefused, `picker.upload: options.urls needs one URL per file (${files.length}), got ${Array.isArray(urls) ? urls.length : typeof urls}`);
  }
  if (!host) throw new WeftError(ErrorCode.uploadRefused, "picker.upload: uploads to an outside store need the Node host and its uploadOrigins option");
  return files.map((file, i) => {
    const url = urls[i];
    if (typeof url !== "string") throw new WeftError(ErrorCode.uploadRefused, `picker.upload: options.urls[${i}] is not a string`);
    host.checkUploadUrl(url);
    return { url, name: file.name };
  });
}

export class FilePicker extends control("filepicker", {
  /** Let a bound button pick several files. Default false. */
  allowMultiple: prop(false),
  /** Extensions a bound button offers, without the dot. Default: any. */
  allowedExtensions: prop<string[]>(),
  /** Which kind of file a bound button offers. Default "any". */
  fileType: prop<FilePickerFileType>("any"),
  /** The ids of the buttons that open this picker in the browser (set with `bind`). */
  boundTo: prop<number[]>(),
  /** Runs when files were picked through a bound button; `e.data.files` lists them. */
  onResult: on<FilePickerResultEvent>(),
  /** Runs on each upload's progress; `e.data` has `id`, `loaded`, `total`, `state`, `message`. */
  onUpload: on<UploadEventData>(),
}) {
  /** The files the browser last reported picked, by id. */
  readonly files = new Map<number, PickedFile>();
  readonly #batches = new Set<UploadBatch>();
  #waiters: ((files: PickedFile[]) => void)[] = [];

  constructor(options?: FilePickerOptions) {
    super();
    this.applyOptions(options);
  }

  /** Makes a click on `button` open this picker's chooser in the browser, within the click itself. */
  bind(button: Control): this {
    const ids = new Set(this.boundTo ?? []);
    if (!button.id) {
      throw new ControlError(ErrorCode.notMounted, "FilePicker.bind(button): add the button to the page first, then bind it");
    }
    ids.add(button.id);
    this.boundTo = [...ids];
    return this;
  }

  /** Opens the chooser from the server; resolves with the files, `[]` when cancelled. */
  async pickFiles(options: PickFilesOptions = {}): Promise<PickedFile[]> {
    const picked = new Promise<PickedFile[]>((resolve) => this.#waiters.push(resolve));
    await this.callInBrowser("pickFiles", [options as unknown as JsonValue]);
    return picked;
  }

  /** Asks for a folder (the browser's folder chooser, `webkitdirectory`); resolves with its name, or undefined when cancelled or empty. */
  async getDirectoryPath(): Promise<string | undefined> {
    const picked = new Promise<PickedFile[]>((resolve) => this.#waiters.push(resolve));
    await this.callInBrowser("pickFiles", [{ directory: true }]);
    const first = (await picked)[0];
    return first?.path?.split("/")[0];
  }

  /** Offers `srcBytes` for saving under `fileName` (the browser's save dialog or download). */
  async saveFile(options: SaveFileOptions): Promise<void> {
    const page = this.page;
    if (!page) throw new ControlError(ErrorCode.notMounted, "FilePicker.saveFile(): add the picker to the page first");
    await page.download(options.srcBytes, { filename: options.fileName, mimeType: options.mimeType });
  }

  /**
   * Uploads `files` (from `pickFiles` or `onResult`), each over HTTP in chunks; resolves once each
   * is done, failed or cancelled, with their final progress. `onProgress` sees every step.
   */
  async upload(files: readonly PickedFile[], options: UploadOptions = {}): Promise<UploadProgress[]> {
    const session = this[SESSION];
    if (!session) throw new ControlError(ErrorCode.notMounted, "FilePicker.upload(): add the picker to the page first");
    const host = session.files;
    if (!host && !options.urls) throw new WeftError(ErrorCode.uploadRefused, "uploads need the Node host (or signed urls in options.urls); this session has none");
    for (const file of files) if (!this.files.has(file.id)) throw new WeftError(ErrorCode.uploadRefused, `file ${file.id} (${file.name}) was not picked by this picker`);
    const signed = options.urls ? outsideUploads(files, options.urls, host) : host!.signUploads(session.id, files);
    const batch = new UploadBatch(files, options);
    this.#batches.add(batch);
    try {
      const items = files.map((f, i) => ({ id: f.id, url: signed[i]!.url }));
      await this.callInBrowser("upload", [{ key: options.urls ? "" : host!.uploadKey(session.id), items } as unknown as JsonValue]);
      return await batch.done;
    } finally {
      this.#batches.delete(batch);
    }
  }

  /** Stops uploading `files` (default: every upload of this picker); the server drops what arrived. */
  async cancelUpload(files?: readonly PickedFile[]): Promise<void> {
    await this.callInBrowser("cancel", [files ? files.map((f) => f.id) : null]);
  }

  /** The browser's picked files as `PickedFile`s that read their bytes through this picker, kept by id. */
  #remember(infos: PickedFileInfo[]): PickedFile[] {
    return infos.map((info) => {
      const file = new BrowserFile(info, (id, offset, length) => this.callInBrowser("read", [id, offset, length]));
      this.files.set(file.id, file);
      return file;
    });
  }

  /** Checks what the browser reports; an upload step moves its batch on. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name === EventName.result) {
      const infos = pickedList(data);
      if (!infos) return false;
      const files = this.#remember(infos);
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const resolve of waiters) resolve(files);
      return true;
    }
    if (name !== EventName.upload) return true;
    const step = data as UploadEventData;
    if (typeof step !== "object" || step === null || !Number.isSafeInteger(step.id) || typeof step.state !== "string") return false;
    for (const batch of this.#batches) batch.step(step);
    return true;
  }

  override createEvent(name: string, data: unknown, page: import("../page.js").Page) {
    if (name === EventName.result) {
      const files = (pickedList(data) ?? []).map((info) => this.files.get(info.id)).filter((file): file is PickedFile => file !== undefined);
      return super.createEvent(name, { files }, page);
    }
    return super.createEvent(name, data, page);
  }
}
