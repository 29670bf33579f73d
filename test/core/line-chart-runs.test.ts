/**
 * A live LineChart series of 100,000 points, packed in `LineChartPointRun`s: it fits a session's
 * default `maxControls`, appending a point is one `set` op of the last run (or one insert when it
 * is full), a sliding window drops from the front, and bad points are refused by index.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ControlError, LineChart, LineChartData, LineChartPointRun } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const wave = (from: number, count: number) => Array.from({ length: count }, (_, i) => [from + i, Math.round(Math.sin((from + i) / 50) * 1000) / 10] as [number, number]);

test("about 100,000 packed points fit; one appended point is one set op of the last run, in a small frame", async () => {
  const series = new LineChartData();
  // 781 runs of 128 and one of 127, then the point that fills it: 100,000 once the window slides.
  series.appendPoints(wave(0, 99_967));
  const pilot = await runApp((page) => page.add(new LineChart([series], { height: 300 })));
  assert.equal(series.packedPointCount, 99_967);
  assert.equal(series.pointRuns.length, 781, "in runs of 128");
  let mark = pilot.patches.length;
  let frames = pilot.frames.length;
  series.appendPoints([[99_967, 12.5]]);
  await series.update();
  await pilot.settle();
  let ops = pilot.patches.slice(mark).flatMap((p) => (p.frame[1] as { ops: unknown[][] }).ops);
  const last = series.pointRuns.at(-1)!;
  assert.deepEqual(ops.map((op) => [op[0], op[1]]), [["set", last.id]]);
  assert.equal(last.points.length, 256);
  const bytes = pilot.frames.slice(frames).reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(bytes < 2600, `a tick on a full run costs ${bytes} bytes`);

  mark = pilot.patches.length;
  frames = pilot.frames.length;
  series.appendPoints(wave(99_968, 32));
  series.dropPoints(1);
  await series.update();
  await pilot.settle();
  ops = pilot.patches.slice(mark).flatMap((p) => (p.frame[1] as { ops: unknown[][] }).ops);
  assert.deepEqual(ops.map((op) => op[0]).sort(), ["insert", "set"], "a new run for the points, the first run trimmed");
  assert.equal(series.packedPointCount, 99_999);
  assert.equal((pilot.find({ type: LineChartPointRun }).at(-1)!.props.points as number[]).length, 64);
  assert.equal(series.pointRuns[0]!.points[0], 1, "the window starts at x 1");
  await pilot.close();
});

test("dropPoints removes whole runs and trims the next; bad points are refused with their index", () => {
  const series = new LineChartData();
  series.appendPoints(wave(0, 300));
  series.dropPoints(130);
  assert.deepEqual([series.pointRuns.length, series.packedPointCount, series.pointRuns[0]!.points[0]], [2, 170, 130]);
  assert.throws(() => series.appendPoints([[1, 2], [3, Number.NaN]]), (e: unknown) => e instanceof ControlError && /point 1 must be \[x, y\] of finite numbers/.test(e.message));
  assert.equal(series.packedPointCount, 170, "nothing of a refused batch was added");
});
