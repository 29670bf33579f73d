/** The app options for files: where uploads go, their limits, and the app's assets folder. */
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ErrorCode, WeftError } from "../core/index.js";
import type { UploadHandler } from "./upload-slot.js";
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from "./uploads.js";

export interface FileOptions {
  /** The folder uploads are stored in (made if missing). Default: none; uploads need it or `onUpload`. */
  uploadDir?: string;
  /** Receives each upload as a stream instead of `uploadDir`: `(stream, { name, size, type, sessionId })`. */
  onUpload?: UploadHandler;
  /** Largest file one upload may hold, in bytes. Default 104 857 600 (100 MB). */
  maxUploadBytes?: number;
  /** Most bytes one session may upload in all, in bytes. Default 104 857 600 (100 MB). */
  maxSessionUploadBytes?: number;
  /** Most files one `upload()` may send. Default 20. */
  maxUploadFiles?: number;
  /** The app's assets, served under `/assets/`. Default: `assets/` beside the app's script, when it exists. */
  assetsDir?: string;
  /**
   * Outside stores the browser may upload to with `picker.upload(files, { urls })` (S3-style
   * presigned PUT URLs): their origins, `"https://bucket.s3.example.com"`, or `"https://*.example.com"`
   * for every subdomain. They join the page's `connect-src` policy; an upload URL outside them is
   * refused by `upload()` before the browser tries. Default none.
   */
  uploadOrigins?: string[];
}

export const FILE_OPTION_NAMES = ["uploadDir", "onUpload", "maxUploadBytes", "maxSessionUploadBytes", "maxUploadFiles", "assetsDir", "uploadOrigins"] as const;

export interface ResolvedFileOptions {
  uploadDir: string | undefined;
  onUpload: UploadHandler | undefined;
  limits: UploadLimits;
  assetsDir: string | undefined;
  /** The `uploadOrigins` option, checked: origins (`https://host[:port]`), a leading `*.` allowed. */
  uploadOrigins: string[];
}

const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;

function origins(given: unknown): string[] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) throw bad(`uploadOrigins must be a list of origins such as ["https://bucket.s3.example.com"], got ${JSON.stringify(given)}`);
  return given.map((origin: unknown) => {
    if (typeof origin !== "string" || !ORIGIN.test(origin)) {
      throw bad(`uploadOrigins takes origins (scheme, host and port, no path), such as "https://bucket.s3.example.com" or "https://*.example.com", got ${JSON.stringify(origin)}`);
    }
    return origin.toLowerCase();
  });
}

/** Whether `url` is on one of `allowed` (`uploadOrigins`), a `*.` entry matching any subdomain. */
export function uploadOriginAllowed(url: string, allowed: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return allowed.some((origin) => {
    const wild = /^(https?:\/\/)\*\.(.+)$/.exec(origin);
    if (!wild) return parsed.origin === origin;
    return parsed.protocol === wild[1]!.slice(0, -2) && `${parsed.host}`.endsWith(`.${wild[2]}`);
  });
}

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

function positive(given: Record<string, unknown>, name: string, fallback: number): number {
  const value = given[name] ?? fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) throw bad(`${name} must be a whole number of at least 1, got ${JSON.stringify(value)}`);
  return value;
}

/** The `assets/` folder beside the running script, when there is one. */
function defaultAssetsDir(): string | undefined {
  const script = process.argv[1];
  if (!script) return undefined;
  const dir = join(dirname(resolve(script)), "assets");
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

export function resolveFileOptions(given: Record<string, unknown>): ResolvedFileOptions {
  const { uploadDir, onUpload, assetsDir } = given;
  if (uploadDir !== undefined && (typeof uploadDir !== "string" || uploadDir === "")) throw bad(`uploadDir must be a folder path, got ${JSON.stringify(uploadDir)}`);
  if (onUpload !== undefined && typeof onUpload !== "function") throw bad("onUpload must be a function (stream, info) => …");
  if (assetsDir !== undefined && (typeof assetsDir !== "string" || assetsDir === "")) throw bad(`assetsDir must be a folder path, got ${JSON.stringify(assetsDir)}`);
  return {
    uploadDir: uploadDir === undefined ? undefined : resolve(uploadDir),
    onUpload: onUpload as UploadHandler | undefined,
    assetsDir: assetsDir === undefined ? defaultAssetsDir() : resolve(assetsDir),
    uploadOrigins: origins(given.uploadOrigins),
    limits: {
      ...DEFAULT_UPLOAD_LIMITS,
      maxFileBytes: positive(given, "maxUploadBytes", DEFAULT_UPLOAD_LIMITS.maxFileBytes),
      maxSessionBytes: positive(given, "maxSessionUploadBytes", DEFAULT_UPLOAD_LIMITS.maxSessionBytes),
      maxFilesPerRequest: positive(given, "maxUploadFiles", DEFAULT_UPLOAD_LIMITS.maxFilesPerRequest),
    },
  };
}
