/** What a pilot is made with and records: its options, the frames it saw, the log, its error. */
import type { JsonValue, ServerFrame } from "../protocol/index.js";
import type { HubOptions, SnapshotSeal } from "../core/index.js";

export interface PilotOptions {
  /** Viewport size reported in the hello. Default 1280 × 720. */
  width?: number;
  height?: number;
  route?: string;
  /** Options for the pilot's hub (limits, `sessionTimeout`, `userStorage`, …). */
  hub?: Omit<HubOptions, "logger">;
  /** The browser's id, as its signed cookie would name it, for `page.userStorage`. Default none. */
  browserId?: string;
  /** `page.restored`, as if the tab came from a draining process: what an earlier pilot's `move()` returned. */
  restored?: Record<string, JsonValue> | undefined;
}

/** The pilot's seal on a moved tab's snapshot: none (both ends are this test); the Node host's encrypts. */
export const PILOT_SEAL: SnapshotSeal = {
  seal(json: string): string {
    return json;
  },
  open(sealed: string): string {
    return sealed;
  },
};

export interface RecordedFrame {
  readonly text: string;
  /** UTF-8 size of the frame as sent. */
  readonly bytes: number;
  readonly frame: ServerFrame;
}

export interface LogEntry {
  level: "info" | "warn" | "error";
  message: string;
  error?: unknown;
}

/** A pilot misuse or an expectation that could not be met (nothing found, a disabled button). */
export class PilotError extends Error {
  override name = "PilotError";
}
