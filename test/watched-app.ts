/**
 * For the `weft run --watch` tests: a temporary app folder (an `app.ts` showing the text that
 * `message.ts` exports), the watcher started on it as a user would (`bin/weft.js` in a child
 * process, port 0), and bounded polling.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "weft.js");
export const WATCH_TIMEOUT_MS = 30_000;

export interface WatchedApp {
  /** The folder, removed by `stop()`. */
  dir: string;
  url: string;
  port: number;
  /** The watcher's process. */
  child: ChildProcess;
  /** Writes `message.ts`'s source. */
  setMessage(source: string): Promise<void>;
  /** What the watcher printed so far. */
  output(): string;
  /** The pids of the app's processes (the watcher's children that run `weft.js`; Linux). */
  appPids(): number[];
  /** SIGTERM to the watcher; resolves to its exit code once it exited. Removes the folder. */
  stop(): Promise<number | null>;
}

export interface WatchedAppOptions {
  /**
   * Installs `typescript` in the app's project (a link to this repository's) with a tsconfig
   * that covers `message.ts`, so the watcher type-checks it. Not `app.ts`: it imports Weft's own
   * sources, whose check (about 800 files) an installed package replaces with its `.d.ts`.
   */
  typescript?: boolean;
}

/** Makes the app folder (its page shows "<message> at <route>") with `message.ts` = `message` and starts `weft run --watch app.ts` in it. */
export async function startWatchedApp(message: string, options: WatchedAppOptions = {}): Promise<WatchedApp> {
  const dir = await mkdtemp(join(tmpdir(), "weft-watch-app-"));
  const messageFile = join(dir, "message.ts");
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  if (options.typescript) {
    await mkdir(join(dir, "node_modules"));
    await symlink(join(ROOT, "node_modules", "typescript"), join(dir, "node_modules", "typescript"));
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", target: "ES2022", lib: ["ES2022"], types: [] }, files: ["message.ts"] }));
  }
  await writeFile(messageFile, message);
  await writeFile(
    join(dir, "app.ts"),
    `import { app, Text, TextField, type Page } from ${JSON.stringify(join(ROOT, "src", "index.ts"))};\n` +
      `import { message } from "./message.js";\n` +
      // The note is what the app keeps across a restart: page.onMove puts it in page.session.
      `app(async (page: Page) => {\n` +
      `  const note = new TextField({ label: "Note", value: String(page.restored?.note ?? "") });\n` +
      `  page.onMove = () => void page.session.set("note", note.value);\n` +
      `  await page.add(new Text(\`\${message} at \${page.route}\`), note);\n` +
      `});\n`,
  );
  const child = spawn(process.execPath, [BIN, "run", "--watch", "app.ts", "--port", "0", "--no-open"], {
    cwd: dir,
    env: { ...process.env, CI: "1", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      process.kill(child.pid!, "SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), WATCH_TIMEOUT_MS / 2);
      await exited;
      clearTimeout(force);
    }
    await rm(dir, { recursive: true, force: true });
    return child.exitCode;
  };
  try {
    const url = await until(`the watcher's URL`, () => (child.exitCode !== null ? "" : /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output)?.[0]));
    if (!url) throw new Error(`the watcher exited: ${output}`);
    return {
      dir,
      url,
      port: Number(new URL(url).port),
      child,
      setMessage: (source) => writeFile(messageFile, source),
      output: () => output,
      appPids: () => appProcessesOf(child.pid!),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls `probe` every 20 ms until it returns a value, for at most `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined, timeoutMs = WATCH_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function appProcessesOf(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return children.filter((child) => readFileSync(`/proc/${child}/cmdline`, "utf8").includes("weft.js"));
  } catch {
    return [];
  }
}
