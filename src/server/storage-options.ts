/**
 * The app options of presence and storage, checked before anything starts. User storage is on
 * when the app gives a `userStore` or a `storageSecret`. Outside development it needs the secret:
 * a `userStore` without one refuses to start. "Development" is NODE_ENV other than "production"
 * and a loopback `host` (the default 127.0.0.1): only the developer's own browser can reach the
 * app, so a secret made up for this run (cookies then last until a restart) risks nothing.
 */
import { checkStorageKey, ErrorCode, MemoryStore, WeftError, type Store } from "../core/index.js";
import { UserCookie } from "./user-cookie.js";

export interface StorageOptions {
  /**
   * The app's namespace in the browser's localStorage and sessionStorage (`page.clientStorage`):
   * two apps on one origin with different keys never see or clear each other's values. Letters,
   * digits, `.`, `_` and `-`. Default: derived from the app's path (`"app"` at `/`, `"admin"` at `/admin/`).
   */
  storageKey?: string;
  /**
   * The secret that signs the cookie naming each browser for `page.userStorage` (at least 32
   * characters; keep it out of the code, e.g. `process.env.WEFT_STORAGE_SECRET`). Needed outside
   * development (NODE_ENV "production" or a non-loopback `host`). Default: none; in development
   * one made up for the run.
   */
  storageSecret?: string;
  /**
   * Where `page.userStorage` keeps each browser's data: `new FileStore(dir)` to survive restarts,
   * or any `Store` (load, save, remove, close). A store given here is the caller's to close.
   * Default: in memory when `storageSecret` is given, else no user storage.
   */
  userStore?: Store;
  /** How long a session whose tab is gone stays in `page.presence`, in ms. Default 30 000. */
  presenceGraceMs?: number;
}

export const STORAGE_OPTION_NAMES = ["storageKey", "storageSecret", "userStore", "presenceGraceMs"] as const;

/** The checked options: what the host gives each app's hub. */
export interface ResolvedStorage {
  storageKey: string | undefined;
  presenceGraceMs: number | undefined;
  /** Present when user storage is on. */
  user: { cookie: UserCookie; store: Store } | undefined;
  /** The `storageSecret` given (not one made up for the run): it seals a moved tab's snapshot. */
  secret: string | undefined;
}

/**
 * Set by `weft run --watch` for its app processes: one secret for all of them, so that in
 * development (only there) a restart can hand each tab's `page.session` snapshot to the next
 * process and the browser's user cookie stays valid, when the app gives no `storageSecret`.
 */
export const DEV_SECRET_ENV = "WEFT_DEV_SECRET";

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Whether the app runs in development (see the file's comment). */
export function isDevelopment(host: string): boolean {
  return process.env.NODE_ENV !== "production" && isLoopback(host);
}

/** The watcher's shared secret, in development only. */
function devSecret(host: string): string | undefined {
  const secret = process.env[DEV_SECRET_ENV];
  return secret && secret.length >= 32 && isDevelopment(host) ? secret : undefined;
}

export function resolveStorageOptions(given: Record<string, unknown>, host: string): ResolvedStorage {
  const { storageKey, storageSecret, userStore, presenceGraceMs } = given;
  if (storageKey !== undefined) checkStorageKey(storageKey);
  if (presenceGraceMs !== undefined && (typeof presenceGraceMs !== "number" || !Number.isFinite(presenceGraceMs) || presenceGraceMs < 0)) {
    throw bad(`presenceGraceMs must be a number of at least 0, got ${JSON.stringify(presenceGraceMs)}`);
  }
  if (storageSecret !== undefined && (typeof storageSecret !== "string" || storageSecret.length < 32)) {
    throw bad("storageSecret must be a string of at least 32 characters (e.g. `openssl rand -hex 32`)");
  }
  if (userStore !== undefined) {
    const store = userStore as Record<string, unknown> | null;
    const missing = ["load", "save", "remove", "close"].filter((name) => typeof store?.[name] !== "function");
    if (missing.length) throw bad(`userStore must be a Store with load, save, remove and close; it has no ${missing.join(", ")}`);
  }
  const secret = (storageSecret as string | undefined) ?? devSecret(host);
  let user: ResolvedStorage["user"];
  if (userStore !== undefined || storageSecret !== undefined) {
    if (storageSecret === undefined && !isDevelopment(host)) {
      throw bad(
        "page.userStorage needs the storageSecret option outside development (NODE_ENV is \"production\" or host is not loopback): " +
          "give a secret of at least 32 characters, e.g. storageSecret: process.env.WEFT_STORAGE_SECRET",
      );
    }
    user = { cookie: new UserCookie(secret ?? crypto.randomUUID() + crypto.randomUUID()), store: (userStore as Store | undefined) ?? new MemoryStore() };
  }
  return { storageKey: storageKey as string | undefined, presenceGraceMs: presenceGraceMs as number | undefined, user, secret };
}
