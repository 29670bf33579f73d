/**
 * PlotlyChart in Chromium: the figure's traces are in Plotly's own model and drawn as its SVG
 * (bars and markers counted), a click on a bar reaches onClick with its trace and index, no CSP
 * rule is tripped, a page without a PlotlyChart never asks for plotly.js, one whose plotly.js is
 * missing says what to install, and a static site carries plotly.js only when its app uses it.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { publish } from "../../src/cli/publish.js";
import { ElevatedButton, PlotlyChart, Text, type Page, type PlotlyClickEvent } from "../../src/index.js";
import { watchCsp } from "./csp-watch.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const browser = useBrowser();

const FIGURE = {
  data: [
    { type: "bar", name: "Sales", x: ["Mon", "Tue", "Wed"], y: [3, 5, 2] },
    { type: "scatter", mode: "lines+markers", name: "Goal", x: ["Mon", "Tue", "Wed"], y: [4, 4, 4] },
  ],
  layout: { title: { text: "Week" }, margin: { t: 40, l: 40, r: 10, b: 30 } },
};

test("a PlotlyChart draws its figure's traces; a click on a bar reaches onClick; a new figure redraws", async () => {
  const clicks: PlotlyClickEvent[] = [];
  const requested: string[] = [];
  const app = async (page: Page) => {
    const chart = new PlotlyChart(JSON.stringify(FIGURE), { height: 320, onClick: (e) => void clicks.push(e.data) });
    await page.add(chart, new ElevatedButton("More", { onClick: () => { chart.figure = { ...FIGURE, data: [{ type: "bar", x: ["a", "b", "c", "d"], y: [1, 2, 3, 4] }] }; } }));
  };
  const violations: string[] = [];
  browser.context.once("page", (tab) => tab.on("request", (r) => void requested.push(new URL(r.url()).pathname)));
  const tab = watchCsp(await browser.open((await browser.serve(app)).url), violations);
  const plot = tab.locator(".weft-plotly__plot");
  await until(async () => (await plot.evaluate((el) => ((el as unknown as { _fullData?: unknown[] })._fullData ?? []).length)) === 2, "Plotly's model holds both traces");
  const model = await plot.evaluate((el) => (el as unknown as { _fullData: { type: string; name: string; y: number[] }[] })._fullData.map((t) => [t.type, t.name, [...t.y]]));
  assert.deepEqual(model, [["bar", "Sales", [3, 5, 2]], ["scatter", "Goal", [4, 4, 4]]]);
  assert.equal(await tab.locator(".weft-plotly .trace.bars .point").count(), 3, "three bars drawn");
  assert.equal(await tab.locator(".weft-plotly .scatterlayer .point").count(), 3, "three markers drawn");
  assert.equal(await tab.getByRole("img", { name: "Week" }).count(), 1, "the chart is an image named by the figure's title");
  assert.ok(requested.some((path) => path.endsWith("/_weft/vendor/plotly.min.js")), `plotly.js came from beside the client: ${requested.filter((p) => p.includes("plotly"))}`);

  const bar = (await tab.locator(".weft-plotly .trace.bars .point").nth(1).boundingBox())!;
  // Plotly clicks what the pointer hovers: move onto the bar, then click.
  await until(async () => {
    await tab.mouse.move(bar.x + bar.width / 2 - 10, bar.y + bar.height - 20);
    await tab.mouse.move(bar.x + bar.width / 2, bar.y + bar.height - 4, { steps: 3 });
    await tab.mouse.down();
    await tab.mouse.up();
    await tab.waitForTimeout(100);
    return clicks.length > 0;
  }, "the click reached onClick");
  assert.deepEqual(clicks[0]!.points.map((p) => [p.curveNumber, p.pointNumber, p.x, p.y]), [[0, 1, "Tue", 5]]);

  await tab.getByRole("button", { name: "More" }).click();
  await until(async () => (await tab.locator(".weft-plotly .trace.bars .point").count()) === 4, "the new figure's four bars");
  assert.deepEqual(violations, [], "plotly.js trips no CSP rule");
});

test("a page without a PlotlyChart never asks for plotly.js", async () => {
  const requested: string[] = [];
  browser.context.once("page", (tab) => tab.on("request", (r) => void requested.push(new URL(r.url()).pathname)));
  const tab = await browser.open((await browser.serve((page) => page.add(new Text("No charts here")))).url);
  await tab.getByText("No charts here").waitFor();
  await tab.waitForTimeout(300);
  assert.ok(requested.length > 0);
  assert.deepEqual(requested.filter((path) => /plotly/i.test(path)), []);
});

test("without plotly.js the chart's box says what to install, as an alert", async () => {
  const tab = await browser.open((await browser.serve((page) => page.add(new PlotlyChart({ data: [{ type: "bar", y: [1] }] })))).url);
  await tab.route("**/vendor/plotly.min.js", (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "missing" }));
  await tab.reload();
  const alert = tab.getByRole("alert").filter({ hasText: "npm install plotly.js-dist-min" });
  await alert.waitFor();
  assert.match((await alert.textContent())!, /drawn by Plotly, which is not installed/);
});

test("weft publish carries plotly.js for an app that draws a PlotlyChart, and only for it", async () => {
  const work = await mkdtemp(join(tmpdir(), "weft-plotly-"));
  try {
    await Promise.all([
      publish({ app: join(ROOT, "test/browser/fixtures/plotly-figure.ts"), out: join(work, "site", "plotly"), cwd: ROOT }),
      publish({ app: join(ROOT, "examples/hello.ts"), out: join(work, "site", "hello"), cwd: ROOT }),
    ]);
    assert.equal(existsSync(join(work, "site", "plotly", "vendor", "plotly.min.js")), true);
    assert.equal(existsSync(join(work, "site", "hello", "vendor")), false, "a site without a Plotly figure does not carry 4.8 MB of it");
    const site = browser.track(await serveStatic(join(work, "site")));
    const tab = await browser.open(`${site.url}plotly/`);
    await until(async () => (await tab.locator(".weft-plotly .trace.bars .point").count()) === 3, "the static site draws the figure's three bars");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
