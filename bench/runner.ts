/**
 * Runs benchmarks one after another. One that throws does not stop the others: its metrics are
 * reported as `null` with a note naming the error.
 */
import type { Benchmark, MetricValues, Scale } from "./benchmark.js";

export interface SuiteResult {
  values: MetricValues;
  notes: string[];
  /** Names of the benchmarks that threw. */
  failed: string[];
}

export async function runBenchmarks(benchmarks: readonly Benchmark[], scale: Scale, log: (line: string) => void = () => {}): Promise<SuiteResult> {
  const result: SuiteResult = { values: {}, notes: [], failed: [] };
  for (const bench of benchmarks) {
    const started = performance.now();
    try {
      const measured = await bench.run(scale);
      for (const name of bench.metrics) result.values[name] = measured.metrics[name] ?? null;
      Object.assign(result.values, measured.metrics);
      result.notes.push(...measured.notes);
      log(`${bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      for (const name of bench.metrics) result.values[name] = null;
      const message = error instanceof Error ? error.message : String(error);
      result.notes.push(`${bench.name} failed: ${message.split("\n")[0]}`);
      result.failed.push(bench.name);
      log(`${bench.name}: FAILED after ${((performance.now() - started) / 1000).toFixed(1)} s\n${error instanceof Error ? error.stack : message}`);
    }
  }
  return result;
}
