/**
 * The client reports through diagnostics.ts alone: every message in a page's console carries a
 * code (`[weft] client.renderer-load: …`), and no other client file writes to the console itself.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { ClientCode, reportError, reportWarning } from "../../src/client/diagnostics.js";

const CLIENT = join(import.meta.dirname, "../../src/client");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

test("no client file but diagnostics.ts writes to the console", () => {
  const writers = sources(CLIENT)
    .filter((file) => !file.endsWith("diagnostics.ts"))
    .filter((file) => /\bconsole\.(log|info|warn|error|debug)\(/.test(readFileSync(file, "utf8")))
    .map((file) => relative(CLIENT, file));
  assert.deepEqual(writers, [], "report through reportError/reportWarning with a ClientCode");
});

test("a report reads [weft] <code>: <message>, with its cause after", (t) => {
  const errors = t.mock.method(console, "error", () => {});
  const warnings = t.mock.method(console, "warn", () => {});
  const cause = new Error("404");
  reportError(ClientCode.rendererLoad, 'the renderer of "chip" could not load', cause);
  reportWarning("session.closed", "the session ended");
  assert.deepEqual(errors.mock.calls[0]?.arguments, ['[weft] client.renderer-load: the renderer of "chip" could not load', cause]);
  assert.deepEqual(warnings.mock.calls[0]?.arguments, ["[weft] session.closed: the session ended"]);
});

test("every client code is client.<kebab-name>, each once", () => {
  const codes = Object.values(ClientCode);
  for (const code of codes) assert.match(code, /^client\.[a-z]+(-[a-z]+)*$/);
  assert.equal(new Set(codes).size, codes.length);
});
