/**
 * Static website mode in Chromium: every seed example published with `weft publish` and served
 * by `python3 -m http.server` (no Node process serving), driven through the same checks as the
 * served examples. Also: deep links with hash and path routing, the published page looking the
 * same as the served one, and an app that needs a Node built-in refused with its import chain.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page as BrowserPage } from "playwright-core";
import { EXAMPLES, loadExamples } from "../../examples/gallery.js";
import { publish } from "../../src/cli/publish.js";
import { testExamples } from "./example-checks.js";
import { TIMEOUT_MS, useBrowser, type Served } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixture = (name: string) => join(ROOT, "test", "browser", "fixtures", name);

const browser = useBrowser();
let work = "";
/** Every seed example under `/<slug>/`, and the route fixture under `/routes/`, hash-routed. */
let site: Served;
/** The route fixture path-routed under `/paths/`, on a host that falls back to 404.html. */
let pathSite: Served;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-static-"));
  await Promise.all([
    ...EXAMPLES.filter((e) => !e.serverOnly).map((e) => publish({ app: join(ROOT, "examples", `${e.slug}.ts`), out: join(work, "site", e.slug), cwd: ROOT })),
    publish({ app: fixture("show-route.ts"), out: join(work, "site", "routes"), cwd: ROOT }),
    publish({ app: fixture("show-route.ts"), out: join(work, "path-site", "paths"), basePath: "/paths/", routes: "path", cwd: ROOT }),
  ]);
  site = browser.track(await serveStatic(join(work, "site")));
  pathSite = browser.track(await serveStatic(join(work, "path-site"), { fallback: true }));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test("static: a deep link with hash routing opens the app at that route", async () => {
  const page = await browser.open(`${site.url}routes/#/orders/42`);
  await page.getByText("Route: /orders/42", { exact: true }).waitFor({ state: "visible" });
  const root = await browser.open(`${site.url}routes/`);
  await root.getByText("Route: /", { exact: true }).waitFor({ state: "visible" });
});

test("static: path routing writes 404.html, and a deep path opens under the base path", async () => {
  const folder = join(work, "path-site", "paths");
  assert.deepEqual(await readFile(join(folder, "404.html")), await readFile(join(folder, "index.html")));
  assert.equal(existsSync(join(work, "site", "routes", "404.html")), false, "hash routing needs no 404.html");
  const deep = await browser.open(`${pathSite.url}paths/orders/42`);
  await deep.getByText("Route: /orders/42", { exact: true }).waitFor({ state: "visible" });
  const top = await browser.open(`${pathSite.url}paths/`);
  await top.getByText("Route: /", { exact: true }).waitFor({ state: "visible" });
});

test("static: what a visitor of the hello site loads is at most 200 KB of JS, HTML and CSS, gzipped", async () => {
  const page = await browser.open(`${site.url}hello/`);
  await page.getByText("Hello, async world!", { exact: true }).waitFor({ state: "visible" });
  const fetched = await page.evaluate(() => [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)]);
  const base = new URL(`${site.url}hello/`).pathname;
  const paths = [...new Set(fetched.map((url) => new URL(url).pathname.slice(base.length) || "index.html"))];
  assert.ok(paths.includes("app.worker.js") && paths.includes("weft.js"), `fetched: ${paths.join(", ")}`);
  let bytes = 0;
  for (const path of paths.filter((p) => /\.(?:js|css|html)$/.test(p))) {
    bytes += gzipSync(readFileSync(join(work, "site", "hello", path)), { level: 9 }).length;
  }
  assert.ok(bytes <= 200 * 1024, `the hello site loads ${(bytes / 1024).toFixed(1)} KB gzipped; the budget is 200 KB`);
});

/** A screenshot of `url` at a fixed size, once `text` shows and the fonts have loaded. */
async function screenshot(url: string, text: string): Promise<Buffer> {
  const page: BrowserPage = await browser.open(url);
  await page.setViewportSize({ width: 640, height: 360 });
  await page.getByText(text, { exact: true }).first().waitFor({ state: "visible" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(200);
  const shot = await page.screenshot();
  await page.close();
  return shot;
}

test("static: a published example looks exactly like the served one", async () => {
  const examples = await loadExamples();
  for (const [slug, text] of [
    ["hello", "Hello, async world!"],
    ["button-hello", "Say hello!"],
  ] as const) {
    const served = await browser.serve(examples.find((e) => e.slug === slug)!.main);
    const [fromServer, fromStatic] = [await screenshot(served.url, text), await screenshot(`${site.url}${slug}/`, text)];
    assert.ok(fromServer.equals(fromStatic), `${slug}: the published page's pixels differ from the served page's`);
  }
});

test("static: publishing an app that needs node:fs fails with the import chain and writes nothing", async () => {
  const out = join(work, "refused", "dist");
  const child = spawn(process.execPath, [join(ROOT, "bin", "weft.js"), "publish", "test/browser/fixtures/uses-fs.ts", "--out", out], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  assert.equal(code, 1, `exit code (stderr: ${stderr})`);
  assert.equal(stdout, "");
  const lines = stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `one message, got:\n${stderr}`);
  assert.match(lines[0]!, /^weft: cannot publish test\/browser\/fixtures\/uses-fs\.ts: /);
  assert.ok(
    lines[0]!.includes("test/browser/fixtures/uses-fs.ts → test/browser/fixtures/lib/read-config.ts → node:fs"),
    `the message names the import chain: ${lines[0]}`,
  );
  assert.equal(existsSync(out), false, "no output folder");
  const parent = dirname(out);
  assert.deepEqual(existsSync(parent) ? await readdir(parent) : [], [], "no temporary folder left behind");
});

testExamples(browser, { urlOf: async (slug) => `${site.url}${slug}/` }, "static: ");
