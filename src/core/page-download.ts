/**
 * `page.download(...)`: the host registers the bytes behind a single-use URL, then the page's
 * renderer follows it (a hidden link with `download`), so the browser saves the file with the
 * server's `Content-Disposition: attachment` name. Without a host (the pilot) it is refused.
 */
import { ErrorCode, WeftError } from "./errors.js";
import type { Control } from "./control.js";
import type { Session } from "./session.js";

/** What `page.download` sends: bytes, text, a file (`{ path }`, inside `uploadDir` or `assetsDir`) or a stream. */
export type DownloadSource = Uint8Array | string | { path: string } | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** How a download is named and typed. */
export interface DownloadOptions {
  /** The name the browser saves it under (made safe). Default: the path's last part, else "download". */
  filename?: string;
  /** Its MIME type. Default "application/octet-stream". */
  mimeType?: string;
}

export async function startDownload(page: Control, session: Session, source: DownloadSource, options: DownloadOptions = {}): Promise<void> {
  const host = session.files;
  if (!host) throw new WeftError(ErrorCode.downloadRefused, "page.download() needs the Node host; this session has none");
  const url = await host.download(source, options);
  await session.call(page, "download", [url]);
}
