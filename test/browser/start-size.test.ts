/**
 * Issue 19: charts, Canvas, PlotlyChart, DataTable, Video/Audio add no byte to the start of a
 * page that does not use them. A page with one Text fetches `weft.js` and no chunk, and `weft.js`
 * holds none of those families' code, only their registrations (type name → chunk); the first
 * chart and table a page shows fetch their family's chunk, one each.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { DataCell, DataColumn, DataRow, DataTable, LineChart, LineChartData, LineChartDataPoint, Text, type Page } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

/** Code that only the families' renderers hold: their class names and the drawing calls. */
const FAMILY_CODE = /weft-chart|weft-canvas|weft-plotly|weft-datatable|weft-video|weft-audio|getContext\(|setOption\(/;

/** Opens `main` with every script the tab fetches recorded (path and body) until the network is idle. */
async function openRecording(main: (page: Page) => void): Promise<{ tab: Tab; scripts: Map<string, string> }> {
  const server = await browser.serve(main);
  const scripts = new Map<string, string>();
  const pending: Promise<void>[] = [];
  const record = (response: import("playwright-core").Response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith(".js")) pending.push(response.text().then((body) => void scripts.set(path, body), () => {}));
  };
  browser.context.on("response", record);
  try {
    const tab = await browser.open(server.url);
    await tab.waitForLoadState("networkidle");
    await Promise.all(pending);
    return { tab, scripts };
  } finally {
    browser.context.off("response", record);
  }
}

test("a page with one Text loads no chunk, and weft.js holds no chart, canvas, Plotly, table or media code", async () => {
  const { tab, scripts } = await openRecording((page) => void page.add(new Text("Only text")));
  await tab.getByText("Only text").waitFor();
  const paths = [...scripts.keys()];
  assert.equal(paths.length, 1, `scripts fetched: ${paths.join(" ")}`);
  assert.match(paths[0]!, /\/weft\.js$/);
  const weft = scripts.get(paths[0]!)!;
  assert.doesNotMatch(weft, FAMILY_CODE, "weft.js holds a family's renderer code");
  // What it keeps of them is their lazy registration: the type name and its chunk.
  for (const [type, chunk] of [["linechart", "charts"], ["canvas", "canvas-drawing"], ["datatable", "data-tables"], ["video", "media-players"], ["plotlychart", "plotly-chart"]]) {
    assert.match(weft, new RegExp(`"${type}",\\(\\)=>import\\("\\./chunks/${chunk}-[A-Z0-9]+\\.js"\\)`), `${type} is registered by its chunk`);
  }
  await tab.close();
});

test("the first chart and table a page shows fetch one chunk each, which draw them", async () => {
  const { tab, scripts } = await openRecording((page) => {
    const points = [0, 1, 2].map((x) => new LineChartDataPoint(x, x + 1));
    page.add(
      new LineChart([new LineChartData(points, { label: "Visits" })], { height: 200 }),
      new DataTable({ columns: [new DataColumn("Name")], rows: [new DataRow([new DataCell(new Text("Ada"))])] }),
    );
  });
  await tab.getByRole("cell", { name: "Ada" }).waitFor();
  await tab.locator(".weft-chart canvas").first().waitFor();
  const chunks = [...scripts.keys()].filter((path) => path.includes("/chunks/")).map((path) => path.replace(/^.*\/chunks\/(.*)-[A-Z0-9]+\.js$/, "$1"));
  assert.deepEqual(chunks.sort(), ["charts", "data-tables"], `chunks fetched: ${chunks.join(" ")}`);
  await tab.close();
});
