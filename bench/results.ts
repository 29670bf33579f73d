/** `bench/results.json`: the figures of one full run, exactly `{ metrics, machine, date }`. */
import { writeFileSync } from "node:fs";
import type { MetricValues } from "./benchmark.js";
import { round } from "./stats.js";

export interface Results {
  metrics: MetricValues;
  machine: string;
  date: string;
}

export const RESULTS_PATH = new URL("results.json", import.meta.url);

export function writeResults(metrics: MetricValues, machine: string, path: URL = RESULTS_PATH): Results {
  const rounded: MetricValues = {};
  for (const [name, value] of Object.entries(metrics)) rounded[name] = value === null ? null : round(value, 4);
  const results: Results = { metrics: rounded, machine, date: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
