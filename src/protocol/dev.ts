/**
 * Development-only frames' codes. Under `weft run --watch`, while the app cannot start (a syntax
 * error, an exception as its file loads), the watcher answers the tab's socket itself with an
 * `error` frame of code `DevCode.problem` whose message is `file:line:column: text`; the client
 * shows it as an overlay until a connection is welcomed again.
 */
export const DevCode = {
  problem: "dev.problem",
} as const;
export type DevCode = (typeof DevCode)[keyof typeof DevCode];
