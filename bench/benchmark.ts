/**
 * What a benchmark is: a named measurement that reports some metrics, at full size for
 * `npm run bench` or at a tiny size for the smoke test in `npm test` (which checks shapes, never
 * times).
 */

/** `full`: the counts of the issue (10,000 controls, 5,000 sessions, 300 clicks); `smoke`: tiny. */
export type Scale = "full" | "smoke";

/** Metric values by name; `null` when a figure cannot be measured here (the note says why). */
export type MetricValues = Record<string, number | null>;

export interface Measurement {
  metrics: MetricValues;
  /** Anything the reader needs to trust or read the numbers (what was skipped and why). */
  notes: string[];
}

export interface Benchmark {
  /** What `npm run bench -- <name>` selects, e.g. `roundtrip`. */
  readonly name: string;
  /** The metrics it reports, in table order. */
  readonly metrics: readonly string[];
  run(scale: Scale): Promise<Measurement>;
}
