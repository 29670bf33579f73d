/**
 * `npm run bench [-- name …]`: runs every benchmark (or those named), prints the table, and after
 * a full run writes `bench/results.json`. See bench/README.md.
 */
import { describeMachine } from "./machine.js";
import { METRICS } from "./metrics.js";
import { ensureOpenFiles } from "./open-files.js";
import { renderTable } from "./report.js";
import { RESULTS_PATH, writeResults } from "./results.js";
import { runBenchmarks } from "./runner.js";
import { SUITE } from "./suite.js";

/** The suite is meant to finish in 5 minutes; past this it is stopped, whatever is running. */
const WATCHDOG_MS = 8 * 60_000;
/** Broadcast clients here plus the heap and broadcast servers' sockets in their children. */
const OPEN_FILES_NEEDED = 12_000;

async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const unknown = names.filter((name) => !SUITE.some((b) => b.name === name));
  if (unknown.length) {
    console.error(`unknown benchmark: ${unknown.join(", ")}\nknown: ${SUITE.map((b) => b.name).join(", ")}`);
    return 2;
  }
  const chosen = names.length ? SUITE.filter((b) => names.includes(b.name)) : SUITE;
  if (chosen.some((b) => b.name === "broadcast" || b.name === "session-heap" || b.name === "pubsub-redis")) {
    const code = ensureOpenFiles(OPEN_FILES_NEEDED);
    if (code !== undefined) return code;
  }
  const watchdog = setTimeout(() => {
    console.error(`[bench] still running after ${WATCHDOG_MS / 60_000} minutes; stopping`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const started = performance.now();
  const result = await runBenchmarks(chosen, "full", (line) => console.log(`[bench] ${line}`));
  const machine = describeMachine();
  console.log(`\n${renderTable(METRICS, result.values, result.notes)}\n\nmachine: ${machine}`);
  console.log(`total: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (!names.length) {
    writeResults(result.values, machine);
    console.log(`wrote ${RESULTS_PATH.pathname}`);
  }
  return result.failed.length ? 1 : 0;
}

process.exitCode = await main();
