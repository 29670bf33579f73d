/**
 * The seam between files in the core (`FilePicker.upload`, `page.download`) and whoever moves the
 * bytes: the Node host signs upload URLs and serves downloads over HTTP (src/server/file-host.ts);
 * without one (the pilot, static mode) uploads are refused with a clear error.
 */
import type { JsonValue } from "../protocol/index.js";

/** What the browser says of a file it picked (the bytes stay in the browser until read or uploaded). */
export interface PickedFileInfo {
  /** The picker's id for this file within the session. */
  id: number;
  /** The name as the browser gave it (not safe to store; the upload stores a sanitised one). */
  name: string;
  /** Its size, in bytes. */
  size: number;
  /** Its MIME type as the browser guessed it ("" when unknown). */
  type: string;
  /** Its path inside a folder picked with `getDirectoryPath` (`"photos/a.jpg"`). */
  path?: string;
}

/**
 * A file the browser picked. Its bytes stay in the browser until read here or uploaded:
 * `bytes()`, `text()` and `stream()` read it over the session's own connection, in 32 KB steps
 * (in a static site, inside the page, with nothing sent anywhere); on a server, `picker.upload`
 * is the fast way for big files.
 */
export interface PickedFile extends PickedFileInfo {
  /** The whole file; refused (`upload.refused`) over 100 MB, where `stream()` or `upload` is the way. */
  bytes(): Promise<Uint8Array>;
  /** The whole file as UTF-8 text (same limit as `bytes()`). */
  text(): Promise<string>;
  /** The file as a stream of chunks, read from the browser as they are pulled. */
  stream(): ReadableStream<Uint8Array>;
}

/** One signed upload for one file: where the browser sends it. */
export interface SignedUpload {
  /** The URL to PUT the file's chunks to (Weft's own, or an outside store's presigned URL). */
  url: string;
  /** The name the file is stored under. */
  name: string;
}

/** What a session needs from its host to move files. */
export interface FileHost {
  /** The key the browser shows with each upload request, proving the session (sent only to its own tab). */
  uploadKey(sessionId: string): string;
  /** Signs one URL per file for `sessionId`; throws `upload.refused` over a limit. */
  signUploads(sessionId: string, files: readonly PickedFileInfo[]): SignedUpload[];
  /** Throws `upload.refused` unless `url` is on one of the `uploadOrigins` the page's policy lets the browser reach. */
  checkUploadUrl(url: string): void;
  /** Registers a download and resolves to its single-use URL. */
  download(source: unknown, options: { filename?: string; mimeType?: string }): Promise<string>;
}

/** The browser's answer to a picker call: the files picked, or none when the person cancelled. */
export type PickReply = readonly PickedFileInfo[] | null;

/** How the browser reports one file's upload: progress, done, or an error with its message. */
export interface UploadEventData {
  [key: string]: JsonValue;
  id: number;
  loaded: number;
  total: number;
  /** "progress", "done", "error" or "cancelled". */
  state: string;
  /** The server's message for an error. */
  message: string;
}
