/** The static-site host: `app()`/`appAsync()` for an app that runs in the browser's Web Worker. */
export { app, appAsync, type WorkerAppHandle, type WorkerAppOptions } from "./app.js";
export { createHandler } from "./create-handler.js";
