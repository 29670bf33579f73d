/** The Node host: `app()`/`appAsync()` and what they accept. */
export { app, appAsync } from "./app.js";
export { createHandler, type HandlerOptions, type WeftHandler } from "./create-handler.js";
export type { AppHandle, AppOptions } from "./options.js";
