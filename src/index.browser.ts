/**
 * Weft's public API in the browser build: the same names as `src/index.ts`, but `app()` and
 * `appAsync()` attach the app to the Web Worker that a static site runs it in, instead of
 * starting a server. The package's `worker` and `browser` export conditions pick this file, and
 * `weft publish` bundles it in place of `src/index.ts`; `test/exports.test.ts` checks that both
 * export the same names.
 */

export * from "./runtime-api.js";

// Running an app: attached to the Web Worker of a static site. The types are the server's, so one
// app file type-checks the same in both modes (they are erased: no server code enters the bundle).
export { app, appAsync, createHandler } from "./worker/index.js";
export type { AppHandle, AppOptions, HandlerOptions, WeftHandler } from "./server/index.js";
// A static site has no server for page.userStorage: this FileStore only lets one app file load in both builds.
export { FileStore } from "./worker/file-store.js";
export type { StorageOptions } from "./server/index.js";
