/**
 * Capturing apps instead of serving them: while `load()` runs, `app()` and `appAsync()` record
 * their `main` and options. The examples gallery imports every example this way and hosts them
 * all on one server.
 */
import type { AppMain } from "../core/index.js";
import type { AppOptions } from "./options.js";

export interface CapturedApp {
  main: AppMain;
  options: AppOptions;
}

let captured: CapturedApp[] | undefined;

/** The capture list while a capture runs; `app()` checks it first. */
export function activeCapture(): CapturedApp[] | undefined {
  return captured;
}

export async function captureApps(load: () => Promise<unknown>): Promise<CapturedApp[]> {
  const outer = captured;
  const mine: CapturedApp[] = [];
  captured = mine;
  try {
    await load();
  } finally {
    captured = outer;
  }
  return mine;
}
