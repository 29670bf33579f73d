/**
 * `Image` in Chromium from each kind of source, each measured by the picture's natural size: an
 * app asset by relative path and by `/assets/` path, a full URL, `srcBytes`, `srcBase64` and a
 * given `data:image/…` URL. Bytes that are no picture are refused in the app; a `data:` URL of
 * another type never reaches the page. A published site (`weft publish`) shows its copied assets
 * by the same paths, with hash routes and with path routes at a deep link under a base path.
 */
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { appAsync, Column, Image, type Page } from "../../src/index.js";
import { solidPng } from "../png-fixture.js";
import { publish } from "../../src/cli/publish.js";
import { quietLogger, useBrowser } from "./harness.js";
import { serveStatic } from "./static-server.js";

const browser = useBrowser();
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-image-"));
  await mkdir(join(work, "assets", "pics"), { recursive: true });
  await writeFile(join(work, "assets", "a.png"), solidPng(7, 3));
  await writeFile(join(work, "assets", "pics", "b.png"), solidPng(11, 5));
});
after(() => rm(work, { recursive: true, force: true }));

/** Each `<img>`'s label → its natural size, once every one has loaded or failed. */
async function naturalSizes(tab: import("playwright-core").Page, count: number): Promise<Record<string, [number, number]>> {
  await tab.waitForFunction((n) => {
    const images = [...document.querySelectorAll("img")];
    return images.length === n && images.every((img) => img.complete);
  }, count);
  return tab.evaluate(() => Object.fromEntries([...document.querySelectorAll("img")].map((img) => [img.alt, [img.naturalWidth, img.naturalHeight]])));
}

test("an Image shows an asset by path, a URL, srcBytes, srcBase64 and a data:image URL at their natural sizes", async () => {
  let origin = "";
  let refusal = "";
  const main = async (page: Page) => {
    try {
      new Image("", { srcBytes: new TextEncoder().encode("<script>alert(1)</script>") });
    } catch (error) {
      refusal = `${(error as { code?: string }).code}: ${(error as Error).message}`;
    }
    const png = solidPng(13, 9);
    const base64 = solidPng(4, 6).toString("base64");
    await page.add(
      new Column([
        new Image("a.png", { semanticsLabel: "relative asset" }),
        new Image("./pics/b.png", { semanticsLabel: "dot-relative asset" }),
        new Image("/assets/pics/b.png", { semanticsLabel: "assets path" }),
        new Image(`${origin}assets/a.png`, { semanticsLabel: "url" }),
        new Image({ srcBytes: new Uint8Array(png), semanticsLabel: "bytes" }),
        new Image("", { srcBase64: base64, semanticsLabel: "base64" }),
        new Image("", { srcBase64: `data:image/png;base64,${base64}`, semanticsLabel: "data url" }),
        new Image("", { srcBase64: "data:text/html,<script>alert(1)</script>", semanticsLabel: "html data" }),
      ]),
    );
  };
  const handle = browser.track(await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, assetsDir: join(work, "assets") }));
  origin = handle.url.endsWith("/") ? handle.url : `${handle.url}/`;
  const tab = await browser.open(handle.url);
  const sizes = await naturalSizes(tab, 8);
  assert.deepEqual(sizes, {
    "relative asset": [7, 3],
    "dot-relative asset": [11, 5],
    "assets path": [11, 5],
    url: [7, 3],
    bytes: [13, 9],
    base64: [4, 6],
    "data url": [4, 6],
    "html data": [0, 0],
  });
  assert.equal(await tab.locator('img[alt="html data"]').getAttribute("src"), null, "a data:text/html URL is never put into the page");
  assert.match(await tab.locator('img[alt="relative asset"]').evaluate((img: HTMLImageElement) => img.src), /\/assets\/a\.png$/);
  assert.match(refusal, /^control\.bad-value: Image srcBytes is not a PNG, JPEG/);
});

test("a published site shows the app's assets by the same paths, with hash routes and under a path-routed base", async () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const app = join(root, "test", "browser", "fixtures", "shows-asset.ts");
  const assetsDir = join(work, "assets");
  await Promise.all([
    publish({ app, out: join(work, "hash-site", "hash"), cwd: root, assetsDir }),
    publish({ app, out: join(work, "path-site", "pics"), basePath: "/pics/", routes: "path", cwd: root, assetsDir }),
  ]);
  const hashSite = browser.track(await serveStatic(join(work, "hash-site")));
  const pathSite = browser.track(await serveStatic(join(work, "path-site"), { fallback: true }));
  const want = { "relative asset": [7, 3], "assets path": [11, 5] };
  assert.deepEqual(await naturalSizes(await browser.open(`${hashSite.url}hash/#/some/route`), 2), want);
  assert.deepEqual(await naturalSizes(await browser.open(`${pathSite.url}pics/deep/link`), 2), want);
});
