/**
 * `app(main)` and `appAsync(main)`: the counterparts of `ft.app(main)` and `await ft.app_async(main)`.
 * `app` serves until SIGINT/SIGTERM and reports a startup mistake as one line; `appAsync` resolves,
 * once listening, to a handle for apps that are part of a larger program.
 */
import { WeftError, type AppMain } from "../core/index.js";
import { activeCapture } from "./capture.js";
import { startHost } from "./host.js";
import { openBrowser } from "./open-browser.js";
import { checkMain, resolveOptions, type AppHandle, type AppOptions } from "./options.js";
import { withOverrides } from "./overrides.js";

const CAPTURED_HANDLE: AppHandle = { url: "", port: 0, close: async () => {} };

/** Starts serving `main` and resolves, once listening, to `{ url, port, close() }`. */
export async function appAsync(main: AppMain, options?: AppOptions): Promise<AppHandle> {
  const capture = activeCapture();
  if (capture) {
    capture.push({ main, options: options ?? {} });
    return CAPTURED_HANDLE;
  }
  checkMain(main);
  const resolved = resolveOptions(withOverrides(options));
  const handle = await startHost([{ path: "/", title: "Weft", main }], withOverrides(options));
  const log = resolved.logger ?? console;
  log.info(`Weft app running at ${handle.url}`);
  if (resolved.view === "browser") openBrowser(handle.url);
  return handle;
}

/**
 * Serves `main` until the process is told to stop. A startup mistake (a port in use, a bad
 * option, a `main` that is not a function) prints one clear line and sets a failing exit code.
 */
export function app(main: AppMain, options?: AppOptions): void {
  if (activeCapture()) {
    void appAsync(main, options);
    return;
  }
  appAsync(main, options).then(stopOnSignals, (error: unknown) => {
    const message = error instanceof WeftError ? error.message : String((error as Error)?.message ?? error);
    console.error(`weft: ${message}`);
    process.exitCode = 1;
  });
}

function stopOnSignals(handle: AppHandle): void {
  const stop = (signal: NodeJS.Signals) => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    console.info(`\nWeft: ${signal}, closing sessions…`);
    const force = setTimeout(() => process.exit(0), 5000);
    force.unref();
    void handle.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
