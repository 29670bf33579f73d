/**
 * The package as a user gets it: `npm pack` (which builds `dist/` through `prepack`), installed
 * offline from npm's cache into a temporary project holding only `weftjs` and `typescript`, then
 * `tsc --noEmit` under the strictest common flags on the control catalog (every control),. Nothing here
 * touches the repository's node_modules.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { freePort, install, pack, ROOT, run, serveAndFetch } from "./packed.js";

const STRICT = { strict: true, exactOptionalPropertyTypes: true, noPropertyAccessFromIndexSignature: true };
let dir = "";
let project = "";
let tarball = "";

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "weft-package-"));
  [tarball] = pack(dir) as [string];
  project = join(dir, "project");
  run("mkdir", ["-p", project], dir);
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "strict-app", private: true, type: "module" }));
  install(project, [tarball, "typescript@5.9"]);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("the tarball ships built .js and .d.ts with maps, and no tests, benchmarks or screenshots", () => {
  const files = run("tar", ["-tzf", tarball], dir).split("\n").filter(Boolean);
  assert.ok(files.includes("package/dist/index.js") && files.includes("package/dist/index.d.ts"));
  assert.ok(files.includes("package/dist/index.d.ts.map"));
  assert.deepEqual(files.filter((name) => /^package\/(test|bench|docs\/screenshots)\//.test(name) || (name.endsWith(".test.ts") && !name.startsWith("package/templates/"))), []);
});

test("an app using every control type-checks under strict, exactOptionalPropertyTypes and noPropertyAccessFromIndexSignature", async () => {
  const catalog = await readFile(join(ROOT, "examples/controls.ts"), "utf8");
  await writeFile(join(project, "app.ts"), catalog.replace('from "../src/index.js"', 'from "weftjs"'));
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, ...STRICT }, include: ["app.ts"] }),
  );
  assert.ok(!catalog.includes("@types/"));
  run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], project);
});

test("the installed weft serves the TypeScript catalog, and a JavaScript app runs on plain node without tsx", async () => {
  const port = await freePort();
  const page = await serveAndFetch(project, ["node_modules/weftjs/bin/weft.js", "run", "app.ts", "--port", String(port), "--no-open"], `http://127.0.0.1:${port}/`);
  assert.match(page, /<meta name="weft-ws"/);

  const jsPort = await freePort();
  await writeFile(
    join(project, "hello.js"),
    `import { app, Text } from "weftjs";\napp((page) => { page.add(new Text("hi")); }, { port: ${jsPort}, host: "127.0.0.1", view: "none" });\n`,
  );
  const jsPage = await serveAndFetch(project, ["hello.js"], `http://127.0.0.1:${jsPort}/`);
  assert.match(jsPage, /<meta name="weft-ws"/);
});
