/** `createHandler` in the browser build: embedding needs a Node server, so it refuses clearly. */
import { ErrorCode, WeftError, type AppMain } from "../core/index.js";

/** Rejects: a static site has no server to embed in (docs/embedding.md). */
export const createHandler = (_main: AppMain, _options?: unknown): Promise<never> =>
  Promise.reject(new WeftError(ErrorCode.badOption, "createHandler embeds an app in a Node server; in a static site (the browser build) use app(main) instead"));
