/**
 * The browser's side of `page.clientStorage` / `page.sessionStorage`: answers one storage call
 * against a `Storage` (the page's `localStorage` or `sessionStorage`; the pilot passes its own).
 * Every key is stored under the app's namespace, so an app sees and clears only its own keys.
 * Values stay the JSON text the runtime sent; nothing here parses or runs them.
 */
import { MAX_STORAGE_KEYS, type JsonValue, type StorageArea, type StorageFailure } from "../protocol/index.js";

/** The part of the Web Storage API used here. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where the storages are; reading one may throw (a sandboxed frame, disabled cookies). */
export type StorageSource = (area: StorageArea) => StorageLike | undefined;

function failure(storageError: StorageFailure, message: string): JsonValue {
  return { storageError, message };
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** This namespace's keys, namespace stripped, in storage order. */
function ownKeys(storage: StorageLike, namespace: string, prefix: string): string[] {
  const keys: string[] = [];
  const start = namespace + prefix;
  for (let i = 0; i < storage.length && keys.length < MAX_STORAGE_KEYS; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(start)) keys.push(key.slice(namespace.length));
  }
  return keys;
}

/** Answers `[area, op, namespace, key, value]`; throws only for arguments the runtime never sends. */
export function answerStorageCall(args: readonly JsonValue[], source: StorageSource): JsonValue {
  const [area, op, namespace, key, value] = args;
  if ((area !== "local" && area !== "session") || typeof namespace !== "string" || namespace === "") throw new Error("bad storage call");
  let storage: StorageLike | undefined;
  try {
    storage = source(area);
  } catch (error) {
    return failure("unavailable", String((error as Error)?.message ?? error));
  }
  if (!storage) return failure("unavailable", `this browser offers no ${area}Storage`);
  const name = namespace + String(key ?? "");
  try {
    switch (op) {
      case "get":
        return { result: storage.getItem(name) };
      case "has":
        return { result: storage.getItem(name) !== null };
      case "set":
        if (typeof value !== "string") throw new Error("bad storage value");
        storage.setItem(name, value);
        return { result: true };
      case "delete": {
        const had = storage.getItem(name) !== null;
        storage.removeItem(name);
        return { result: had };
      }
      case "keys":
        return { result: ownKeys(storage, namespace, typeof key === "string" ? key : "") };
      case "clear":
        for (const own of ownKeys(storage, namespace, "")) storage.removeItem(namespace + own);
        return { result: true };
      default:
        throw new Error(`unknown storage op ${String(op)}`);
    }
  } catch (error) {
    if (isQuota(error)) return failure("quota", `${area}Storage is full`);
    if ((error as Error)?.name === "SecurityError") return failure("unavailable", String((error as Error).message));
    throw error;
  }
}
