/**
 * Every metric the suite reports: its unit, the floor it is held against (a figure measured in
 * the same run, or a fixed reference), and the goal from issue 6. The table and the README read
 * from here; no goal is written anywhere else.
 */
import type { MetricValues } from "./benchmark.js";

export type Unit = "ms" | "us" | "bytes" | "KB" | "MB" | "MB/s" | "commands" | "processes";

/**
 * A goal: `ratio` holds value/floor to at most `max`; `max` holds the value itself; `atLeast`
 * holds value/floor to at least `min` (a rate, where more is better).
 */
export type Goal = { kind: "ratio"; max: number } | { kind: "max"; max: number } | { kind: "atLeast"; min: number };

/** The floor of a metric: another metric of the same run, or a reference figure. */
export type Floor = { metric: string } | { reference: number; label: string };

export interface MetricSpec {
  readonly name: string;
  readonly unit: Unit;
  readonly floor?: Floor;
  readonly goal?: Goal;
}

export const METRICS: readonly MetricSpec[] = [
  { name: "roundtrip_p50_ms", unit: "ms", floor: { metric: "roundtrip_floor_p50_ms" }, goal: { kind: "ratio", max: 1.25 } },
  { name: "roundtrip_p99_ms", unit: "ms", floor: { metric: "roundtrip_floor_p99_ms" } },
  { name: "roundtrip_floor_p50_ms", unit: "ms" },
  { name: "roundtrip_floor_p99_ms", unit: "ms" },
  { name: "update_one_of_100_us", unit: "us" },
  { name: "update_one_of_10000_us", unit: "us", floor: { metric: "update_one_of_100_us" }, goal: { kind: "ratio", max: 2 } },
  { name: "update_one_of_100_browser_ms", unit: "ms" },
  { name: "update_one_of_10000_browser_ms", unit: "ms", goal: { kind: "max", max: 2 } },
  { name: "update_one_visible_of_10000_browser_ms", unit: "ms" },
  { name: "update_all_10000_ms", unit: "ms" },
  // Issue 21 tightened issue 6's 1.5× to 1.0× for the page as served by default (server first paint).
  { name: "initial_render_10000_ms", unit: "ms", floor: { metric: "initial_render_floor_10000_ms" }, goal: { kind: "ratio", max: 1 } },
  { name: "initial_render_floor_10000_ms", unit: "ms" },
  { name: "initial_render_client_10000_ms", unit: "ms", floor: { metric: "initial_render_floor_10000_ms" } },
  { name: "initial_render_painted_10000_ms", unit: "ms", floor: { metric: "initial_render_floor_10000_ms" } },
  { name: "initial_render_1_ms", unit: "ms", floor: { metric: "initial_render_floor_1_ms" }, goal: { kind: "ratio", max: 1 } },
  { name: "initial_render_floor_1_ms", unit: "ms" },
  { name: "initial_render_client_1_ms", unit: "ms", floor: { metric: "initial_render_floor_1_ms" } },
  { name: "first_contentful_paint_1_ms", unit: "ms" },
  { name: "first_contentful_paint_10000_ms", unit: "ms" },
  { name: "interactive_1_ms", unit: "ms" },
  { name: "interactive_10000_ms", unit: "ms" },
  { name: "first_contentful_paint_client_1_ms", unit: "ms" },
  { name: "first_contentful_paint_client_10000_ms", unit: "ms" },
  { name: "interactive_client_1_ms", unit: "ms" },
  { name: "interactive_client_10000_ms", unit: "ms" },
  { name: "initial_render_1_rtt50_ms", unit: "ms", floor: { metric: "initial_render_floor_1_rtt50_ms" } },
  { name: "initial_render_client_1_rtt50_ms", unit: "ms", floor: { metric: "initial_render_floor_1_rtt50_ms" } },
  { name: "initial_render_floor_1_rtt50_ms", unit: "ms" },
  // Issue 21: the server's own cost of a first paint, the string host's render against the same markup written by hand.
  { name: "first_paint_render_10000_ms", unit: "ms", floor: { metric: "first_paint_render_floor_10000_ms" } },
  { name: "first_paint_render_1_ms", unit: "ms" },
  { name: "first_paint_render_floor_10000_ms", unit: "ms" },
  { name: "table_100k_first_page_ms", unit: "ms", floor: { metric: "table_floor_first_page_ms" } },
  { name: "table_floor_first_page_ms", unit: "ms" },
  { name: "chart_append_100k_frame_ms", unit: "ms", floor: { metric: "chart_append_floor_frame_ms" }, goal: { kind: "ratio", max: 3 } },
  { name: "chart_append_100k_frame_p95_ms", unit: "ms", floor: { metric: "chart_append_floor_frame_p95_ms" } },
  { name: "chart_append_floor_frame_ms", unit: "ms" },
  { name: "chart_append_floor_frame_p95_ms", unit: "ms" },
  { name: "patch_bytes_text_value", unit: "bytes", goal: { kind: "max", max: 64 } },
  { name: "chart_update_point_bytes", unit: "bytes", goal: { kind: "max", max: 64 } },
  { name: "chart_series_resend_bytes", unit: "bytes" },
  { name: "chart_point_heap_bytes", unit: "bytes" },
  { name: "chart_point_wire_bytes", unit: "bytes" },
  { name: "session_heap_kb", unit: "KB", floor: { metric: "ws_floor_heap_kb" }, goal: { kind: "max", max: 20 } },
  { name: "ws_floor_heap_kb", unit: "KB" },
  { name: "broadcast_5000_ms", unit: "ms", floor: { metric: "broadcast_floor_5000_ms" }, goal: { kind: "ratio", max: 1.5 } },
  { name: "broadcast_floor_5000_ms", unit: "ms" },
  { name: "pubsub_fanout_1000_ms", unit: "ms", floor: { metric: "pubsub_fanout_floor_1000_ms" }, goal: { kind: "ratio", max: 1.5 } },
  { name: "pubsub_fanout_floor_1000_ms", unit: "ms" },
  { name: "pubsub_redis_fanout_ms", unit: "ms", floor: { metric: "pubsub_redis_fanout_floor_ms" }, goal: { kind: "ratio", max: 2 } },
  { name: "pubsub_redis_fanout_floor_ms", unit: "ms" },
  { name: "pubsub_redis_commands_per_publish", unit: "commands", goal: { kind: "max", max: 1 } },
  { name: "client_js_gz_kb", unit: "KB", floor: { reference: 8192, label: "Flet ~8 MB" }, goal: { kind: "max", max: 100 } },
  { name: "client_js_all_gz_kb", unit: "KB" },
  { name: "client_css_gz_kb", unit: "KB" },
  { name: "static_hello_gz_kb", unit: "KB", goal: { kind: "max", max: 200 } },
  { name: "static_hello_loaded_gz_kb", unit: "KB" },
  { name: "static_first_render_ms", unit: "ms" },
  { name: "static_first_render_warm_ms", unit: "ms" },
  { name: "upload_mb_per_s", unit: "MB/s", floor: { metric: "upload_floor_mb_per_s" }, goal: { kind: "atLeast", min: 0.8 } },
  { name: "upload_floor_mb_per_s", unit: "MB/s" },
  { name: "upload_browser_floor_mb_per_s", unit: "MB/s" },
  { name: "server_start_ms", unit: "ms", floor: { metric: "node_http_floor_start_ms" }, goal: { kind: "max", max: 500 } },
  { name: "server_idle_rss_mb", unit: "MB", floor: { metric: "node_http_floor_rss_mb" }, goal: { kind: "max", max: 60 } },
  { name: "server_visited_rss_mb", unit: "MB", floor: { metric: "node_http_floor_rss_mb" } },
  { name: "server_child_processes", unit: "processes", goal: { kind: "max", max: 0 } },
  { name: "dev_server_start_ms", unit: "ms" },
  { name: "dev_server_idle_rss_mb", unit: "MB" },
  { name: "node_http_floor_start_ms", unit: "ms" },
  { name: "node_http_floor_rss_mb", unit: "MB" },
];

export type Verdict = "pass" | "FAIL" | "—" | "n/a";

export interface Judged {
  spec: MetricSpec;
  value: number | null;
  floor: number | null;
  floorLabel: string;
  ratio: number | null;
  verdict: Verdict;
}

/** Holds one metric to its goal, reading its floor from the same run's values. */
export function judge(spec: MetricSpec, values: MetricValues): Judged {
  const value = values[spec.name] ?? null;
  let floor: number | null = null;
  let floorLabel = "";
  if (spec.floor && "metric" in spec.floor) {
    floor = values[spec.floor.metric] ?? null;
    floorLabel = spec.floor.metric;
  } else if (spec.floor) {
    floor = spec.floor.reference;
    floorLabel = spec.floor.label;
  }
  const ratio = value !== null && floor !== null && floor > 0 ? value / floor : null;
  let verdict: Verdict = "—";
  if (spec.goal) {
    const goal = spec.goal;
    const held = goal.kind === "max" ? value : ratio;
    verdict = held === null ? "n/a" : (goal.kind === "atLeast" ? held >= goal.min : held <= goal.max) ? "pass" : "FAIL";
  }
  return { spec, value, floor, floorLabel, ratio, verdict };
}

/** The goal as the table prints it: `≤ 1.25× floor`, `≤ 64 bytes`. */
export function describeGoal(spec: MetricSpec): string {
  if (!spec.goal) return "—";
  const goal = spec.goal;
  if (goal.kind === "atLeast") return `≥ ${goal.min}× floor`;
  return goal.kind === "ratio" ? `≤ ${goal.max}× floor` : `≤ ${goal.max} ${spec.unit}`;
}
