/**
 * Moving a tab off a draining process (decision 0039). At `drainTimeout` the hub tells each tab
 * still connected `move`; the client sends what it holds back (a field's typing) and says `bye`,
 * so every event the person made reaches this session first. Then `page.onMove` runs (bounded),
 * `page.session`'s JSON values are sealed into the `moved` frame, and the session ends. The client
 * starts a new session through the same URL with the sealed snapshot in its hello; the process
 * that takes it opens the seal and hands the values to `main` as `page.restored`.
 */
import { ServerAction, type JsonValue } from "../protocol/index.js";
import { fromClientJson, toJsonText } from "./client-json.js";
import { ErrorCode, WeftError } from "./errors.js";
import type { Logger, Session } from "./session.js";

/** How long a tab has to answer `move` (send its held-back input and `bye`). */
export const MOVE_ANSWER_MS = 2000;
/** How long `page.onMove` may run. */
export const ON_MOVE_MS = 3000;
/** The largest snapshot, in bytes of UTF-8 JSON (sealed, it stays under the protocol's `maxRestoreLength`). */
export const MAX_SNAPSHOT_BYTES = 32 * 1024;
const SNAPSHOT_LIMITS = { maxChars: MAX_SNAPSHOT_BYTES, maxDepth: 32 };
const encoder = new TextEncoder();

/**
 * The bound for a hub whose frames may be `maxFrameBytes`: the hello that gives the snapshot back
 * must fit in one frame (base64 adds a third, the seal and the hello's other fields a little).
 */
export function snapshotBytesFor(maxFrameBytes: number): number {
  return Math.max(0, Math.min(MAX_SNAPSHOT_BYTES, Math.floor(((maxFrameBytes - 1024) * 3) / 4) - 64));
}

/** Seals a snapshot for its trip through the browser and opens one that comes back (the Node host's: server/snapshot-seal.ts). */
export interface SnapshotSeal {
  seal(json: string): string;
  /** The JSON text sealed in `sealed`; a `WeftError` saying why when it is not one of ours, was changed, or is too old. */
  open(sealed: string): string;
}

/** Resolves when `promise` does or after `ms`, whichever is first; true when it was `promise`. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const first = await Promise.race([promise.then(() => true as const), late]);
  clearTimeout(timer);
  return first;
}

/**
 * `page.session` as one JSON object's text, or undefined when it is empty. A value that is not
 * JSON (or too big) is reported to `page.onError` and the log, naming its key, and stays behind.
 */
export function snapshotText(session: Session, maxBytes: number = MAX_SNAPSHOT_BYTES): string | undefined {
  const store = session.store;
  const parts: string[] = [];
  let bytes = 2;
  for (const key of store.keys()) {
    try {
      const part = `${JSON.stringify(key)}:${toJsonText(store.get(key), `page.session "${key}" cannot move`, SNAPSHOT_LIMITS)}`;
      const size = encoder.encode(part).length + 1;
      if (bytes + size > maxBytes) {
        throw new WeftError(ErrorCode.storageBadValue, `page.session "${key}" cannot move: with it the values come to over ${maxBytes} bytes of JSON`);
      }
      bytes += size;
      parts.push(part);
    } catch (thrown) {
      session.reportError(thrown, "handler", session.page, "move");
    }
  }
  return parts.length ? `{${parts.join(",")}}` : undefined;
}

/** The hub's side of one move: resolves once the `moved` frame went out; the hub then ends the session. */
export async function moveTab(session: Session, answered: Promise<void>, seal: SnapshotSeal | undefined, log: Logger, maxBytes = MAX_SNAPSHOT_BYTES, restart = false): Promise<void> {
  session.outbox.sendFrame([ServerAction.move, restart ? { restart: true } : {}]);
  await within(answered, MOVE_ANSWER_MS);
  if (!(await session.prepareMove(ON_MOVE_MS))) {
    log.warn(`[weft] session ${session.id}: page.onMove did not finish within ${ON_MOVE_MS} ms; the tab moves with what page.session held then`);
  }
  const json = snapshotText(session, maxBytes);
  if (json !== undefined && !seal) {
    log.warn(`[weft] session ${session.id}: page.session's values stay behind: sealing them for the move needs the storageSecret option (docs/deploy.md)`);
  }
  session.outbox.sendFrame([ServerAction.moved, json !== undefined && seal ? { restore: seal.seal(json) } : {}]);
}

/** The values a hello's `restore` carries, or undefined (said to `warn`) when there is no seal or it does not open. */
export function restoredValues(restore: string | undefined, seal: SnapshotSeal | undefined, warn: (message: string) => void): Record<string, JsonValue> | undefined {
  if (restore === undefined) return undefined;
  try {
    if (!seal) throw new WeftError(ErrorCode.badOption, "this process has no storageSecret to open it with");
    const values = fromClientJson(seal.open(restore), "a moved session's snapshot", SNAPSHOT_LIMITS);
    if (typeof values !== "object" || values === null || Array.isArray(values)) throw new WeftError(ErrorCode.badValue, "it is not an object");
    return values as Record<string, JsonValue>;
  } catch (thrown) {
    warn(`a moved tab's snapshot was not restored (${(thrown as Error).message}); its new session starts without page.restored`);
    return undefined;
  }
}
