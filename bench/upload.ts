/**
 * `upload`: a 200 MB file picked in Chromium and uploaded through `FilePicker.upload` into
 * `uploadDir` (Weft's signed, chunked, resumable PUTs), timed from the `upload()` call to its
 * result; against `curl -T` sending the same file to a bare `node:http` server that writes it to
 * disk (the floor), in the same run. Goal: at least 0.8× the floor's MB/s. Every byte is checked.
 * A second floor isolates what Weft adds: the same Chromium sending the same file in one plain XHR
 * PUT to that bare server (`upload_browser_floor_mb_per_s`), since the browser's own upload path is
 * slower than curl's on this machine whatever the server does.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { appAsync, ElevatedButton, FilePicker, Text, type Page } from "../src/index.js";
import type { Benchmark, Scale } from "./benchmark.js";
import type { Page as Tab } from "playwright-core";
import { openTab, withChromium } from "./chromium.js";
import { quietLogger } from "./serve-app.js";

const MB = 1024 * 1024;
const SIZES: Record<Scale, { mb: number; rounds: number }> = { full: { mb: 200, rounds: 3 }, smoke: { mb: 2, rounds: 1 } };

async function makeFile(dir: string, mb: number): Promise<string> {
  const path = join(dir, "source.bin");
  const block = Buffer.alloc(MB);
  for (let i = 0; i < MB; i++) block[i] = (i * 131 + 7) & 255;
  const out = createWriteStream(path);
  for (let i = 0; i < mb; i++) if (!out.write(block)) await new Promise<void>((r) => out.once("drain", () => r()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return path;
}

async function digest(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

/** A bare node:http server writing each PUT body to `target`; its GET page has one file input. */
async function bareServer(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === "GET") return void res.writeHead(200, { "Content-Type": "text/html" }).end("<input type=file id=file>");
    void pipeline(req, createWriteStream(target)).then(
      () => res.end("ok"),
      () => res.destroy(),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** curl PUTs `file` to the bare server; resolves to the ms it took. */
async function curlRound(file: string, url: string): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const curl = spawn("curl", ["-sS", "--fail", "-o", "/dev/null", "-T", file, `${url}up`], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    curl.stderr.on("data", (d: Buffer) => (err += d.toString()));
    curl.on("error", reject);
    curl.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`curl exited with ${code}: ${err.trim()}`))));
  });
  return performance.now() - started;
}

/** Chromium sends `file` in one plain XHR PUT to the bare server; resolves to the ms it took. */
async function browserRound(tab: Tab, file: string, url: string): Promise<number> {
  await tab.goto(url);
  await tab.locator("#file").setInputFiles(file);
  return tab.evaluate(async () => {
    const picked = (document.getElementById("file") as HTMLInputElement).files![0]!;
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("PUT", "/up");
      xhr.upload.onprogress = () => {};
      xhr.onload = resolve;
      xhr.onerror = reject;
      xhr.send(picked);
    });
    return performance.now() - started;
  });
}

/** The app: a bound button; the upload's time is shown as `done <ms> <stored name>`. */
function uploadApp(page: Page): Promise<void> {
  const status = new Text("ready");
  const picker = new FilePicker({
    onResult: async (e) => {
      const started = performance.now();
      const [result] = await picker.upload(e.data.files);
      status.value = result?.state === "done" ? `done ${(performance.now() - started).toFixed(1)} ${result.storedName}` : `failed ${result?.error ?? result?.state}`;
      await status.update();
    },
  });
  const pick = new ElevatedButton("Upload");
  page.overlay.push(picker);
  return page.add(pick, status).then(() => {
    picker.bind(pick);
    return page.update();
  });
}

export interface UploadFigures {
  weftMbPerS: number;
  curlMbPerS: number;
  browserMbPerS: number;
}

export async function measureUpload(scale: Scale): Promise<UploadFigures> {
  const { mb, rounds } = SIZES[scale];
  const work = await mkdtemp(join(tmpdir(), "weft-bench-upload-"));
  const uploads = join(work, "uploads");
  const handle = await appAsync(uploadApp, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, uploadDir: uploads, maxUploadBytes: mb * MB, maxSessionUploadBytes: mb * MB });
  const bare = await bareServer(join(work, "floor.bin"));
  try {
    const file = await makeFile(work, mb);
    const expected = await digest(file);
    const times = { weft: [] as number[], curl: [] as number[], browser: [] as number[] };
    await withChromium(async (browser) => {
      const tab = await openTab(browser);
      for (let round = 0; round < rounds; round++) {
        times.curl.push(await curlRound(file, bare.url));
        times.browser.push(await browserRound(tab, file, bare.url));
        await tab.goto(handle.url);
        const chooser = tab.waitForEvent("filechooser");
        await tab.getByRole("button", { name: "Upload" }).click();
        await (await chooser).setFiles(file);
        const status = tab.getByText(/^(done|failed) /);
        await status.waitFor({ timeout: 120_000 });
        const shown = (await status.textContent()) ?? "";
        const [state, ms] = shown.split(" ");
        if (state !== "done") throw new Error(`the upload failed: ${shown}`);
        const stored = join(uploads, shown.slice(`${state} ${ms} `.length));
        if ((await stat(stored)).size !== mb * MB || (await digest(stored)) !== expected) throw new Error(`${stored} differs from the source`);
        await rm(stored);
        times.weft.push(Number(ms));
      }
    });
    const rate = (list: number[]) => mb / (Math.min(...list) / 1000);
    return { weftMbPerS: rate(times.weft), curlMbPerS: rate(times.curl), browserMbPerS: rate(times.browser) };
  } finally {
    await bare.close();
    await handle.close();
    await rm(work, { recursive: true, force: true });
  }
}

export const upload: Benchmark = {
  name: "upload",
  metrics: ["upload_mb_per_s", "upload_floor_mb_per_s", "upload_browser_floor_mb_per_s"],
  async run(scale) {
    const { weftMbPerS, curlMbPerS, browserMbPerS } = await measureUpload(scale);
    return {
      metrics: { upload_mb_per_s: round1(weftMbPerS), upload_floor_mb_per_s: round1(curlMbPerS), upload_browser_floor_mb_per_s: round1(browserMbPerS) },
      notes: [
        `upload: ${(weftMbPerS / curlMbPerS).toFixed(2)}× curl to a bare node:http server (goal ≥ 0.8×), ` +
          `${(weftMbPerS / browserMbPerS).toFixed(2)}× the same Chromium's plain XHR to it`,
      ],
    };
  },
};

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
