/**
 * `page.clientStorage` and `page.sessionStorage` on the wire: a server-to-client call of the page
 * control named `STORAGE_METHOD`, with `[area, op, namespace, key?, value?]` as its arguments.
 * Values travel as JSON text: the browser stores and returns text and never parses it; the
 * runtime checks what comes back (core/client-json.ts). A storage failure is a normal reply
 * carrying `{ storageError, message }`, so the runtime can raise a specific error.
 */

/** The call's method name; a control can have no method of this name (it has a dot). */
export const STORAGE_METHOD = "weft.storage";

/** Which of the browser's storages: `localStorage` or `sessionStorage`. */
export type StorageArea = "local" | "session";

/** What a storage call does. */
export type StorageOp = "get" | "set" | "has" | "delete" | "keys" | "clear";

/** Why the browser could not do it: storage is full, or disabled (private mode, a policy, …). */
export type StorageFailure = "quota" | "unavailable";

/** Most keys one `keys()` answer lists. */
export const MAX_STORAGE_KEYS = 10_000;
