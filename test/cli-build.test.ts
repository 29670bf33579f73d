/**
 * `weft build` and `weft start` as a user runs them: an app in a temporary folder (with an
 * `assets/` file, Weft's sources imported by path and so bundled) is built into a folder that
 * plain `node build/server.js` serves: the page, the prebuilt client byte for byte, the app's
 * asset, and a session over a real WebSocket, on the port `PORT` names; with no child process
 * (no esbuild service).
 * `weft start` serves the same folder with `--port`; mistakes are one line each.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { TabClient } from "./server/tab-client.js";
import { until } from "./watched-app.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "weft.js");
const TIMEOUT_MS = 30_000;
const FONT = "fonts/material-symbols-outlined.woff2";

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "weft-build-app-"));
  await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  await mkdir(join(dir, "assets"));
  await writeFile(join(dir, "assets", "note.txt"), "an asset of the app\n");
  await writeFile(join(dir, "words.ts"), `export const words: string = "built and served";\n`);
  await writeFile(
    join(dir, "app.ts"),
    `import { app, Text, type Page } from ${JSON.stringify(join(ROOT, "src", "index.ts"))};\n` +
      `import { words } from "./words.js";\n` +
      `app(async (page: Page) => { await page.add(new Text(words)); }, { view: "none" });\n`,
  );
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(command, args, { cwd: dir, env: { ...process.env, CI: "1", NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  return { child, output: () => output };
}

async function finished(run: Run): Promise<number | null> {
  const timer = setTimeout(() => run.child.kill("SIGKILL"), TIMEOUT_MS);
  const [code] = (await once(run.child, "exit")) as [number | null];
  clearTimeout(timer);
  return code;
}

async function stop(run: Run): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  const exited = once(run.child, "exit");
  process.kill(run.child.pid!, "SIGTERM");
  const force = setTimeout(() => run.child.kill("SIGKILL"), TIMEOUT_MS / 2);
  await exited;
  clearTimeout(force);
}

async function served(run: Run): Promise<URL> {
  const url = await until(`a URL (${run.output()})`, () => (run.child.exitCode !== null ? "" : /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(run.output())?.[0]));
  if (!url) throw new Error(`the server exited: ${run.output()}`);
  return new URL(url);
}

function childrenOf(pid: number): string {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
}

test("weft build writes a folder that plain node serves: page, prebuilt client, assets, a session, no child process", async () => {
  const build = start(process.execPath, [BIN, "build", "app.ts", "--out", "build"]);
  assert.equal(await finished(build), 0, build.output());
  assert.match(build.output(), /^Built app\.ts into build\/: app\.js [\d.]+ KB, \d+ files/m);
  assert.match(build.output(), /weft start build/);
  for (const file of ["server.js", "app.js", "app.js.map", "client/manifest.json", "client/weft.js", "assets/note.txt"]) {
    assert.ok(existsSync(join(dir, "build", file)), `build/${file} was written`);
  }
  // Node holds a module's source as a string: ASCII keeps it one byte a character.
  const bundled = readFileSync(join(dir, "build", "app.js"), "latin1");
  assert.equal(bundled.match(/[^\x00-\x7f]/)?.[0], undefined, "app.js is pure ASCII");
  assert.equal(bundled.match(/\/\*\*/)?.[0], undefined, "app.js carries no JSDoc comments");
  // What the server loads on first use is a chunk of its own: the first paint's string host and the
  // renderers' libraries are not imported when the server starts.
  for (const name of ["linkedom", "marked", "echarts", "highlight.js"]) {
    assert.doesNotMatch(bundled, new RegExp(`from"${name}`), `app.js imports ${name} at start`);
  }

  const server = start(process.execPath, [join(dir, "build", "server.js")], { PORT: "0" });
  try {
    const url = await served(server);
    const page = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(page.status, 200);
    const html = await page.text();
    const script = /<script type="module" src="([^"]*weft\.js)"/.exec(html)?.[1];
    assert.ok(script, `the page loads weft.js: ${html.slice(0, 400)}`);
    const client = await fetch(new URL(script, url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.deepEqual(Buffer.from(await client.arrayBuffer()), readFileSync(join(dir, "build", "client", "weft.js")), "the prebuilt client is served");
    const asset = await fetch(new URL("/assets/note.txt", url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(await asset.text(), "an asset of the app\n");

    // The 4 MB icon font is streamed from disk (the manifest says so), with its ETag and a 304.
    const manifest = JSON.parse(readFileSync(join(dir, "build", "client", "manifest.json"), "utf8")) as { streamed: Record<string, [number, string]> };
    assert.deepEqual(Object.keys(manifest.streamed), [FONT]);
    const font = await fetch(new URL(`/_weft/${FONT}`, url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(font.status, 200);
    assert.equal(font.headers.get("content-length"), String(manifest.streamed[FONT]![0]));
    assert.equal(font.headers.get("etag"), `"${manifest.streamed[FONT]![1]}"`);
    assert.equal(font.headers.get("content-type"), "font/woff2");
    assert.ok(font.headers.get("content-security-policy"), "the security headers are sent with it");
    assert.deepEqual(Buffer.from(await font.arrayBuffer()), readFileSync(join(dir, "build", "client", FONT)));
    const again = await fetch(new URL(`/_weft/${FONT}`, url), { headers: { "if-none-match": font.headers.get("etag")! }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(again.status, 304);
    const tab = await TabClient.open(Number(url.port));
    await tab.waitFor(/built and served/);
    tab.close();
    assert.equal(childrenOf(server.child.pid!), "", "no child process: no esbuild service, no tsx");
  } finally {
    await stop(server);
  }

  const started = start(process.execPath, [BIN, "start", "build", "--port", "0", "--no-open"]);
  try {
    const url = await served(started);
    const tab = await TabClient.open(Number(url.port));
    await tab.waitFor(/built and served/);
    tab.close();
    const asset = await fetch(new URL("/assets/note.txt", url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(asset.status, 200, "weft start finds the app's assets beside server.js");
  } finally {
    await stop(started);
  }
});

test("weft build reports a syntax error in one line, and weft start a folder without server.js", async () => {
  await writeFile(join(dir, "broken.ts"), `import "./words.js";\nconst x = ;\n`);
  const build = start(process.execPath, [BIN, "build", "broken.ts", "--out", "broken-build"]);
  assert.equal(await finished(build), 1);
  assert.match(build.output(), /^weft: cannot build broken\.ts: broken\.ts:2:11: Unexpected ";"\n$/);
  assert.equal(existsSync(join(dir, "broken-build")), false, "nothing was written");

  await mkdir(join(dir, "sources"));
  await writeFile(join(dir, "sources", "mine.ts"), "// someone's file\n");
  const refused = start(process.execPath, [BIN, "build", "app.ts", "--out", "sources"]);
  assert.equal(await finished(refused), 1);
  assert.match(refused.output(), /^weft: --out .*sources already holds files that weft build did not write/);

  const missing = start(process.execPath, [BIN, "start", "nowhere"]);
  assert.equal(await finished(missing), 2);
  assert.match(missing.output(), /^weft: no server\.js in .*nowhere; build one first: weft build app\.ts --out nowhere\n$/);
  const bad = start(process.execPath, [BIN, "start", "build", "--port", "x"]);
  assert.equal(await finished(bad), 2);
  assert.match(bad.output(), /^weft: --port must be an integer/);
});
