/** The first paint's options (issue 21), checked with the rest of the app's (options.ts). */
import { ErrorCode, WeftError } from "../../core/index.js";

export interface FirstPaintOptions {
  /**
   * Where a served page's first paint is made. `"server"`: the page request starts the session,
   * runs `main` until the page is ready and answers with that page as HTML (readable without
   * JavaScript); the page's socket then claims the same session, so `main` runs once.
   * `"client"`: the page arrives empty and the client builds it from the first patch. A static
   * site (`weft publish`) and an embedding host with `authenticate` (its check runs on the
   * socket's request) always paint in the browser. Default "client" (docs/first-paint.md says
   * why it is not yet "server").
   */
  firstPaint?: "server" | "client";
  /**
   * How long a page request waits for `main` (its first control, or `main` settling) before it
   * answers with the page as it is then, in ms. Default 500.
   */
  firstPaintTimeoutMs?: number;
  /**
   * How long a first-painted session waits for its page's socket to claim it, in ms; an
   * unclaimed session (a crawler, a bot, a page never run) then ends. Default 15 000.
   */
  claimTimeoutMs?: number;
  /**
   * The most controls a page's first paint shows as HTML. A page that has more once `main` is
   * ready (a list of thousands) is answered as a page the client paints, still claiming the
   * session that the request started, so `main` runs once and its patches wait for the socket:
   * Chromium parses and lays out thousands of server elements slower than the client builds them
   * from the patch (docs/first-paint.md has the figures). Such a page shows its title and
   * description without JavaScript, not its controls. Default 2,500; `Infinity` paints every page.
   */
  firstPaintMaxControls?: number;
}

export const FIRST_PAINT_OPTION_NAMES = ["firstPaint", "firstPaintTimeoutMs", "claimTimeoutMs", "firstPaintMaxControls"] as const;

/** `firstPaintMaxControls` unless given. */
export const DEFAULT_FIRST_PAINT_MAX_CONTROLS = 2500;

export interface ResolvedFirstPaint {
  firstPaint: "server" | "client";
  maxControls: number;
  /** For the hub: only the ones given (it has the defaults). */
  hub: { firstPaintTimeoutMs?: number; claimTimeoutMs?: number };
}

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

export function resolveFirstPaint(given: Record<string, unknown>): ResolvedFirstPaint {
  const { firstPaint = "client" } = given;
  if (firstPaint !== "server" && firstPaint !== "client") throw bad(`firstPaint must be "server" or "client", got ${JSON.stringify(firstPaint)}`);
  const hub: ResolvedFirstPaint["hub"] = {};
  for (const name of ["firstPaintTimeoutMs", "claimTimeoutMs"] as const) {
    const value = given[name];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw bad(`${name} must be an integer of at least 1 (ms), got ${JSON.stringify(value)}`);
    hub[name] = value;
  }
  const { firstPaintMaxControls: maxControls = DEFAULT_FIRST_PAINT_MAX_CONTROLS } = given;
  if (typeof maxControls !== "number" || !(maxControls === Infinity || (Number.isInteger(maxControls) && maxControls >= 1))) {
    throw bad(`firstPaintMaxControls must be an integer of at least 1, or Infinity, got ${typeof maxControls === "number" ? String(maxControls) : JSON.stringify(maxControls)}`);
  }
  return { firstPaint, maxControls, hub };
}
