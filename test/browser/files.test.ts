/**
 * Files in Chromium: a bound button opens the chooser on the click; three files (one of 50 MB)
 * upload with progress to 100% and download back byte for byte; cancel leaves nothing; a file over
 * the limit is refused with the message in the page; a cut connection resumes.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appAsync, type AppOptions, type Page } from "../../src/index.js";
import { uploadsMain, useUploadDir } from "../../examples/uploads.js";
import { quietLogger, useBrowser } from "./harness.js";
import { startTcpProxy } from "./tcp-proxy.js";

const browser = useBrowser();
let work: string;
let big: string;
const MB = 1024 * 1024;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-files-"));
  big = join(work, "big.bin");
  const block = Buffer.alloc(MB);
  for (let i = 0; i < MB; i++) block[i] = (i * 31) & 255;
  await writeFile(big, Buffer.concat(Array.from({ length: 50 }, () => block)));
  await writeFile(join(work, "a.txt"), "hello, files\n");
  await writeFile(join(work, "b.json"), JSON.stringify({ b: 1 }));
});
after(() => rm(work, { recursive: true, force: true }));

async function serve(main: (page: Page) => Promise<void> | void, options: AppOptions) {
  return browser.track(await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, ...options }));
}

async function waitUntil(check: () => Promise<boolean>, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function sha(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

test("a bound button opens the chooser on the click; three files upload to 100% and download back exactly", async () => {
  const dir = join(work, "up1");
  useUploadDir(dir);
  const handle = await serve(uploadsMain, { uploadDir: dir });
  const tab = await browser.open(handle.url);
  const chooser = tab.waitForEvent("filechooser");
  await tab.getByRole("button", { name: "Pick files…" }).click();
  const opened = await chooser;
  assert.ok(opened.isMultiple(), "the chooser takes several files");
  await opened.setFiles([join(work, "a.txt"), join(work, "b.json"), big]);
  const bigBar = tab.locator('md-linear-progress[data-aria-label="Uploading big.bin"]');
  await bigBar.waitFor({ state: "attached" });
  const seen: number[] = [];
  await waitUntil(async () => {
    const now = Number(await bigBar.getAttribute("value", { timeout: 1000 }).catch(() => NaN));
    if (!Number.isNaN(now) && now !== seen.at(-1)) seen.push(now);
    return (await tab.getByRole("button", { name: "Download big.bin" }).count()) === 1 && now === 1;
  }, "the 50 MB file finished", 60_000);
  assert.ok(seen.length >= 3, `the bar rose in steps: ${seen.join(", ")}`);
  assert.deepEqual([...seen].sort((a, b) => a - b), seen, "progress only rose");
  assert.equal(seen.at(-1), 1, "and reached 100%");
  for (const name of ["a.txt", "b.json", "big.bin"]) assert.deepEqual(sha(await readFile(join(dir, name))), sha(await readFile(join(work, name))), name);
  assert.deepEqual((await readdir(dir)).sort(), ["a.txt", "b.json", "big.bin"], "no part files are left");

  const download = tab.waitForEvent("download");
  await tab.getByRole("button", { name: "Download b.json" }).click();
  const saved = await download;
  assert.equal(saved.suggestedFilename(), "b.json");
  assert.equal(await readFile((await saved.path())!, "utf8"), JSON.stringify({ b: 1 }));
});

test("a file over the limit is refused with the message in the page, nothing stored", async () => {
  const dir = join(work, "up2");
  useUploadDir(dir);
  const handle = await serve(uploadsMain, { uploadDir: dir, maxUploadBytes: 10 * MB });
  const tab = await browser.open(handle.url);
  const chooser = tab.waitForEvent("filechooser");
  await tab.getByRole("button", { name: "Pick files…" }).click();
  await (await chooser).setFiles([big]);
  await tab.getByText("big.bin is 50.0 MB; the limit is 10.0 MB per file").waitFor();
  assert.deepEqual(await readdir(dir), []);
});

test("the server-call form, cancel mid-way leaving nothing, and a cut connection that resumes", async () => {
  const dir = join(work, "up3");
  const events: string[] = [];
  let cancelAt = Infinity;
  const main = async (page: Page) => {
    const { FilePicker, ElevatedButton, Text } = await import("../../src/index.js");
    const picker = new FilePicker();
    const status = new Text("");
    page.overlay.push(picker);
    await page.add(
      new ElevatedButton("Pick from the server", {
        onClick: async () => {
          const files = await picker.pickFiles({ allowMultiple: false });
          const results = await picker.upload(files, {
            onProgress: (p) => {
              events.push(`${p.state} ${p.loaded}`);
              if (p.loaded > cancelAt) void picker.cancelUpload();
            },
          });
          status.value = results.map((r) => `${r.state} ${r.loaded}`).join(";");
          await status.update();
        },
      }),
      status,
    );
  };
  const handle = await serve(main, { uploadDir: dir });
  const proxy = await startTcpProxy(handle.port);
  try {
    const tab = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    // Cut every connection once 10 MB of the 50 have arrived: the upload resumes there.
    const cutter = setInterval(async () => {
      const parts = (await readdir(dir).catch(() => [])).filter((n) => n.startsWith(".weft-part-"));
      for (const part of parts) if ((await stat(join(dir, part)).catch(() => ({ size: 0 }))).size > 10 * MB) {
        clearInterval(cutter);
        proxy.cut();
      }
    }, 20);
    const chooser = tab.waitForEvent("filechooser");
    await tab.getByRole("button", { name: "Pick from the server" }).click();
    await (await chooser).setFiles([big]);
    await tab.getByText(`done ${50 * MB}`).waitFor({ timeout: 60_000 });
    clearInterval(cutter);
    assert.equal(sha(await readFile(join(dir, "big.bin"))), sha(await readFile(big)), "the resumed file is exact");
    await rm(join(dir, "big.bin"));

    cancelAt = 5 * MB;
    events.length = 0;
    const again = tab.waitForEvent("filechooser");
    await tab.getByRole("button", { name: "Pick from the server" }).click();
    await (await again).setFiles([big]);
    await tab.getByText(/^cancelled/).waitFor({ timeout: 30_000 });
    await waitUntil(async () => (await readdir(dir)).length === 0, "cancel left nothing on disk", 10_000);
  } finally {
    await proxy.close();
  }
});
