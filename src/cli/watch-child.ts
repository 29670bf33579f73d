/**
 * The app's side of `weft run --watch`: the watcher starts `weft run app.ts` again in a child
 * process with `WEFT_WATCH_CHILD=1` and an IPC channel. The child listens on a free port and
 * tells the watcher which (`listening`), or why it could not start (`failed`: a syntax error or
 * an exception while the app file loaded, with its file and line). The watcher's own server then
 * points the browser's tabs at it (dev-proxy.ts). The next child is started ahead, as a standby
 * that has loaded Weft and waits for `go`.
 */
import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppOptions } from "../server/options.js";
import { setAppOverrides } from "../server/overrides.js";
import type { SourceProblem } from "./app-inputs.js";

/** The environment variable that makes `weft run` a watcher's child. */
export const WATCH_CHILD_ENV = "WEFT_WATCH_CHILD";
/**
 * With it, the child is a standby: it loads Weft, says `ready`, and waits for `go` before it
 * imports the app, so a restart does not wait for Node, tsx and Weft to load.
 */
export const WATCH_STANDBY_ENV = "WEFT_WATCH_STANDBY";

export type ChildMessage =
  | { type: "ready" }
  | { type: "listening"; port: number; url: string; asked: number | undefined }
  | { type: "failed"; problem: SourceProblem };

/** What the watcher tells a standby child: import the app now. */
export interface GoMessage {
  type: "go";
}

/** Runs the app file as the watcher's child: on a free port, reporting over IPC. */
export async function runAsWatchChild(url: URL, overrides: Partial<AppOptions>): Promise<void> {
  // A watcher that died without stopping its children (SIGKILL) must not leave them serving.
  if (!process.connected) return;
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  if (process.env[WATCH_STANDBY_ENV] === "1") await standBy();
  // The channel must not keep a child alive whose app has stopped (a startup error).
  (process.channel as { unref?: () => void } | undefined)?.unref?.();
  // drainTimeout 0: the watcher's SIGTERM hands every open tab to the next child at once (move).
  setAppOverrides({ ...overrides, port: 0, view: "none", drainTimeout: 0 }, (listeningUrl, port, asked) => tell({ type: "listening", port, url: listeningUrl, asked }), true);
  try {
    await import(url.href);
  } catch (error) {
    console.error(error);
    tell({ type: "failed", problem: problemOfError(error) }, () => process.exit(1));
  }
}

/** Loads Weft's modules (the ones the app will import) and waits for the watcher's `go`. */
async function standBy(): Promise<void> {
  await Promise.all([import("../server/index.js"), import("../core/index.js")]);
  await new Promise<void>((resolve) => {
    process.on("message", function onMessage(message: GoMessage) {
      if (message?.type !== "go") return;
      process.off("message", onMessage);
      resolve();
    });
    tell({ type: "ready" });
  });
}

function tell(message: ChildMessage, then?: () => void): void {
  if (process.send) process.send(message, undefined, {}, () => then?.());
  else then?.();
}

/** esbuild's `file:line:column: ERROR: text`, as tsx reports a syntax error. */
const TRANSFORM_ERROR = /^(.+?):(\d+):(\d+): ERROR: (.+)$/m;
/** A stack frame's place: `at f (/abs/app.ts:3:9)` or `at /abs/app.ts:3:9` or a file URL. */
const STACK_PLACE = /\(?((?:file:\/\/)?\/[^():\s]+):(\d+):(\d+)\)?$/;

/** The file and line an error points to: a syntax error's place, or the first frame outside Node and packages. */
export function problemOfError(error: unknown): SourceProblem {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = TRANSFORM_ERROR.exec(message);
  if (syntax && isAbsolute(syntax[1]!)) {
    return { file: syntax[1]!, line: Number(syntax[2]), column: Number(syntax[3]), message: syntax[4]! };
  }
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  for (const line of stack.split("\n").slice(1)) {
    const place = STACK_PLACE.exec(line.trim());
    if (!place || place[1]!.includes("/node_modules/")) continue;
    const file = place[1]!.startsWith("file:") ? fileURLToPath(place[1]!) : place[1]!;
    const name = error instanceof Error ? error.name : "Error";
    return { file, line: Number(place[2]), column: Number(place[3]), message: `${name}: ${message}` };
  }
  return { message };
}
