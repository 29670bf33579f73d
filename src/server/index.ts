/** The Node host: `app()`/`appAsync()` and what they accept. */
export { app, appAsync } from "./app.js";
export { createHandler, type HandlerOptions, type WeftHandler } from "./create-handler.js";
export type { AppHandle, AppOptions } from "./options.js";
export { FileStore } from "./stores/file-store.js";
export type { StorageOptions } from "./storage-options.js";
