/** Waits until `condition()` holds, polling every 5 ms; fails the test naming `what` past `boundMs`. Resolves to the ms waited. */
import assert from "node:assert/strict";
import { sleep } from "../../src/core/index.js";

export async function until(condition: () => boolean, what: string, boundMs = 5000): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > boundMs) assert.fail(`timed out waiting for ${what}`);
    await sleep(5);
  }
  return Date.now() - started;
}
