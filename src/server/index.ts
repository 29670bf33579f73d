/** The Node host: `app()`/`appAsync()` and what they accept. */
import { useIconCheck } from "../core/icon-check.js";
import { checkIconName } from "../core/icons.js";
export { app, appAsync } from "./app.js";
export { createHandler, type HandlerOptions, type WeftHandler } from "./create-handler.js";
export type { AppHandle, AppOptions } from "./options.js";
export { FileStore } from "./stores/file-store.js";
export type { StorageOptions } from "./storage-options.js";

// Icon props are checked against the font's names wherever the app runs under Node (the names
// stay out of a static site's worker; src/core/icon-check.ts).
useIconCheck(checkIconName);
