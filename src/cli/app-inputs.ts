/**
 * The files an app is made of: its entry and every local file it imports, as esbuild's metafile
 * lists them (packages stay external, so `node_modules` is never read). What `weft run --watch`
 * watches. A file esbuild cannot parse is reported with its place, so the watcher can still
 * follow it until it is fixed.
 */
import { resolve } from "node:path";
import type { BuildFailure, Message } from "esbuild";

/** Where and why a file could not be built or started. */
export interface SourceProblem {
  /** Absolute path, when known. */
  file?: string | undefined;
  /** 1-based. */
  line?: number | undefined;
  /** 1-based. */
  column?: number | undefined;
  message: string;
}

export type AppInputs = { ok: true; files: string[] } | { ok: false; files: string[]; problem: SourceProblem };

/** Lists the app's local input files; on a syntax error, the files named by the errors and the problem. */
export async function appInputs(app: string, cwd: string): Promise<AppInputs> {
  const { build } = await import("esbuild");
  try {
    const result = await build({
      absWorkingDir: cwd,
      entryPoints: [app],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      conditions: ["source"],
      logLevel: "silent",
      outdir: resolve(cwd, ".weft-inputs"),
    });
    const files = Object.keys(result.metafile.inputs)
      .filter((key) => !key.includes(":") && !key.split("/").includes("node_modules"))
      .map((key) => resolve(cwd, key));
    return { ok: true, files };
  } catch (error) {
    const messages = (error as Partial<BuildFailure>).errors;
    if (!Array.isArray(messages) || messages.length === 0) {
      return { ok: false, files: [app], problem: { file: app, message: error instanceof Error ? error.message : String(error) } };
    }
    const files = [app, ...messages.flatMap((m) => (m.location ? [resolve(cwd, m.location.file)] : []))];
    return { ok: false, files: [...new Set(files)], problem: problemOf(messages[0]!, cwd) };
  }
}

function problemOf(message: Message, cwd: string): SourceProblem {
  const at = message.location;
  if (!at) return { message: message.text };
  return { file: resolve(cwd, at.file), line: at.line, column: at.column + 1, message: message.text };
}

/** `file:line:column: message`, the way compilers print it. */
export function formatProblem(problem: SourceProblem, cwd: string): string {
  if (!problem.file) return problem.message;
  const file = problem.file.startsWith(cwd + "/") ? problem.file.slice(cwd.length + 1) : problem.file;
  const place = [file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  return `${place}: ${problem.message}`;
}
