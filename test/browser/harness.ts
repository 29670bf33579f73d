/**
 * Browser test harness: one Debian Chromium per test file (`/usr/bin/chromium`, driven by
 * `playwright-core`, never a Playwright browser download), apps served on 127.0.0.1 with a free
 * port, and everything closed in `after`. Every wait is bounded.
 *
 * ```ts
 * const browser = useBrowser();
 * test("…", async () => {
 *   const server = await browser.serve(main);
 *   const page = await browser.open(server.url);
 * });
 * ```
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium, type BrowserContext, type Page as BrowserPage } from "playwright-core";
import { appAsync, type AppHandle, type AppMain } from "../../src/index.js";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags for a quiet, sandbox-free headless Chromium that talks to nothing but the app under test. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The bound on every wait: launching, navigating, finding an element, an app's reply. */
export const TIMEOUT_MS = 15_000;

/** A server started for a test: an app via `appAsync`, or the gallery host. */
export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export interface BrowserHarness {
  /** The browser context (one profile per test file); valid between `before` and `after`. */
  readonly context: BrowserContext;
  /** Serves `main` on 127.0.0.1 with a free port and no browser window; closed in `after`. */
  serve(main: AppMain): Promise<AppHandle>;
  /** Registers a server started elsewhere (e.g. the gallery) to be closed in `after`. */
  track<S extends Served>(server: S): S;
  /**
   * Opens a new tab at `url` (only 127.0.0.1) and waits for the Weft client to connect; with
   * `{ session: false }`, for a plain page such as the gallery's index, only for the load.
   */
  open(url: string, options?: { session?: boolean }): Promise<BrowserPage>;
  /** Errors thrown in any page's scripts so far, to include in assertions. */
  readonly pageErrors: readonly string[];
}

/** The Weft session id the client exposes to tests as `window.__weft.sessionId`. */
export function sessionIdOf(page: BrowserPage): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as { __weft?: { sessionId?: string } }).__weft?.sessionId);
}

/** Waits until the page's Weft client has a session (it has said hello and been welcomed). */
export async function waitForSession(page: BrowserPage): Promise<string> {
  await page.waitForFunction(() => Boolean((globalThis as { __weft?: { sessionId?: string } }).__weft?.sessionId), undefined, {
    timeout: TIMEOUT_MS,
  });
  const id = await sessionIdOf(page);
  if (!id) throw new Error("the Weft client reported no session id");
  return id;
}

function assertLocal(url: string): void {
  const { hostname } = new URL(url);
  if (hostname !== "127.0.0.1") throw new Error(`browser tests talk only to 127.0.0.1, not ${url}`);
}

/** Sets up one Chromium for the current test file: launched in `before`, closed in `after`. */
export function useBrowser(): BrowserHarness {
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  const servers: Served[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    profile = await mkdtemp(join(tmpdir(), "weft-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      timeout: TIMEOUT_MS,
      viewport: { width: 1024, height: 768 },
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    context.setDefaultNavigationTimeout(TIMEOUT_MS);
    // Nothing but the app under test: refuse any request that leaves 127.0.0.1.
    await context.route(/.*/, (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
      return route.abort("blockedbyclient");
    });
  });

  after(async () => {
    await context?.close().catch(() => {});
    await Promise.all(servers.splice(0).map((server) => server.close().catch(() => {})));
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const harness: BrowserHarness = {
    get context() {
      if (!context) throw new Error("the browser is not running (use the harness inside tests)");
      return context;
    },
    get pageErrors() {
      return pageErrors;
    },
    async serve(main) {
      const handle = await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger });
      servers.push(handle);
      return handle;
    },
    track(server) {
      servers.push(server);
      return server;
    },
    async open(url, { session = true } = {}) {
      assertLocal(url);
      const page = await harness.context.newPage();
      page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      await page.goto(url);
      if (session) await waitForSession(page);
      return page;
    },
  };
  return harness;
}

/**
 * Keeps expected app errors (the "Break it" button) out of the test output while still
 * surfacing anything unexpected on stderr.
 */
export const quietLogger = {
  info: () => {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    if (!String(args[0]).includes("Something broke")) console.error(...args);
  },
};
