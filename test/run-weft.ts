/** The `weft` command as a user runs it, for the CLI tests: `bin/weft.js` in a child process in the repository. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "weft.js");

/** How a finished `weft` ended, and what it printed. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `weft args` (no colours, as on CI). */
export function weft(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: "1", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs `weft args` to completion (killed by pid if it outlives `timeoutMs`). */
export async function runWeft(args: string[], timeoutMs: number): Promise<Finished> {
  const child = weft(args);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    const [code] = (await once(child, "exit")) as [number | null];
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

/** A temporary folder for one test file's output, made before its tests and removed after them; call the result for its path. */
export function workFolder(prefix: string): () => string {
  let work = "";
  before(async () => {
    work = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });
  return () => work;
}
