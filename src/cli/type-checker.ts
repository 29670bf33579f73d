/**
 * Type checking beside `weft run --watch` (decision 0059): TypeScript's own watch program, on the
 * app's tsconfig, in a process of its own at low priority (type-check-source.ts), so the restart
 * never waits for it and the proxy and the app's child keep the CPU first. It runs only when the
 * app's project has `typescript` installed (resolved from the app file, as the project's own
 * `tsc` would be), and says in the terminal when it does not. Each check's errors go to
 * `onChecked`, as `file:line:column: message (TSnnnn)`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
import { dirname, join, parse, relative } from "node:path";
import { formatProblem, type SourceProblem } from "./app-inputs.js";
import { TYPE_CHECK_SOURCE } from "./type-check-source.js";

/** The checker's nice value: it yields the CPU to the app's restart (0) on a busy machine. */
const CHECKER_NICENESS = 10;

export interface TypeCheckerOptions {
  /** The app file, absolute. */
  app: string;
  cwd: string;
  /** Each finished check's errors, formatted; empty when there are none. */
  onChecked: (errors: string[]) => void;
}

interface CheckedMessage {
  type: "checked";
  errors: SourceProblem[];
}

export class TypeChecker {
  readonly #child: ChildProcess | undefined;
  #closed = false;

  constructor(options: TypeCheckerOptions) {
    const typescript = resolveTypescript(options.app);
    if (!typescript) {
      console.info("Weft: type errors are not checked: no `typescript` in the app's project (npm install --save-dev typescript)");
      return;
    }
    const tsconfig = findTsconfig(dirname(options.app));
    const env = { ...process.env, WEFT_TYPESCRIPT: typescript, ...(tsconfig ? { WEFT_TSCONFIG: tsconfig } : { WEFT_TYPECHECK_ROOT: options.app }) };
    this.#child = spawn(process.execPath, ["-e", TYPE_CHECK_SOURCE], { cwd: options.cwd, env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
    const pid = this.#child.pid;
    if (pid !== undefined) trySetPriority(pid);
    this.#child.on("error", (error) => console.error(`Weft: the type checker could not start: ${error.message}`));
    // Its own error (a tsconfig TypeScript cannot read, a crash) is on stderr above this line.
    this.#child.on("exit", (code, signal) => {
      if (!this.#closed) console.error(`Weft: the type checker stopped (${signal ?? `exit code ${code}`}); type errors are no longer shown until the watcher restarts`);
    });
    this.#child.on("message", (message: CheckedMessage) => {
      if (message?.type === "checked") options.onChecked(message.errors.map((problem) => formatProblem(problem, options.cwd)));
    });
    const what = tsconfig ? relative(options.cwd, tsconfig) : `${relative(options.cwd, options.app)} (no tsconfig.json)`;
    console.info(`Weft: type-checking ${what} beside the app; type errors show in the tab, and the app runs all the same`);
  }

  close(): void {
    this.#closed = true;
    if (this.#child && this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill("SIGKILL");
  }
}

/** The project's `typescript`, from the app file's folder up, or undefined. */
function resolveTypescript(app: string): string | undefined {
  try {
    return createRequire(app).resolve("typescript");
  } catch {
    return undefined;
  }
}

/** The nearest `tsconfig.json` from `dir` up, as `tsc` finds it. */
function findTsconfig(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, "tsconfig.json");
    if (existsSync(candidate)) return candidate;
    if (at === parse(at).root) return undefined;
  }
}

function trySetPriority(pid: number): void {
  try {
    setPriority(pid, CHECKER_NICENESS);
  } catch {
    // Not allowed here (some containers): the check still runs, at normal priority.
  }
}
