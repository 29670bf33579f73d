/**
 * Development-only codes and paths. Under `weft run --watch`, while the app cannot start (a
 * syntax error, an exception as its file loads), the watcher answers the tab's socket itself with
 * an `error` frame of code `DevCode.problem` whose message is `file:line:column: text`; the client
 * shows it as an overlay until a connection is welcomed again. Type errors do not stop the app
 * (decision 0059): the watcher streams them at `DevPath.types` (Server-Sent Events, one
 * `TypeReport` a message), which a watched app's page names in its `weft-dev-types` meta tag.
 */
export const DevCode = {
  problem: "dev.problem",
} as const;
export type DevCode = (typeof DevCode)[keyof typeof DevCode];

export const DevPath = {
  /** The watcher's own stream of type errors, answered by the watcher, not the app. */
  types: "/_weft/dev/types",
} as const;

/** One type check's result, as the watcher streams it. */
export interface TypeReport {
  /** Each error as `file:line:column: message (TSnnnn)`; empty when the check found none. */
  errors: string[];
}
