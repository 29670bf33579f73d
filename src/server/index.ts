/** The Node host: `app()`/`appAsync()` and what they accept. */
export { app, appAsync } from "./app.js";
export type { AppHandle, AppOptions } from "./options.js";
