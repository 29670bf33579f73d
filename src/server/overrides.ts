/**
 * Options the CLI imposes on the app file it runs: `weft run app.ts --port 9000` wins over
 * `app(main, { port: 8000 })` written in the file, as a command line should. The CLI may also
 * ask to hear when the app listens (`weft run --watch` runs the app in a child process that
 * reports its port to the watcher).
 */
import type { AppOptions } from "./options.js";

let overrides: Partial<AppOptions> = {};
let onListening: ((url: string, port: number) => void) | undefined;

export function setAppOverrides(options: Partial<AppOptions>, listening?: (url: string, port: number) => void): void {
  overrides = { ...options };
  onListening = listening;
}

export function withOverrides(options: AppOptions | undefined): AppOptions {
  return { ...options, ...overrides };
}

/**
 * Called by `app()`/`appAsync()` once the server listens; false when nobody asked, and the app
 * then prints its URL itself.
 */
export function reportListening(url: string, port: number): boolean {
  onListening?.(url, port);
  return onListening !== undefined;
}
