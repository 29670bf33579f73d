/**
 * Options the CLI imposes on the app file it runs: `weft run app.ts --port 9000` wins over
 * `app(main, { port: 8000 })` written in the file, as a command line should. The CLI may also
 * ask to hear when the app listens (`weft run --watch` runs the app in a child process that
 * reports its port to the watcher).
 */
import type { AppOptions } from "./options.js";

/** Told where the app listens, and which port the app's own options asked for (if any). */
export type ListeningHook = (url: string, port: number, asked: number | undefined) => void;

interface Overrides {
  options: Partial<AppOptions>;
  listening: ListeningHook | undefined;
  /** The process is a `weft run --watch` child: a drain's moves are restarts (no notice in the tab). */
  restarts?: boolean;
}

/**
 * Kept on the global object, not in this module: a server built by `weft build` carries its own
 * copy of this module inside its bundle, and `weft start` sets the overrides through the CLI's.
 */
export const OVERRIDES_KEY = "weft.appOverrides";
const KEY = Symbol.for(OVERRIDES_KEY);

function current(): Overrides {
  const global = globalThis as { [KEY]?: Overrides };
  return (global[KEY] ??= { options: {}, listening: undefined });
}

export function setAppOverrides(options: Partial<AppOptions>, listening?: ListeningHook, restarts = false): void {
  const held = current();
  held.options = { ...options };
  held.listening = listening;
  held.restarts = restarts;
}

/** Whether a drain here hands tabs to a restarted copy of the same app (`weft run --watch`). */
export function movesAreRestarts(): boolean {
  return current().restarts === true;
}

export function withOverrides(options: AppOptions | undefined): AppOptions {
  return { ...options, ...current().options };
}

/**
 * Called by `app()`/`appAsync()` once the server listens; false when nobody asked, and the app
 * then prints its URL itself.
 */
export function reportListening(url: string, port: number, asked: number | undefined): boolean {
  const listening = current().listening;
  listening?.(url, port, asked);
  return listening !== undefined;
}
