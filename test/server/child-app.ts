/**
 * Test helpers for an app run as a child process (`node --import tsx <file>`), for behaviour that
 * touches the process itself (its error listeners, signals, exit code), which must not run inside
 * the test runner.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface ChildApp {
  readonly child: ChildProcess;
  readonly port: number;
  /** Everything the child wrote to stderr so far. */
  stderr(): string;
  /** Resolves once stderr matches, or rejects after `timeoutMs`. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code and signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `file` with `options` (WEFT_TEST_OPTIONS) and resolves once it listens. */
export async function startChildApp(file: string, options: Record<string, unknown> = {}, env: Record<string, string> = {}): Promise<ChildApp> {
  const child = spawn(process.execPath, ["--import", "tsx", file], {
    env: { ...process.env, ...env, WEFT_TEST_OPTIONS: JSON.stringify(options) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiters = new Set<() => void>();
  child.stdout!.on("data", (chunk) => {
    out += String(chunk);
    for (const wake of waiters) wake();
  });
  child.stderr!.on("data", (chunk) => {
    err += String(chunk);
    for (const wake of waiters) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      resolve({ code, signal });
      for (const wake of waiters) wake();
    });
  });
  const until = (check: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`${what} did not come within ${timeoutMs} ms; stderr:\n${err}`));
      }, timeoutMs);
      const wake = () => {
        const done = check();
        const gone = child.exitCode !== null || child.signalCode !== null;
        if (!done && !gone) return;
        clearTimeout(timer);
        waiters.delete(wake);
        if (done) resolve();
        else reject(new Error(`the app exited (${child.exitCode ?? child.signalCode}) before ${what} came; stderr:\n${err}`));
      };
      waiters.add(wake);
      wake();
    });
  // 60 s: under a loaded 2-core machine, tsx compiling a child app took 19-30 s, and 20 s failed a CI run.
  await until(() => /running at http:\/\/127\.0\.0\.1:\d+\//.test(out), "the app's URL", 60_000);
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(out)![1]);
  return {
    child,
    port,
    stderr: () => err,
    waitForStderr: (pattern, timeoutMs = 10_000) => until(() => pattern.test(err), `stderr matching ${pattern}`, timeoutMs),
    exited,
  };
}
