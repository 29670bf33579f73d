/**
 * Uploads to an outside store (S3-style presigned PUT URLs) in Chromium: with the store's origin
 * in `uploadOrigins`, the page's policy lets the browser reach it and the store gets the exact
 * bytes; without it, `upload()` refuses before the browser tries, naming the option to set.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { appAsync, ElevatedButton, FilePicker, Text, type AppOptions, type Page, type PickedFile } from "../../src/index.js";
import { quietLogger, useBrowser } from "./harness.js";

const browser = useBrowser();
let work: string;
let store: Server;
let storeOrigin: string;
const received = new Map<string, Buffer>();

/** A bare store on another port (another origin): takes presigned-style PUTs, answers CORS. */
function storeServer(): Server {
  return createServer((req: IncomingMessage, res) => {
    const cors = { "Access-Control-Allow-Origin": req.headers.origin ?? "*", "Access-Control-Allow-Methods": "PUT", "Access-Control-Allow-Headers": "content-type" };
    if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.set(req.url ?? "", Buffer.concat(chunks));
      res.writeHead(200, cors).end();
    });
  });
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-origins-"));
  await writeFile(join(work, "report.csv"), "a,b\n1,2\n");
  store = storeServer();
  await new Promise<void>((resolve) => store.listen(0, "127.0.0.1", resolve));
  const address = store.address();
  assert.ok(address && typeof address === "object");
  storeOrigin = `http://127.0.0.1:${address.port}`;
});
after(async () => {
  await new Promise((resolve) => store.close(resolve));
  await rm(work, { recursive: true, force: true });
});

/** Picks with a bound button, then uploads to the store's presigned URL; shows the outcome. */
function storeApp(page: Page) {
  const status = new Text("ready");
  const picker = new FilePicker({
    onResult: async (e) => {
      try {
        const files: PickedFile[] = e.data.files;
        const [done] = await picker.upload(files, { urls: files.map((f) => `${storeOrigin}/bucket/${encodeURIComponent(f.name)}?X-Signature=abc`) });
        status.value = `upload ${done?.state}`;
      } catch (error) {
        status.value = `refused: ${(error as Error).message}`;
      }
      page.update();
    },
  });
  page.overlay.push(picker);
  const button = new ElevatedButton("Send to store");
  page.add(button, status);
  picker.bind(button);
  return page.update();
}

async function serve(options: AppOptions) {
  return browser.track(await appAsync(storeApp, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, ...options }));
}

async function pickAndSend(url: string) {
  const tab = await browser.open(url);
  const chooser = tab.waitForEvent("filechooser");
  await tab.getByRole("button", { name: "Send to store" }).click();
  await (await chooser).setFiles([join(work, "report.csv")]);
  return tab;
}

test("with the store in uploadOrigins, the page's policy allows it and the store gets the bytes", async () => {
  const handle = await serve({ uploadOrigins: [storeOrigin] });
  const page = await fetch(handle.url, { signal: AbortSignal.timeout(5000) });
  assert.match(page.headers.get("content-security-policy") ?? "", new RegExp(`connect-src 'self' ${storeOrigin.replace(/[.:/]/g, "\\$&")}(;|$)`));
  const tab = await pickAndSend(handle.url);
  await tab.getByText("upload done", { exact: true }).waitFor();
  assert.equal(received.get("/bucket/report.csv?X-Signature=abc")?.toString(), "a,b\n1,2\n");
  await tab.close();
});

test("without it, upload() refuses before the browser tries, naming the option", async () => {
  received.clear();
  const handle = await serve({});
  const tab = await pickAndSend(handle.url);
  await tab.getByText(`refused: picker.upload: the page may not send files to ${storeOrigin}; add "${storeOrigin}" to the uploadOrigins app option`, { exact: true }).waitFor();
  assert.equal(received.size, 0, "nothing reached the store");
  await tab.close();
});

test("a bad uploadOrigins value is a readable option error", async () => {
  for (const bad of ["https://a.example", ["https://a.example/path"], ["ftp://a.example"], [42]]) {
    await assert.rejects(serve({ uploadOrigins: bad as never }), { code: "server.bad-option", message: /uploadOrigins/ }, JSON.stringify(bad));
  }
});
