/**
 * `weft create` as a new user meets it: the repository and `packages/create-weftjs` are packed,
 * `create-weftjs` makes an app (what `npm create weftjs@latest` runs), the app installs weftjs
 * from the tarball (offline from npm's cache), and its own `npm test`, `tsc` and server work, as
 * do `weft build` + `node build/server.js` and `weft run --watch` from the installed package.
 * The other templates reuse that app's node_modules (their package.json is the same).
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { freePort, install, pack, run, serveAndFetch } from "./packed.js";
import { TabClient } from "./server/tab-client.js";
import { until } from "./watched-app.js";

let dir = "";
let app = "";
let weftBin = "";

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "weft-create-"));
  const [weft, create] = pack(dir, ["packages/create-weftjs"]) as [string, string];
  const npx = join(dir, "npx");
  await mkdir(npx);
  await writeFile(join(npx, "package.json"), JSON.stringify({ private: true }));
  install(npx, [weft, create]);
  run(process.execPath, [join(npx, "node_modules/.bin/create-weftjs"), "my-app", "--template", "counter"], dir);
  app = join(dir, "my-app");
  install(app, [weft]);
  weftBin = join(app, "node_modules/weftjs/bin/weft.js");
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("create-weftjs writes app.ts, a test, tsconfig.json, package.json scripts and a README", async () => {
  const pkg = JSON.parse(await readFile(join(app, "package.json"), "utf8")) as { name: string; scripts: Record<string, string> };
  assert.equal(pkg.name, "my-app");
  assert.deepEqual(Object.keys(pkg.scripts).sort(), ["build", "dev", "prestart", "publish", "start", "test", "typecheck"]);
  assert.equal(pkg.scripts["dev"], "weft run --watch app.ts");
  for (const file of ["app.ts", "main.ts", "app.test.ts", "tsconfig.json", "README.md", ".gitignore"]) {
    assert.ok((await readFile(join(app, file), "utf8")).length > 0, file);
  }
  assert.match(await readFile(join(app, "README.md"), "utf8"), /^# my-app\n/);
});

test("the new app's npm test passes and it type-checks", () => {
  const output = run("npm", ["test", "--silent"], app);
  assert.match(output, /# pass 1\n/);
  assert.match(output, /# fail 0\n/);
  run(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], app);
});

/** The command lines of the processes `pid` started. */
function childrenOf(pid: number): string {
  return spawnSync("pgrep", ["-P", String(pid), "-a"], { encoding: "utf8" }).stdout;
}

test("the new app serves its page, in development with the client built in memory by esbuild", async () => {
  const port = await freePort();
  const page = await serveAndFetch(app, [weftBin, "run", "app.ts", "--port", String(port), "--no-open"], `http://127.0.0.1:${port}/`, {
    whileServing: async (pid) => assert.match(childrenOf(pid), /esbuild --service/),
  });
  assert.match(page, /<meta name="weft-ws"/);
});

test("the minimal, multi-page and chat templates' tests pass and they type-check", async () => {
  for (const template of ["minimal", "multi-page", "chat"]) {
    const name = `${template}-app`;
    run(process.execPath, [weftBin, "create", name, "-t", template], dir);
    const folder = join(dir, name);
    await symlink(join(app, "node_modules"), join(folder, "node_modules"));
    assert.match(run("npm", ["test", "--silent"], folder), /# pass 1\n# fail 0\n/);
    run(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], folder);
  }
});

test("in production the new app serves the client prebuilt at pack time and runs no esbuild", async () => {
  const port = await freePort();
  const prebuilt = await readFile(join(app, "node_modules/weftjs/dist/client/weft.js"));
  const page = await serveAndFetch(app, [weftBin, "run", "app.ts", "--port", String(port), "--no-open"], `http://127.0.0.1:${port}/`, {
    env: { NODE_ENV: "production" },
    whileServing: async (pid) => {
      const served = new Uint8Array(await (await fetch(`http://127.0.0.1:${port}/_weft/weft.js`)).arrayBuffer());
      assert.ok(Buffer.from(served).equals(prebuilt), "weft.js is the prebuilt file");
      assert.doesNotMatch(childrenOf(pid), /esbuild/);
    },
  });
  assert.match(page, /<meta name="weft-ws"/);
});

test("weft build, then plain node build/server.js, serves the installed app with its client prebuilt and no child process", async () => {
  run(process.execPath, [weftBin, "build", "app.ts", "--out", "build"], app);
  const port = await freePort();
  const built = await readFile(join(app, "build/client/weft.js"));
  const page = await serveAndFetch(app, ["build/server.js"], `http://127.0.0.1:${port}/`, {
    env: { PORT: String(port) },
    whileServing: async (pid) => {
      const served = new Uint8Array(await (await fetch(`http://127.0.0.1:${port}/_weft/weft.js`)).arrayBuffer());
      assert.ok(Buffer.from(served).equals(built), "weft.js is the one weft build wrote");
      assert.equal(childrenOf(pid), "", "no child process");
    },
  });
  assert.match(page, /<meta name="weft-ws"/);
  assert.doesNotMatch(await readFile(join(app, "build/app.js"), "utf8"), /class SessionHub/, "Weft stays in node_modules, not in the bundle");
});

test("npm run dev's weft run --watch, installed: a save to main.ts reaches an open tab's next connection", async () => {
  const port = await freePort();
  const main = join(app, "main.ts");
  const source = await readFile(main, "utf8");
  const watcher = spawn(process.execPath, [weftBin, "run", "--watch", "app.ts", "--port", String(port), "--no-open"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  watcher.stdout!.on("data", (chunk) => (output += chunk));
  watcher.stderr!.on("data", (chunk) => (output += chunk));
  try {
    await until(`the watcher's URL (${output})`, () => (output.includes(`http://127.0.0.1:${port}/`) ? true : undefined));
    const first = await TabClient.open(port);
    await first.waitFor(/"Counter"/);
    await writeFile(main, source.replace('"Counter"', '"Counted twice"'));
    await first.closed;
    const second = await TabClient.open(port);
    await second.waitFor(/"Counted twice"/);
    second.close();
  } finally {
    await writeFile(main, source);
    const exited = once(watcher, "exit");
    watcher.kill("SIGTERM");
    await exited;
  }
  assert.equal(watcher.exitCode, 0, output);
});

function refused(args: string[]): string {
  const result = spawnSync(process.execPath, [weftBin, "create", ...args], { cwd: dir, encoding: "utf8" });
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, "");
  return result.stderr;
}

test("a non-empty folder, a hostile name or an unknown template is refused with a clear message", () => {
  assert.match(refused(["my-app"]), /^weft: .*my-app already exists and is not empty; choose another name or empty it\n$/);
  for (const name of ["../escape", "/tmp/abs", "My App", ".hidden", "a\nb", "node_modules", "x".repeat(215)]) {
    assert.match(refused([name]), /^weft: [^]*(not a valid app name|reserved|at most 214)/, name);
  }
  assert.match(refused(["fine", "--template", "multi"]), /unknown template "multi"; choose one of: minimal, counter, multi-page, chat/);
  assert.match(refused([]), /create takes one app name/);
});
