/**
 * `weft run --watch app.ts`: serves the app and restarts it when a file of its import chain
 * changes. The watcher keeps the port (dev-proxy.ts) and runs the app in a child process
 * (dev-child.ts); on a change it starts a new child beside the old one, switches the tabs to it
 * once it listens (they reconnect at once and run the new `main`), then stops the old one. When
 * the new child cannot start, the old one is stopped too and the tabs show the problem instead
 * of running stale code; the next save that starts tries again. Every child serves one client
 * build (`WEFT_CLIENT_DIR`): an installed package's prebuilt one, else one built once into a
 * temporary folder, rather than each child building its own at its start. The next child is
 * started ahead as a standby (Node, tsx and Weft loaded) so a restart only imports the app.
 * See docs/decisions/0044.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { WeftError } from "../core/index.js";
import { prebuiltClientDir, writeClientBuild } from "../server/client-assets.js";
import type { AppOptions } from "../server/options.js";
import { CLIENT_DIR_ENV } from "../server/prebuilt-client.js";
import { DEV_SECRET_ENV } from "../server/storage-options.js";
import { openBrowser } from "../server/open-browser.js";
import { appInputs, formatProblem } from "./app-inputs.js";
import { DevChild, type ChildStart } from "./dev-child.js";
import { DevProxy } from "./dev-proxy.js";
import { FileWatcher } from "./file-watcher.js";
import { TypeChecker } from "./type-checker.js";

export interface WatchOptions {
  /** The app file, absolute. */
  app: string;
  /** `run`'s flags, as parsed. */
  overrides: Partial<AppOptions>;
  /** The `weft` script the children run. */
  script: string;
  cwd: string;
}

const DEFAULT_PORT = 8550;
const DEFAULT_HOST = "127.0.0.1";
/** After this long without listening, the terminal is told the app may not call `app(main)`. */
const SLOW_START_MS = 10_000;
/** Weft's own folder (the repository, or the installed package): a standby has its modules loaded. */
const WEFT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export class AppWatcher {
  readonly #options: WatchOptions;
  readonly #proxy = new DevProxy();
  readonly #watcher: FileWatcher;
  #child: DevChild | undefined;
  /** TypeScript's watch program on the app's project, in its own process (decision 0059). */
  #types: TypeChecker | undefined;
  /** The last check's errors, as the terminal was last told them. */
  #typeErrors: string[] = [];
  /** The next child, started ahead: it has loaded Weft and waits to import the app. */
  #standby: DevChild | undefined;
  /** The port the app's own options asked for, as the first child that started said. */
  #askedPort: number | undefined;
  /** The child starting now, which a change makes obsolete (it may never listen: a hang at start). */
  #starting: DevChild | undefined;
  /** Files changed since the last restart began. */
  #changedFiles = new Set<string>();
  /** The client every child serves (`WEFT_CLIENT_DIR`): the package's prebuilt one, or built once. */
  #clientDir: string | undefined;
  /** One storage secret for every child: a tab's sealed `page.session` opens in the next one. */
  readonly #devSecret = randomBytes(32).toString("hex");
  /** Whether `#clientDir` is a temporary folder of this watcher's. */
  #ownClientDir = false;
  #restarting = false;
  #again = false;
  #closed = false;

  constructor(options: WatchOptions) {
    this.#options = options;
    this.#watcher = new FileWatcher((files) => this.#changed(files));
  }

  /**
   * Starts the first child, then listens: on `--port`, else on the port the app's own options
   * ask for (`app(main, { port: 8000 })`, as the first child reports), else 8550. Resolves to
   * the URL the browser opens.
   */
  async start(): Promise<string> {
    const host = this.#options.overrides.host ?? DEFAULT_HOST;
    this.#clientDir = prebuiltClientDir();
    if (!this.#clientDir) {
      this.#clientDir = await mkdtemp(join(tmpdir(), "weft-watch-client-"));
      this.#ownClientDir = true;
      await writeClientBuild(this.#clientDir);
    }
    await this.#restart();
    // After the first start, which it would otherwise slow; from then on it follows the files itself.
    if (!this.#closed) this.#types = new TypeChecker({ app: this.#options.app, cwd: this.#options.cwd, onChecked: (errors) => this.#typesChecked(errors) });
    const port = await this.#proxy.listen(this.#options.overrides.port ?? this.#askedPort ?? DEFAULT_PORT, host);
    const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
    return `http://${shown}:${port}/`;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#watcher.close();
    this.#types?.close();
    await this.#standby?.stop();
    await this.#child?.stop();
    await this.#proxy.close();
    if (this.#clientDir && this.#ownClientDir) await rm(this.#clientDir, { recursive: true, force: true });
  }

  #changed(files: string[]): void {
    const names = files.map((file) => relative(this.#options.cwd, file)).join(", ");
    console.info(`Weft: ${names} changed, restarting…`);
    for (const file of files) this.#changedFiles.add(file);
    // A start still going on runs old code and may never end (a top-level await that hangs).
    void this.#starting?.stop();
    void this.#restart();
  }

  /** A type check ended: the tabs show its errors over the running app, and the terminal lists them when they changed. */
  #typesChecked(errors: string[]): void {
    if (errors.join("\n") === this.#typeErrors.join("\n")) return;
    this.#proxy.typeErrors(errors);
    const had = this.#typeErrors.length > 0;
    this.#typeErrors = errors;
    if (errors.length > 0) console.error(`Weft: ${errors.length === 1 ? "1 type error" : `${errors.length} type errors`} (the app runs all the same):\n${errors.map((error) => `  ${error}`).join("\n")}`);
    else if (had) console.info("Weft: no type errors");
  }

  /** One restart at a time; a change during one makes another follow it. */
  async #restart(): Promise<void> {
    if (this.#restarting) {
      this.#again = true;
      return;
    }
    this.#restarting = true;
    try {
      do {
        this.#again = false;
        await this.#startNext();
      } while (this.#again && !this.#closed);
    } finally {
      this.#restarting = false;
    }
  }

  async #startNext(): Promise<void> {
    const { app, cwd } = this.#options;
    const old = this.#child;
    // The import chain is read while the child starts; a syntax error fails both, and esbuild's
    // report of it is the one shown (the child's names the same place).
    const reading = appInputs(app, cwd).then((inputs) => {
      // A file that fails to parse is watched with what the last good build listed.
      this.#watcher.watch(inputs.ok ? inputs.files : [...this.#watcher.files, ...inputs.files]);
      return inputs;
    });
    const started = await this.#spawn();
    if (this.#closed) return;
    // A failed start of code already changed again (or stopped for that) is old news: the next
    // start follows at once, and the tabs keep what they have until then.
    if (!started.ok && this.#again) {
      await reading;
      return;
    }
    if (started.ok) {
      this.#askedPort ??= started.asked;
      this.#proxy.serve({ host: new URL(started.url).hostname.replace(/^\[|\]$/g, ""), port: started.port }, old?.running === true);
    } else {
      const inputs = await reading;
      const text = formatProblem(inputs.ok ? started.problem : inputs.problem, cwd);
      console.error(`Weft: the app cannot start: ${text}`);
      this.#proxy.fail(text);
      this.#child = undefined;
    }
    // A working new child takes the old one's tabs by a move, with their page.session; after a
    // failed start the old one has nothing to hand over to.
    if (old && old !== this.#child) await (started.ok ? old.handOver() : old.stop());
    await reading;
  }

  async #spawn(): Promise<ChildStart> {
    const changed = [...this.#changedFiles];
    this.#changedFiles.clear();
    const child = (await this.#takeStandby(changed)) ?? this.#newChild(false);
    child.go();
    this.#starting = child;
    const slow = setTimeout(() => console.error(`Weft: the app has not started listening after ${SLOW_START_MS / 1000} s; does it call app(main)?`), SLOW_START_MS);
    const result = await child.started;
    clearTimeout(slow);
    this.#starting = undefined;
    if (result.ok && !this.#closed) {
      this.#child = child;
      void child.exited.then((how) => this.#exited(child, how));
    } else await child.stop();
    // The next one loads while the developer edits; not during this start, which it would slow.
    if (!this.#closed) this.#standby ??= this.#newChild(true);
    return result;
  }

  /** The serving child stopped by itself (the app called `process.exit`, or crashed): say so in the tabs. */
  #exited(child: DevChild, how: string): void {
    if (this.#child !== child || this.#closed) return;
    this.#child = undefined;
    console.error(`Weft: ${how}; save a file to start it again`);
    this.#proxy.fail(how);
  }

  /**
   * The standby, unless it is stale (a changed file is one of Weft's own, which it has loaded: a
   * checkout of Weft) or it died; then it is stopped and a fresh child starts instead.
   */
  async #takeStandby(changed: string[]): Promise<DevChild | undefined> {
    const standby = this.#standby;
    this.#standby = undefined;
    if (!standby) return undefined;
    const stale = changed.some((file) => file.startsWith(WEFT_ROOT));
    if (!stale && (await standby.ready)) return standby;
    await standby.stop();
    return undefined;
  }

  #newChild(standby: boolean): DevChild {
    const env = { [DEV_SECRET_ENV]: this.#devSecret, ...(this.#clientDir ? { [CLIENT_DIR_ENV]: this.#clientDir } : {}) };
    return new DevChild({ script: this.#options.script, args: childArgs(this.#options), cwd: this.#options.cwd, env, standby });
  }
}

/** The child's `run` arguments: the app and `--host`; the port is always a free one. */
function childArgs(options: WatchOptions): string[] {
  const args = [options.app, "--no-open"];
  if (options.overrides.host !== undefined) args.push("--host", options.overrides.host);
  return args;
}

/** Runs the watcher until SIGINT/SIGTERM. */
export async function watchCommand(options: Omit<WatchOptions, "script">): Promise<void> {
  const script = process.argv[1] ?? fileURLToPath(new URL("../../bin/weft.js", import.meta.url));
  const watcher = new AppWatcher({ ...options, script });
  // From the start: a stop while the first child loads must stop it too.
  const stop = (): void => {
    void watcher.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  let url: string;
  try {
    url = await watcher.start();
  } catch (error) {
    await watcher.close();
    if (!(error instanceof WeftError)) throw error;
    console.error(`weft: ${error.message}`);
    process.exit(1);
  }
  console.info(`Weft app running at ${url} (watching ${relative(options.cwd, options.app)} and what it imports)`);
  if (options.overrides.view !== "none") openBrowser(url);
}
