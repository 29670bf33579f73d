/**
 * A static site carries a lazy family's chunks only for an app that can show one of its controls
 * (src/cli/site-families.ts, decision 0061): the hello site's charts, canvas, tables, media and
 * code chunks are stand-ins, a site with a LineChart draws it from `python3 -m http.server`, and a
 * chart the rule could not see fails with the renderer-load diagnostic that says it was not
 * published, beside the page's other controls.
 */
import assert from "node:assert/strict";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { publish } from "../../src/cli/publish.js";
import { SITE_FAMILIES } from "../../src/cli/site-families.js";
import { clientAssets, lazyGroups } from "../../src/server/client-assets.js";
import { until } from "./example-checks.js";
import { useBrowser, type Served } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const browser = useBrowser();
let work = "";
let site: Served;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-families-"));
  const apps = { hello: join(ROOT, "examples/hello.ts"), chart: join(ROOT, "test/browser/fixtures/line-chart.ts"), unnamed: join(ROOT, "test/browser/fixtures/unnamed-chart.ts") };
  await Promise.all(Object.entries(apps).map(([name, app]) => publish({ app, out: join(work, "site", name), cwd: ROOT })));
  site = browser.track(await serveStatic(join(work, "site")));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The files of the lazy group built from `module`. */
async function groupFiles(module: string): Promise<readonly string[]> {
  const files = (await lazyGroups())?.[module];
  assert.ok(files && files.length > 0, `the client build has a lazy group for ${module}`);
  return files;
}

const LEFT_OUT = /^throw new Error\("weft publish left the /;

test("the hello site carries no chart, canvas, table, media, Markdown or code chunk, and keeps nothing else out", async () => {
  const assets = await clientAssets();
  for (const module of Object.keys(SITE_FAMILIES)) {
    for (const file of await groupFiles(module)) {
      const published = await readFile(join(work, "site", "hello", file), "utf8");
      assert.match(published, LEFT_OUT, `${file} (${SITE_FAMILIES[module]!.name}) is left out of the hello site`);
      assert.ok(published.length < 600 && assets.get(file)!.body.byteLength > published.length, `${file}'s stand-in is small`);
    }
  }
  const weft = await readFile(join(work, "site", "hello", "weft.js"));
  assert.deepEqual(new Uint8Array(weft), assets.get("weft.js")!.body, "weft.js is published whole");
});

test("a site whose app names LineChart carries the charts' chunk and draws the chart from a static server", async () => {
  for (const file of await groupFiles("src/client/controls/charts.ts")) {
    assert.doesNotMatch(await readFile(join(work, "site", "chart", file), "utf8"), LEFT_OUT, `${file} is published for the chart app`);
  }
  for (const file of await groupFiles("src/client/controls/data-tables.ts")) {
    assert.match(await readFile(join(work, "site", "chart", file), "utf8"), LEFT_OUT, "but not the tables it does not show");
  }
  const tab = await browser.open(`${site.url}chart/`);
  await tab.locator(".weft-chart:not([aria-busy]) .weft-chart__canvas canvas").waitFor();
  assert.equal(await tab.locator(".weft-unknown").count(), 0);
});

test("a chart the rule could not see fails with a renderer-load diagnostic saying it was not published, and the rest of the page shows", async () => {
  const tab = await browser.context.newPage();
  const errors: string[] = [];
  tab.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  await tab.goto(`${site.url}unnamed/`);
  await tab.getByText("After the chart").waitFor();
  await until(async () => errors.some((e) => e.includes("client.renderer-load")), "the renderer-load diagnostic is reported");
  const diagnostic = errors.find((e) => e.includes("client.renderer-load"))!;
  assert.match(diagnostic, /the renderer of "linechart" could not load: weft publish left the charts out of this site/);
  assert.match(diagnostic, /name none of LineChart,/);
  await tab.getByRole("note").filter({ hasText: '"linechart"' }).waitFor();
  await tab.close();
});
