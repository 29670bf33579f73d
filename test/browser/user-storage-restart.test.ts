/**
 * `page.userStorage` with a FileStore survives a restart: the app runs as a child process, the
 * browser visits twice, the process is stopped (SIGTERM) and started again on the same folder,
 * and the same browser (its cookie) finds its count where it left it.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { startChildApp, type ChildApp } from "../server/child-app.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();
const APP = join(import.meta.dirname, "fixtures", "visits-app.ts");
const dir = mkdtempSync(join(tmpdir(), "weft-visits-"));
const env = { WEFT_STORE_DIR: dir, WEFT_STORAGE_SECRET: "r".repeat(40), NODE_ENV: "production" };
const children: ChildApp[] = [];
after(() => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

async function stop(app: ChildApp): Promise<void> {
  app.child.kill("SIGTERM");
  const { code } = await app.exited;
  assert.equal(code, 0);
}

test("the same browser's user storage is there after the server restarts", async () => {
  const first = await startChildApp(APP, {}, env);
  children.push(first);
  const tab = await browser.open(`http://127.0.0.1:${first.port}/`);
  await tab.getByText("visits: 1", { exact: true }).waitFor();
  await tab.reload();
  await tab.getByText("visits: 2", { exact: true }).waitFor();
  await stop(first);

  const second = await startChildApp(APP, {}, env);
  children.push(second);
  await tab.goto(`http://127.0.0.1:${second.port}/`);
  await tab.getByText("visits: 3", { exact: true }).waitFor();
  await stop(second);
  assert.deepEqual(browser.pageErrors, []);
});
