/**
 * The API reference `npm start` serves (scripts/api-docs.mjs, typedoc.json): TypeDoc over the
 * public entries builds without errors, every control has its page with each prop's JSDoc, the
 * testing and redis entries are there, and the docs/ guides sit beside them.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const ROOT = join(import.meta.dirname, "..");
const out = mkdtempSync(join(tmpdir(), "weft-api-"));
after(() => rmSync(out, { recursive: true, force: true }));

test("TypeDoc builds the reference: controls with their props' JSDoc, the testing and redis entries, the guides", () => {
  const typedoc = join(ROOT, "node_modules", "typedoc", "bin", "typedoc");
  const run = spawnSync(process.execPath, [typedoc, "--options", join(ROOT, "typedoc.json"), "--out", out], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  assert.equal(run.status, 0, `typedoc failed:\n${run.stdout}\n${run.stderr}`);
  const text = readFileSync(join(out, "classes", "index.Text.html"), "utf8");
  assert.match(text, /Cut the text after this many lines, with an ellipsis/, "a prop's JSDoc is on the control's page");
  for (const page of ["classes/index.TextField.html", "classes/index.FilePicker.html", "functions/index.app.html", "classes/testing.Pilot.html", "functions/redis.redisPubSub.html", "documents/deploy.html", "documents/coming-from-flet.html"]) {
    assert.ok(existsSync(join(out, page)), `${page} is in the reference`);
  }
});
