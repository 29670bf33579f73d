/**
 * The type checker's process under `weft run --watch`, as source for `node -e`: plain CommonJS,
 * so it runs the same from `src/` and from a build and loads no TypeScript loader. It loads the
 * app project's own `typescript` (its path in `WEFT_TYPESCRIPT`) and runs TypeScript's watch
 * program on the app's tsconfig (`WEFT_TSCONFIG`), or on the app file alone with strict defaults
 * when it has none (`WEFT_TYPECHECK_ROOT`), never emitting. TypeScript watches the files itself;
 * after each check the process sends the watcher its errors over IPC:
 * `{ type: "checked", errors: [{ file, line, column, message }] }` (1-based).
 */
export const TYPE_CHECK_SOURCE = String.raw`
"use strict";
const ts = require(process.env.WEFT_TYPESCRIPT);
const configPath = process.env.WEFT_TSCONFIG;
const root = process.env.WEFT_TYPECHECK_ROOT;
// TypeScript's watch-status codes: a check starts (6031 first, 6032 after a change) and ends (6193, 6194).
const STARTS = new Set([6031, 6032]);
const ENDS = new Set([6193, 6194]);
let found = [];

function place(diagnostic) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n") + " (TS" + diagnostic.code + ")";
  if (!diagnostic.file || diagnostic.start === undefined) return { message };
  const at = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { file: diagnostic.file.fileName, line: at.line + 1, column: at.character + 1, message };
}

function reportDiagnostic(diagnostic) {
  if (diagnostic.category === ts.DiagnosticCategory.Error) found.push(place(diagnostic));
}

function reportStatus(diagnostic) {
  if (STARTS.has(diagnostic.code)) found = [];
  else if (ENDS.has(diagnostic.code)) {
    process.send({ type: "checked", errors: found });
    found = [];
  }
}

// The watcher went away (killed): nothing is left to tell.
process.on("disconnect", () => process.exit(0));
const create = ts.createSemanticDiagnosticsBuilderProgram;
const host = configPath
  ? ts.createWatchCompilerHost(configPath, { noEmit: true }, ts.sys, create, reportDiagnostic, reportStatus)
  : ts.createWatchCompilerHost([root], {
      noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true,
    }, ts.sys, create, reportDiagnostic, reportStatus);
ts.createWatchProgram(host);
`;
