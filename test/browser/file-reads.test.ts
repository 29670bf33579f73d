/**
 * Reading a picked file in the app, served and published as a static site, in Chromium:
 * `file.text()`, `file.bytes()` and `file.stream()` give the exact bytes (a 300 KB binary read in
 * 32 KB steps), with nothing uploaded; over 100 MB, `bytes()` is refused with the way out.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page as BrowserPage } from "playwright-core";
import { publish } from "../../src/cli/publish.js";
import { captureApps } from "../../src/server/capture.js";
import { useBrowser, type Served } from "./harness.js";
import { checksum } from "./fixtures/checksum.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIXTURE = join(ROOT, "test", "browser", "fixtures", "reads-file.ts");
const browser = useBrowser();
let work: string;
let site: Served;
const BINARY_BYTES = 300 * 1024 + 17;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-reads-"));
  await writeFile(join(work, "note.txt"), "héllo, files ✓\n");
  await writeFile(join(work, "data.bin"), Buffer.from(Array.from({ length: BINARY_BYTES }, (_, i) => (i * 131 + 7) & 255)));
  await publish({ app: FIXTURE, out: join(work, "site", "reads"), cwd: ROOT });
  site = browser.track(await serveStatic(join(work, "site")));
});
after(() => rm(work, { recursive: true, force: true }));

async function readThrough(tab: BrowserPage): Promise<string> {
  const chooser = tab.waitForEvent("filechooser");
  await tab.getByRole("button", { name: "Read files…" }).click();
  await (await chooser).setFiles([join(work, "note.txt"), join(work, "data.bin")]);
  const text = tab.getByText(/data\.bin stream:/);
  await text.waitFor();
  return (await tab.locator(".weft-text", { hasText: "note.txt text" }).innerText()).trim();
}

async function expected(): Promise<string> {
  const note = await readFile(join(work, "note.txt"));
  const data = await readFile(join(work, "data.bin"));
  return [
    `note.txt text: héllo, files ✓\n`,
    `note.txt bytes: ${checksum(note)}`,
    `note.txt stream: 1 chunks, ${note.length} bytes`,
    `data.bin bytes: ${checksum(data)}`,
    `data.bin stream: ${Math.ceil(BINARY_BYTES / (32 * 1024))} chunks, ${BINARY_BYTES} bytes`,
  ].join("\n");
}

test("served: text(), bytes() and stream() read the picked files exactly", async () => {
  const [captured] = await captureApps(() => import("./fixtures/reads-file.js"));
  assert.ok(captured);
  const served = await browser.serve(captured.main);
  const tab = await browser.open(served.url);
  assert.equal(await readThrough(tab), await expected());
  await tab.close();
});

test("static: the same reads, inside the page, with nothing sent anywhere", async () => {
  const tab = await browser.open(`${site.url}reads/`);
  const requests: string[] = [];
  tab.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  assert.equal(await readThrough(tab), await expected());
  assert.deepEqual(requests.filter((r) => !r.startsWith("GET ")), [], "no upload request");
  await tab.close();
});
