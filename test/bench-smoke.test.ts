/**
 * Keeps the benchmark harness from rotting: every benchmark runs once at a tiny size (a few
 * controls, sessions and clicks) and must report every metric it declares as a number, and the
 * table and `results.json` must come out in their documented shapes. Nothing here looks at how
 * fast anything was: benchmarks are not tests.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { describeMachine } from "../bench/machine.js";
import { judge, METRICS } from "../bench/metrics.js";
import { renderTable } from "../bench/report.js";
import { writeResults } from "../bench/results.js";
import { runBenchmarks } from "../bench/runner.js";
import { SUITE } from "../bench/suite.js";

/** The names issue 6 requires in `results.json`. */
const REQUIRED = [
  "roundtrip_p50_ms",
  "roundtrip_p99_ms",
  "roundtrip_floor_p50_ms",
  "update_one_of_100_us",
  "update_one_of_10000_us",
  "update_all_10000_ms",
  "initial_render_10000_ms",
  "initial_render_floor_10000_ms",
  "patch_bytes_text_value",
  "session_heap_kb",
  "ws_floor_heap_kb",
  "broadcast_5000_ms",
  "broadcast_floor_5000_ms",
  "pubsub_fanout_1000_ms",
  "pubsub_fanout_floor_1000_ms",
  "client_js_gz_kb",
  "static_hello_gz_kb",
  "static_first_render_ms",
];

test("the suite declares every metric of issue 6, each with a row in the table", () => {
  const declared = SUITE.flatMap((b) => b.metrics);
  for (const name of REQUIRED) assert.ok(declared.includes(name), `no benchmark reports ${name}`);
  for (const name of declared) assert.ok(METRICS.some((m) => m.name === name), `${name} has no entry in bench/metrics.ts`);
  assert.equal(new Set(SUITE.map((b) => b.name)).size, SUITE.length, "benchmark names are unique");
});

test("every benchmark runs at smoke size and reports a number for each metric", { timeout: 480_000 }, async () => {
  const result = await runBenchmarks(SUITE, "smoke");
  assert.deepEqual(result.failed, [], result.notes.join("\n"));
  for (const bench of SUITE) {
    for (const name of bench.metrics) {
      const value = result.values[name];
      assert.equal(typeof value, "number", `${bench.name} reported ${name} = ${String(value)}`);
      assert.ok(Number.isFinite(value) && (value as number) >= 0, `${bench.name} reported ${name} = ${String(value)}`);
    }
  }
  const table = renderTable(METRICS, result.values, result.notes);
  for (const name of REQUIRED) assert.match(table, new RegExp(`^${name} `, "m"));
});

test("a rate's goal is held from below: upload_mb_per_s passes at 0.8× its floor and fails under it", () => {
  const spec = METRICS.find((m) => m.name === "upload_mb_per_s")!;
  assert.equal(judge(spec, { upload_mb_per_s: 80, upload_floor_mb_per_s: 100 }).verdict, "pass");
  assert.equal(judge(spec, { upload_mb_per_s: 79, upload_floor_mb_per_s: 100 }).verdict, "FAIL");
  assert.equal(judge(spec, { upload_mb_per_s: 80, upload_floor_mb_per_s: null }).verdict, "n/a");
});

test("results.json is exactly { metrics, machine, date }", async () => {
  const dir = await mkdtemp(join(tmpdir(), "weft-bench-"));
  try {
    const path = pathToFileURL(join(dir, "results.json"));
    writeResults({ roundtrip_p50_ms: 1.23456789, static_hello_gz_kb: null }, describeMachine(), path);
    const written = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    assert.deepEqual(Object.keys(written), ["metrics", "machine", "date"]);
    assert.deepEqual(written.metrics, { roundtrip_p50_ms: 1.2346, static_hello_gz_kb: null });
    assert.match(String(written.machine), /\d+ cores, \d+ GiB, Node v\d+/);
    assert.ok(!Number.isNaN(Date.parse(String(written.date))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
