/** The table `npm run bench` prints: metric, value, floor, ratio, goal, pass/fail. */
import type { MetricValues } from "./benchmark.js";
import { describeGoal, judge, type MetricSpec } from "./metrics.js";
import { round } from "./stats.js";

function show(value: number | null, unit = ""): string {
  if (value === null) return "null";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${round(value, digits)}${unit ? ` ${unit}` : ""}`;
}

/** Renders the table for the metrics that were measured (and any listed as null). */
export function renderTable(specs: readonly MetricSpec[], values: MetricValues, notes: readonly string[]): string {
  const header = ["metric", "value", "floor", "ratio", "goal", "result"];
  const rows = specs
    .filter((spec) => spec.name in values)
    .map((spec) => {
      const j = judge(spec, values);
      const floor = j.floorLabel ? `${show(j.floor, j.spec.unit)} (${j.floorLabel})` : "";
      return [spec.name, show(j.value, spec.unit), floor, j.ratio === null ? "" : `${show(j.ratio)}×`, describeGoal(spec), j.verdict];
    });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  if (notes.length) out.push("", ...notes.map((n) => `note: ${n}`));
  return out.join("\n");
}
