/**
 * One generation of the app under `weft run --watch`: `weft run app.ts` started again as a child
 * process (watch-child.ts) that reports the port it listens on, or why it could not start. Its
 * output goes to the watcher's terminal; the end of its stderr is kept, to explain a child that
 * stopped before it said anything.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { SourceProblem } from "./app-inputs.js";
import { WATCH_CHILD_ENV, WATCH_STANDBY_ENV, type ChildMessage, type GoMessage } from "./watch-child.js";

/** How long a stopping child has after SIGINT before SIGKILL. */
const STOP_GRACE_MS = 2000;
/** How long a child handing its tabs over may take: the move waits 2 s for a tab and 3 s for `onMove`. */
const HAND_OVER_GRACE_MS = 8000;
/** How much of a child's stderr is kept to explain its exit. */
const STDERR_TAIL = 4000;

/** How a child started: its port, and the one the app's own options asked for (`app(main, { port })`). */
export type ChildStart = { ok: true; port: number; url: string; asked: number | undefined } | { ok: false; problem: SourceProblem };

export interface DevChildOptions {
  /** The `weft` script to run (`bin/weft.js`). */
  script: string;
  /** `run`'s arguments for the child, without `--watch`. */
  args: string[];
  cwd: string;
  /** Environment additions (the tests' `NODE_ENV`, …). */
  env?: NodeJS.ProcessEnv;
  /** Start as a standby: load Weft, then wait for `go()` before importing the app. */
  standby?: boolean;
}

export class DevChild {
  readonly #child: ChildProcess;
  readonly started: Promise<ChildStart>;
  /** A standby's: true once it has loaded Weft and waits for `go()`, false if it exited first. */
  readonly ready: Promise<boolean>;
  #stderr = "";
  #exited: Promise<void>;
  /** Resolves when the process has exited, to what it said last (from a stop too). */
  readonly exited: Promise<string>;

  constructor(options: DevChildOptions) {
    this.#child = spawn(process.execPath, [...process.execArgv, options.script, "run", ...options.args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, [WATCH_CHILD_ENV]: "1", ...(options.standby ? { [WATCH_STANDBY_ENV]: "1" } : {}) },
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    this.#child.stderr!.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      this.#stderr = (this.#stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    this.#exited = new Promise((resolve) => this.#child.once("exit", () => resolve()));
    // "close", not "exit": by then all it wrote to stderr has arrived.
    this.exited = new Promise((resolve) => this.#child.once("close", (code, signal) => resolve(this.#exitMessage(code, signal, "while it served"))));
    this.ready = new Promise((resolve) => {
      this.#child.on("message", (message: ChildMessage) => {
        if (message.type === "ready") resolve(true);
      });
      this.#child.once("exit", () => resolve(false));
    });
    this.started = new Promise((resolve) => {
      this.#child.on("message", (message: ChildMessage) => {
        if (message.type === "listening") resolve({ ok: true, port: message.port, url: message.url, asked: message.asked });
        else if (message.type === "failed") resolve({ ok: false, problem: message.problem });
      });
      this.#child.once("exit", (code, signal) => resolve({ ok: false, problem: { message: this.#exitMessage(code, signal, "before it listened") } }));
      this.#child.once("error", (error) => resolve({ ok: false, problem: { message: `could not start the app: ${error.message}` } }));
    });
  }

  /** Tells a standby to import the app now; `started` then says how that went. */
  go(): void {
    const go: GoMessage = { type: "go" };
    if (this.running && this.#child.connected) this.#child.send(go);
  }

  /** Whether the process is still running. */
  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /**
   * Stops the process (SIGINT, then SIGKILL after a grace period); resolves once it exited.
   * SIGINT, not SIGTERM: under `app()` a SIGTERM drains for `drainTimeout` (decision 0038), and a
   * replaced development child has nothing to drain (its tabs already went to the next one).
   */
  stop(): Promise<void> {
    return this.#signal("SIGINT", STOP_GRACE_MS);
  }

  /**
   * Hands the child's open tabs to the next one, then lets it exit: SIGTERM, which under the
   * watcher's `drainTimeout: 0` moves each tab at once (its `page.onMove` runs, what it keeps in
   * `page.session` travels sealed, and the tab reconnects through the watcher to the new child,
   * which reads it in `page.restored`). SIGKILL if it is still there after the move's bound.
   */
  handOver(): Promise<void> {
    return this.#signal("SIGTERM", HAND_OVER_GRACE_MS);
  }

  /** Sends `signal`, then SIGKILL if the process is still there after `graceMs`; resolves once it exited. */
  async #signal(signal: NodeJS.Signals, graceMs: number): Promise<void> {
    if (!this.running) return;
    this.#child.kill(signal);
    const force = setTimeout(() => this.#child.kill("SIGKILL"), graceMs);
    await this.#exited;
    clearTimeout(force);
  }

  #exitMessage(code: number | null, signal: NodeJS.Signals | null, when: string): string {
    const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
    const said = this.#stderr.trim().split("\n").filter((line) => line.trim() !== "").slice(-6).join("\n");
    return said ? `the app ${how} ${when}:\n${said}` : `the app ${how} ${when}`;
  }
}
