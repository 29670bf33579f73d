/**
 * Thousands of sockets need as many file descriptors, in this process (the clients) and in the
 * server child. Linux's usual soft limit (1024) is too low: `ensureOpenFiles` re-runs the bench
 * under `bash -c 'ulimit -n …'` once when it is. The children inherit the raised limit.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const REEXEC_MARK = "WEFT_BENCH_ULIMIT";

/** The soft limit on open files, or undefined where `/proc` does not say. */
export function openFilesLimit(): number | undefined {
  try {
    const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === "unlimited" ? Number.POSITIVE_INFINITY : soft ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure at least `needed` files may be open: if not, runs this same command again under a
 * raised limit and returns its exit code; returns undefined when this process may go on.
 */
export function ensureOpenFiles(needed: number): number | undefined {
  const limit = openFilesLimit();
  if (limit === undefined || limit >= needed || process.env[REEXEC_MARK]) return undefined;
  const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, ...process.execArgv, ...process.argv.slice(1)].map(quote).join(" ");
  // Ask for plenty; as a fallback take the hard limit; the bench reports what it cannot open.
  const script = `ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec ${command}`;
  console.log(`[bench] open files limited to ${limit}; re-running under: ulimit -n 65536`);
  const child = spawnSync("bash", ["-c", script], { stdio: "inherit", env: { ...process.env, [REEXEC_MARK]: "1" } });
  return child.status ?? 1;
}
