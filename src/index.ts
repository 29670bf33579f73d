/**
 * Weft's public API. Everything an app imports comes from here (and `weftjs/testing` for tests);
 * `test/exports.test.ts` pins the list.
 */

export * from "./runtime-api.js";

// Running an app: a Node server per app, or a handle inside a larger program.
export { app, appAsync, createHandler } from "./server/index.js";
export type { AppHandle, AppOptions, HandlerOptions, WeftHandler } from "./server/index.js";
// Where page.userStorage keeps each browser's data across restarts.
export { FileStore } from "./server/index.js";
export type { StorageOptions } from "./server/index.js";
