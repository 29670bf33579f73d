/**
 * `app(main)` and `appAsync(main)`: the counterparts of `ft.app(main)` and `await ft.app_async(main)`.
 * `app` serves until SIGINT/SIGTERM and reports a startup mistake as one line; `appAsync` resolves,
 * once listening, to a handle for apps that are part of a larger program.
 */
import { WeftError, type AppMain } from "../core/index.js";
import { activeCapture } from "./capture.js";
import { startHost, type HostHandle } from "./host.js";
import { openBrowser } from "./open-browser.js";
import { checkMain, resolveOptions, type AppHandle, type AppOptions } from "./options.js";
import { reportListening, withOverrides } from "./overrides.js";

const CAPTURED_HANDLE: HostHandle = { url: "", port: 0, close: async () => {}, drain: async () => {}, shutdown: async () => false, watchSignals: () => {}, drainTaken: () => {} };

/** Starts serving `main` and resolves, once listening, to `{ url, port, close() }`. */
export function appAsync(main: AppMain, options?: AppOptions): Promise<AppHandle> {
  return startApp(main, options);
}

async function startApp(main: AppMain, options?: AppOptions): Promise<HostHandle> {
  const capture = activeCapture();
  if (capture) {
    capture.push({ main, options: options ?? {} });
    return CAPTURED_HANDLE;
  }
  checkMain(main);
  const resolved = resolveOptions(withOverrides(options));
  const handle = await startHost([{ path: "/", title: "Weft", main }], withOverrides(options));
  const log = resolved.logger ?? console;
  if (!reportListening(handle.url, handle.port, options?.port)) log.info(`Weft app running at ${handle.url}`);
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
  startApp(main, options).then((handle) => stopOnSignals(handle, resolveOptions(withOverrides(options))), (error: unknown) => {
    const message = error instanceof WeftError ? error.message : String((error as Error)?.message ?? error);
    console.error(`weft: ${message}`);
    process.exitCode = 1;
  });
}

/**
 * SIGTERM drains (decision 0038): no new sessions, live ones go on until they end or
 * `drainTimeout` passes and their tabs move; then the process closes and exits 0. SIGINT (Ctrl-C)
 * closes at once, as before: every session ends within `shutdownTimeoutMs`, exit 0, or 1 when
 * that bound forced it. A second signal during either exits at once (1). A loop blocked through
 * the whole bound is ended by the watchdog (killed: SIGKILL), since no code of this thread can run then.
 */
function stopOnSignals(handle: HostHandle, options: { shutdownTimeoutMs: number; drainTimeout: number }): void {
  handle.watchSignals();
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.info(`\nWeft: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    const draining = signal === "SIGTERM";
    console.info(draining ? `\nWeft: ${signal}, draining (up to ${options.drainTimeout} ms; ${signal} again exits at once)…` : `\nWeft: ${signal}, closing sessions…`);
    if (draining) handle.drainTaken();
    const drained = draining ? handle.drain() : Promise.resolve();
    void drained.then(() => {
      // A backstop past the bound, should closing the server itself hang.
      const force = setTimeout(() => process.exit(1), options.shutdownTimeoutMs + 1000);
      force.unref();
      return handle.shutdown().then((forced) => process.exit(forced ? 1 : 0));
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
