/** Protocol-level limits shared by both ends; a server option may lower or raise them. */
export const Limits = {
  /** Largest inbound frame accepted, in bytes (UTF-8). */
  maxFrameBytes: 64 * 1024,
  /** Longest event name accepted. */
  maxEventNameLength: 64,
  /** Longest route accepted in `hello`. */
  maxRouteLength: 2048,
  /** Longest sealed snapshot a `moved` frame may carry and a hello may give back (decision 0039). */
  maxRestoreLength: 48 * 1024,
  /** Largest control id a client may name. */
  maxControlId: 2 ** 31 - 1,
} as const;
