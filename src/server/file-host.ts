/**
 * The Node host's `FileHost`: upload URLs signed per session (uploads.ts), single-use downloads
 * (downloads.ts) and the app's assets (app-assets.ts), and the one function that routes their
 * requests, so host.ts only asks `files.route(req, res, path, search)`.
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ErrorCode, WeftError, type FileHost, type PickedFile, type SignedUpload } from "../core/index.js";
import { APP_ASSET_BASE, serveAppAsset } from "./app-assets.js";
import { DOWNLOAD_BASE, DownloadService } from "./downloads.js";
import { uploadOriginAllowed, type ResolvedFileOptions } from "./file-options.js";
import { UPLOAD_BASE, UploadService } from "./uploads.js";

export class NodeFileHost implements FileHost {
  readonly uploads: UploadService | undefined;
  readonly downloads: DownloadService;
  readonly #secret = randomBytes(32);

  constructor(readonly options: ResolvedFileOptions) {
    if (options.uploadDir) mkdirSync(options.uploadDir, { recursive: true });
    const sink = options.onUpload
      ? ({ kind: "handler", handler: options.onUpload } as const)
      : options.uploadDir
        ? ({ kind: "dir", dir: options.uploadDir } as const)
        : undefined;
    this.uploads = sink && new UploadService(sink, options.limits);
    this.downloads = new DownloadService([options.uploadDir, options.assetsDir].filter((d): d is string => d !== undefined));
  }

  uploadKey(sessionId: string): string {
    return createHmac("sha256", this.#secret).update(sessionId).digest("base64url");
  }

  signUploads(sessionId: string, files: readonly PickedFile[]): SignedUpload[] {
    if (!this.uploads) throw new WeftError(ErrorCode.uploadRefused, "uploads need the uploadDir or onUpload app option");
    return this.uploads.issue(this.uploadKey(sessionId), sessionId, files);
  }

  checkUploadUrl(url: string): void {
    if (uploadOriginAllowed(url, this.options.uploadOrigins)) return;
    let origin = "";
    try {
      origin = new URL(url).origin;
    } catch {
      throw new WeftError(ErrorCode.uploadRefused, `picker.upload: ${JSON.stringify(url.slice(0, 100))} is not an absolute URL; options.urls takes an outside store's presigned URLs`);
    }
    throw new WeftError(ErrorCode.uploadRefused, `picker.upload: the page may not send files to ${origin}; add "${origin}" to the uploadOrigins app option`);
  }

  download(source: unknown, options: { filename?: string; mimeType?: string }): Promise<string> {
    return this.downloads.issue(source, options);
  }

  /** Serves the request when it is an upload, a download or an app asset; false when it is none. */
  route(req: IncomingMessage, res: ServerResponse, path: string, search: URLSearchParams): boolean {
    if (path.startsWith(UPLOAD_BASE)) {
      if (this.uploads) this.uploads.handle(req, res, path.slice(UPLOAD_BASE.length), search);
      else res.writeHead(404).end();
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (path.startsWith(DOWNLOAD_BASE)) {
      this.downloads.handle(req, res, path.slice(DOWNLOAD_BASE.length));
      return true;
    }
    if (path.startsWith(APP_ASSET_BASE) && this.options.assetsDir) {
      void serveAppAsset(this.options.assetsDir, path.slice(APP_ASSET_BASE.length), req, res);
      return true;
    }
    return false;
  }

  close(): Promise<void> {
    return this.uploads?.close() ?? Promise.resolve();
  }
}
