/**
 * PlotlyChart on the server: the figure from its JSON text or its object, a figure Plotly could not
 * draw refused when set with what was wrong, a new figure one `set` op, and only clicks of the
 * shape the browser sends reach onClick.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ControlError, PlotlyChart } from "../../src/core/index.js";
import type { PlotlyClickEvent } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const FIGURE = { data: [{ type: "bar", x: ["a", "b"], y: [1, 2] }], layout: { title: { text: "T" } } };

test("the figure comes as JSON text or as an object; a figure without data is refused, naming why", () => {
  assert.deepEqual(new PlotlyChart(JSON.stringify(FIGURE)).figure, FIGURE);
  assert.equal(new PlotlyChart(FIGURE).figure, FIGURE);
  const refused = (make: () => unknown, message: RegExp) => assert.throws(make, (e: unknown) => e instanceof ControlError && message.test(e.message), String(message));
  refused(() => new PlotlyChart("{ data: "), /PlotlyChart's figure is not JSON/);
  refused(() => new PlotlyChart({ layout: {} } as never), /must be a Plotly figure, an object with a data array/);
  const chart = new PlotlyChart(FIGURE);
  refused(() => (chart.figure = [] as never), /must be a Plotly figure/);
});

test("a new figure is one set op; clicks of the browser's shape reach onClick, others are refused", async () => {
  const clicks: PlotlyClickEvent[] = [];
  const chart = new PlotlyChart(FIGURE, { onClick: (e) => void clicks.push(e.data) });
  const pilot = await runApp((page) => page.add(chart));
  const mark = pilot.patches.length;
  chart.figure = { data: [{ type: "scatter", y: [3] }] };
  await chart.update();
  await pilot.settle();
  const ops = pilot.patches.slice(mark).flatMap((p) => (p.frame[1] as { ops: unknown[][] }).ops);
  assert.deepEqual(ops, [["set", chart.id, { figure: { data: [{ type: "scatter", y: [3] }] } }]]);
  const node = pilot.get({ type: PlotlyChart });
  await pilot.fire(node, "click", { points: [{ curveNumber: 0, pointNumber: 1, x: "b", y: 2 }] });
  for (const bad of [null, { points: "x" }, { points: [{ curveNumber: 0.5, pointNumber: 1, x: 1, y: 2 }] }, { points: [{ curveNumber: 0, pointNumber: 1, x: {}, y: 2 }] }]) {
    await pilot.fire(node, "click", bad as never);
  }
  assert.deepEqual(clicks, [{ points: [{ curveNumber: 0, pointNumber: 1, x: "b", y: 2 }] }]);
  assert.equal(pilot.session.stats.badEventData, 4);
  await pilot.close();
});
