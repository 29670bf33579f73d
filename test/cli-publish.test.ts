/**
 * `weft publish` as a user runs it, and its parts: what it writes and prints, the size budget,
 * usage mistakes, and how it treats an existing `--out`. The published sites themselves are
 * driven in Chromium by `test/browser/static.test.ts`.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { ROOT, runWeft as run, workFolder, type Finished } from "./run-weft.js";
import { normaliseBasePath, parsePublishArgs } from "../src/cli/publish-args.js";
import { publish } from "../src/cli/publish.js";
import { defaultAppAssetsDir } from "../src/cli/site-assets.js";
import { UsageError } from "../src/cli/usage-error.js";

const HELLO = join(ROOT, "examples", "hello.ts");
const TIMEOUT_MS = 30_000;

const workDir = workFolder("weft-publish-");

function runWeft(args: string[]): Promise<Finished> {
  return run(args, TIMEOUT_MS);
}

test("weft publish writes the site and prints each file with its size and the gzipped total", async () => {
  const out = join(workDir(), "cli", "dist");
  const result = await runWeft(["publish", "examples/hello.ts", "--out", out]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, "");
  const files = ["index.html", "weft.js", "weft.css", "app.worker.js", "fonts/roboto-latin-400-normal.woff2"];
  for (const file of files) {
    assert.ok(existsSync(join(out, file)), `${file} written`);
    const size = (await stat(join(out, file))).size;
    assert.match(result.stdout, new RegExp(`^  ${file.replace(/[./]/g, "\\$&")} +${(size / 1024).toFixed(1).replace(".", "\\.")} KB$`, "m"));
  }
  assert.equal(existsSync(join(out, "404.html")), false, "hash routes need no 404.html");
  assert.match(result.stdout, /^Published examples\/hello\.ts to .*dist\/ \(hash routes/m);
  // An upper bound (lazily loaded chunks included); static.test.ts checks what a visitor loads.
  assert.match(result.stdout, /^  JS \+ HTML \+ CSS, gzipped: [\d.]+ KB/m);
  assert.deepEqual((await readdir(dirname(out))).sort(), ["dist"], "no temporary folder left beside it");
});

test("the worker bundle holds the app and the core, and none of Weft's Node server", async () => {
  const out = join(workDir(), "bundle");
  await publish({ app: HELLO, out, cwd: ROOT });
  const worker = await readFile(join(out, "app.worker.js"), "utf8");
  assert.ok(worker.includes("Hello, async world!"));
  assert.doesNotMatch(worker, /createServer|WebSocketServer|node:|require\(/);
  const index = await readFile(join(out, "index.html"), "utf8");
  assert.match(index, /<meta name="weft-worker" content="\.\/app\.worker\.js">/);
});

test("path routes write 404.html and root every URL at the base path", async () => {
  const out = join(workDir(), "paths");
  const report = await publish({ app: HELLO, out, routes: "path", basePath: "/my-app/", cwd: ROOT });
  const index = await readFile(join(out, "index.html"), "utf8");
  assert.equal(await readFile(join(out, "404.html"), "utf8"), index);
  assert.match(index, /<script type="module" src="\/my-app\/weft\.js">/);
  assert.match(index, /<meta name="weft-worker" content="\/my-app\/app\.worker\.js">/);
  assert.match(index, /<meta name="weft-routes" content="path">/);
  assert.match(index, /<meta name="weft-base" content="\/my-app\/">/);
  assert.ok(report.files.some((f) => f.path === "404.html"));
});

test("an earlier site in --out is replaced; a folder of other files is refused and kept", async () => {
  const out = join(workDir(), "again");
  await publish({ app: HELLO, out, cwd: ROOT });
  await writeFile(join(out, "stale.txt"), "from an earlier publish");
  await publish({ app: HELLO, out, cwd: ROOT });
  assert.equal(existsSync(join(out, "stale.txt")), false, "the whole folder is the new site");

  const sources = join(workDir(), "sources");
  await mkdir(sources);
  await writeFile(join(sources, "main.ts"), "precious");
  await assert.rejects(publish({ app: HELLO, out: sources, cwd: ROOT }), /already holds files that weft publish did not write/);
  assert.equal(await readFile(join(sources, "main.ts"), "utf8"), "precious");
  assert.deepEqual(await readdir(sources), ["main.ts"]);
});

test("publish's usage mistakes are one line and exit code 2", async () => {
  for (const [args, pattern] of [
    [["publish"], /publish needs an app file/],
    [["publish", "examples/nope.ts"], /no such file: .*nope\.ts/],
    [["publish", "examples/hello.ts", "--route-strategy", "query"], /--route-strategy must be hash or path, got "query"/],
    [["publish", "examples/hello.ts", "--base-path", "a b"], /--base-path must be a URL path/],
    [["publish", "examples/hello.ts", "--outt", "x"], /unknown option --outt/],
  ] as const) {
    const result = await runWeft([...args]);
    assert.equal(result.code, 2, `${args.join(" ")}: ${result.stderr}`);
    assert.equal(result.stderr.trimEnd().split("\n").length, 1, result.stderr);
    assert.match(result.stderr, pattern);
  }
});

test("--base-path is normalised to /…/; --out defaults to dist", () => {
  assert.equal(normaliseBasePath("my-app"), "/my-app/");
  assert.equal(normaliseBasePath("/my-app"), "/my-app/");
  assert.equal(normaliseBasePath("/a/b/"), "/a/b/");
  assert.equal(normaliseBasePath("/"), "/");
  for (const bad of ["/a//b/", "/../x/", "/a?b", "/a#b", `/"x"/`]) assert.throws(() => normaliseBasePath(bad), UsageError, bad);
  const parsed = parsePublishArgs(["examples/hello.ts"], ROOT);
  assert.equal(parsed.out, join(ROOT, "dist"));
  assert.equal(parsed.routes, "hash");
  assert.equal(parsed.basePath, undefined);
});

test("weft --help lists publish and its options", async () => {
  const help = await runWeft(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /publish <app\.ts>/);
  assert.match(help.stdout, /--route-strategy/);
  assert.match(help.stdout, /--base-path/);
});

test("publish copies the app's assets/ folder into the site's assets/: files only, no dot files", async () => {
  const appDir = join(workDir(), "with-assets");
  await mkdir(join(appDir, "assets", "pics", ".cache"), { recursive: true });
  await writeFile(join(appDir, "assets", "logo.png"), "png bytes");
  await writeFile(join(appDir, "assets", "pics", "b.png"), "b bytes");
  await writeFile(join(appDir, "assets", ".env"), "SECRET=1");
  await writeFile(join(appDir, "assets", "pics", ".cache", "x"), "cache");
  const out = join(workDir(), "with-assets-dist");
  assert.equal(defaultAppAssetsDir(join(appDir, "app.ts")), join(appDir, "assets"), "the default is assets/ beside the app");
  await publish({ app: HELLO, out, cwd: ROOT, assetsDir: join(appDir, "assets") });
  assert.equal(await readFile(join(out, "assets", "logo.png"), "utf8"), "png bytes");
  assert.equal(await readFile(join(out, "assets", "pics", "b.png"), "utf8"), "b bytes");
  assert.deepEqual((await readdir(join(out, "assets"), { recursive: true })).sort(), ["logo.png", "pics", "pics/b.png"]);
  const none = join(workDir(), "no-assets-dist");
  assert.equal(defaultAppAssetsDir(HELLO), undefined);
  await publish({ app: HELLO, out: none, cwd: ROOT });
  assert.equal(existsSync(join(none, "assets")), false, "an app with no assets/ folder gets none");
});
