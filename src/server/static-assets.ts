/**
 * Serving the client's assets: each with an ETag (a repeat visit gets 304 and no body), brotli or
 * gzip when the browser takes it (compressed once per asset and encoding, on first request, and
 * kept), and cached for a year when its name carries its content's hash.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { ClientAsset } from "./client-assets.js";

type Encoding = "br" | "gzip";

/** The ETag base of bytes: 22 characters of their SHA-256. */
export function contentTag(body: Uint8Array): string {
  return createHash("sha256").update(body).digest("base64url").slice(0, 22);
}

/** One way to send an asset: its bytes (or the file to stream them from), and what the response says about them. */
export interface AssetResponse {
  status: 200 | 304;
  body: Uint8Array;
  /** Set for an asset served from disk: `body` is empty, stream this file (`Content-Length` is in the headers). */
  file?: string;
  headers: Record<string, string>;
}

/**
 * Lazy chunks are named `chunks/[name]-[hash].js` (`chunkNames` in client-assets.ts): a new build
 * gives changed code a new name, so a cached copy never goes stale. `weft.js`, `weft.css` and the
 * fonts keep their names and are revalidated (`no-cache`) by their ETag.
 */
const HASHED_NAME = /^chunks\/[^/]+-[A-Z0-9]{8}\.js$/;
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

/** Text compresses; fonts (woff2 is brotli inside) and images do not. */
export function compressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript))/.test(type);
}

/**
 * Brotli quality 5: all the client's text (~420 KB) compresses in ~12 ms; quality 11 makes it 7%
 * smaller (weft.js 21.3 -> 19.8 KB) for ~900 ms of CPU at every start of a server (or of `weft
 * run --watch`).
 */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

function compress(body: Uint8Array, encoding: Encoding): Uint8Array {
  return encoding === "br" ? brotliCompressSync(body, BROTLI) : gzipSync(body, { level: 9 });
}

/** The encoding to send: brotli over gzip, either only when the client accepts it (q above 0). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim());
    const q = params.find((p) => p.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return undefined;
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

interface Variant {
  body: Uint8Array;
  etag: string;
}

class ServedAsset {
  readonly #variants = new Map<Encoding | "identity", Variant>();
  readonly #base: string;
  readonly cacheControl: string;
  readonly compressible: boolean;

  constructor(
    readonly key: string,
    readonly asset: ClientAsset,
  ) {
    // A recorded tag leaves the bytes unread until the first request (prebuilt-client.ts).
    this.#base = asset.file?.etag ?? asset.etag ?? contentTag(asset.body);
    this.cacheControl = HASHED_NAME.test(key) ? IMMUTABLE : REVALIDATE;
    this.compressible = !asset.file && compressible(asset.type);
  }

  /** The variant for `encoding`, compressed on first use; identity when compressing does not help. */
  variant(encoding: Encoding | undefined): [Encoding | undefined, Variant] {
    let identity = this.#variants.get("identity");
    if (!identity) this.#variants.set("identity", (identity = { body: this.asset.body, etag: `"${this.#base}"` }));
    if (encoding === undefined || !this.compressible) return [undefined, identity];
    let variant = this.#variants.get(encoding);
    if (!variant) {
      const body = compress(this.asset.body, encoding);
      variant = body.byteLength < identity.body.byteLength ? { body, etag: `"${this.#base}-${encoding}"` } : identity;
      this.#variants.set(encoding, variant);
    }
    return variant === identity ? [undefined, identity] : [encoding, variant];
  }
}

/** The client's assets, ready to serve. */
export class StaticAssets {
  readonly #served = new Map<string, ServedAsset>();

  constructor(assets: ReadonlyMap<string, ClientAsset>) {
    for (const [key, asset] of assets) this.#served.set(key, new ServedAsset(key, asset));
  }

  /** The response for the asset at `key` (relative to the asset base); undefined when there is none. */
  respond(key: string, req: IncomingMessage): AssetResponse | undefined {
    const served = this.#served.get(key);
    if (!served) return undefined;
    const [encoding, variant] = served.variant(chooseEncoding(req.headers["accept-encoding"]));
    const headers: Record<string, string> = { "Content-Type": served.asset.type, "Cache-Control": served.cacheControl, ETag: variant.etag };
    if (served.compressible) headers.Vary = "Accept-Encoding";
    if (encoding) headers["Content-Encoding"] = encoding;
    if (matches(req.headers["if-none-match"], variant.etag)) return { status: 304, body: new Uint8Array(0), headers };
    const file = served.asset.file;
    if (file) return { status: 200, body: variant.body, file: file.path, headers: { ...headers, "Content-Length": String(file.size) } };
    return { status: 200, body: variant.body, headers };
  }
}

const prepared = new WeakMap<ReadonlyMap<string, ClientAsset>, StaticAssets>();

/** `assets` ready to serve, with their hashes and compressed copies shared by every host of the process. */
export function staticAssets(assets: ReadonlyMap<string, ClientAsset>): StaticAssets {
  let served = prepared.get(assets);
  if (!served) prepared.set(assets, (served = new StaticAssets(assets)));
  return served;
}
