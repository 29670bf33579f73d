/**
 * The bench's child processes: a server under measurement runs alone in its own Node (with
 * `--expose-gc`), so its heap holds only what it serves and its event loop is not the clients'.
 * Parent and child talk over the IPC channel in small JSON messages; every wait is bounded and
 * `stop` always ends the child (SIGKILL after a grace period).
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Extra Node flags for every child, for profiling a server under load, e.g.
 * `BENCH_CHILD_FLAGS="--cpu-prof --cpu-prof-dir=.scratch/prof" npm run bench -- broadcast`.
 */
const EXTRA_FLAGS = (process.env.BENCH_CHILD_FLAGS ?? "").split(/\s+/).filter(Boolean);

export interface ChildMessage {
  type: string;
  [key: string]: unknown;
}

export class BenchChild {
  readonly #process: ChildProcess;
  readonly #inbox: ChildMessage[] = [];
  #waiting: (() => void) | undefined;
  #exited = false;

  constructor(script: string, args: string[]) {
    this.#process = fork(fileURLToPath(new URL(script, import.meta.url)), args, {
      cwd: REPO_ROOT,
      execArgv: ["--expose-gc", "--import", "tsx", ...EXTRA_FLAGS],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.#process.on("message", (message) => {
      this.#inbox.push(message as ChildMessage);
      this.#waiting?.();
    });
    this.#process.once("exit", () => {
      this.#exited = true;
      this.#waiting?.();
    });
  }

  send(message: ChildMessage): void {
    this.#process.send(message);
  }

  /** The next message of `type`, within `timeoutMs`. */
  async next(type: string, timeoutMs: number): Promise<ChildMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.#inbox.findIndex((m) => m.type === type);
      if (at >= 0) return this.#inbox.splice(at, 1)[0]!;
      const failed = this.#inbox.find((m) => m.type === "error");
      if (failed) throw new Error(`bench child failed: ${String(failed.message)}`);
      if (this.#exited) throw new Error(`bench child exited while waiting for "${type}"`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`bench child sent no "${type}" within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#waiting = undefined;
    }
  }

  /** Sends `message` and waits for the reply of type `reply`. */
  async request(message: ChildMessage, reply: string, timeoutMs: number): Promise<ChildMessage> {
    this.send(message);
    return this.next(reply, timeoutMs);
  }

  /** Asks the child to stop; kills it if it has not exited within `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise<void>((resolve) => this.#process.once("exit", () => resolve()));
    if (this.#process.connected) this.#process.send({ type: "stop" });
    const timer = setTimeout(() => this.#process.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The child's side: sends `ready` with what `start` returns, answers each request with
 * `handle`, and on `stop` (or a lost parent) runs `close` and exits.
 */
export async function serveParent(
  start: () => Promise<Record<string, unknown>>,
  handle: (message: ChildMessage) => Promise<ChildMessage | undefined>,
  close: () => Promise<void>,
): Promise<void> {
  const reply = (message: ChildMessage) => process.send?.(message);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(0), 3000);
    await close().catch(() => {});
    clearTimeout(force);
    process.exit(0);
  };
  process.on("disconnect", () => void stop());
  try {
    reply({ type: "ready", ...(await start()) });
  } catch (error) {
    reply({ type: "error", message: String((error as Error)?.stack ?? error) });
    await stop();
    return;
  }
  process.on("message", (message: ChildMessage) => {
    if (message.type === "stop") {
      void stop();
      return;
    }
    handle(message).then(
      (answer) => answer && reply(answer),
      (error: unknown) => reply({ type: "error", message: String((error as Error)?.stack ?? error) }),
    );
  });
}

/** A full garbage collection, several times over so finalizers and weak callbacks settle. */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run the child with --expose-gc");
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
