/**
 * `weft publish --prerender`: `main` runs under Node per route and its first paint is written into
 * that route's page (text, title, description; no claim token, as a static site has no server to
 * claim). Bad routes, a failing `main` and an app that cannot load under Node stop the publish
 * with the route and the reason, and nothing is written. The pages in Chromium are in
 * test/browser/static-prerender.test.ts.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, runWeft as run, workFolder, type Finished } from "./run-weft.js";
import { parsePrerenderRoutes } from "../src/cli/publish-args.js";
import { routePageFile } from "../src/cli/publish.js";
import { UsageError } from "../src/cli/usage-error.js";

const TIMEOUT_MS = 60_000;

const workDir = workFolder("weft-prerender-");

function runWeft(args: string[]): Promise<Finished> {
  return run(args, TIMEOUT_MS);
}

test("--prerender writes each route's first paint, title and description into its page, with no claim", async () => {
  const out = join(workDir(), "shop");
  const result = await runWeft(["publish", "test/browser/fixtures/prerendered-app.ts", "--out", out, "--route-strategy", "path", "--prerender", "/,/about"]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Prerendered \/, \/about /m);
  const home = await readFile(join(out, "index.html"), "utf8");
  const about = await readFile(join(out, "about", "index.html"), "utf8");
  assert.match(home, /<title>The shop<\/title>/);
  assert.match(home, /<meta name="description" content="Everything the shop sells">/);
  assert.match(home, /<div id="weft-root">.*Welcome to the shop.*Clicked 0 times.*Add one.*painted at publish/s);
  assert.match(about, /<title>About the shop<\/title>/);
  assert.match(about, /About us: a family shop/);
  assert.doesNotMatch(about, /Welcome to the shop/);
  for (const page of [home, about]) {
    assert.doesNotMatch(page, /<meta name="weft-claim"/, "a static page has no session to claim");
    assert.match(page, /<meta name="weft-paint-seq" content="\d+">/);
    // The controls' styles are allowed by their hash in the page's own policy.
    const css = /<style data-weft-first-paint>([^<]*)<\/style>/.exec(page)?.[1];
    assert.ok(css, "the paint's stylesheet");
    assert.match(page, /style-src &#39;self&#39; &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
  }
  // A route not prerendered falls back to 404.html, which shows no route's markup.
  const fallback = await readFile(join(out, "404.html"), "utf8");
  assert.match(fallback, /<div id="weft-root"><\/div>/);
});

test("routes of --prerender are checked: a leading /, a plain path, one page per route with hash routes", () => {
  assert.deepEqual(parsePrerenderRoutes("/, /about/,/a/b", "path"), ["/", "/about", "/a/b"]);
  assert.deepEqual(parsePrerenderRoutes("/", "hash"), ["/"]);
  assert.throws(() => parsePrerenderRoutes("about", "path"), (e: Error) => e instanceof UsageError && /start with "\/".*"about"/.test(e.message));
  assert.throws(() => parsePrerenderRoutes("/a?b=1", "path"), /plain URL path/);
  assert.throws(() => parsePrerenderRoutes("/../etc", "path"), /plain URL path/);
  assert.throws(() => parsePrerenderRoutes("/about", "hash"), /only "\/" can be prerendered; add --route-strategy path/);
  assert.throws(() => parsePrerenderRoutes("/a,/a/", "path"), /names "\/a" twice/);
  assert.equal(routePageFile("/"), "index.html");
  assert.equal(routePageFile("/docs/intro"), "docs/intro/index.html");
});

test("a bad --prerender is a usage error (exit 2) and an unknown option is named", async () => {
  const bad = await runWeft(["publish", "examples/hello.ts", "--out", join(workDir(), "bad"), "--prerender", "about"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^weft: --prerender takes routes that start with "\/"/);
  const unknown = await runWeft(["publish", "examples/hello.ts", "--out", join(workDir(), "bad"), "--prerender-all"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown option --prerender-all/);
  assert.equal(existsSync(join(workDir(), "bad")), false);
});

test("main throwing, or reading a browser-only API, fails the publish naming the route and why; nothing is written", async () => {
  const out = join(workDir(), "fails");
  const thrown = await runWeft(["publish", "test/browser/fixtures/prerender-fails.ts", "--out", out, "--route-strategy", "path", "--prerender", "/,/broken"]);
  assert.equal(thrown.code, 1);
  assert.match(thrown.stderr, /^weft: cannot prerender \/broken of test\/browser\/fixtures\/prerender-fails\.ts: main failed under Node: Error: the catalogue is empty/m);
  const browserOnly = await runWeft(["publish", "test/browser/fixtures/prerender-fails.ts", "--out", out, "--route-strategy", "path", "--prerender", "/window"]);
  assert.equal(browserOnly.code, 1);
  assert.match(browserOnly.stderr, /cannot prerender \/window .*ReferenceError: window is not defined \(prerendering runs main under Node, where browser-only APIs do not exist/);
  const atLoad = await runWeft(["publish", "test/browser/fixtures/window-at-load.ts", "--out", out, "--prerender", "/"]);
  assert.equal(atLoad.code, 1);
  assert.match(atLoad.stderr, /cannot prerender test\/browser\/fixtures\/window-at-load\.ts: it failed to load under Node: ReferenceError: window is not defined/);
  assert.equal(existsSync(out), false, "nothing half-written");
});
