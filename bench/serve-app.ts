/** Serves a Weft app for a benchmark through the public `appAsync`, on 127.0.0.1 with a free port. */
import { appAsync, type AppHandle, type AppMain, type Logger } from "../src/index.js";

/** Drops info and warnings (the bench opens thousands of sessions); errors still print. */
export const quietLogger: Logger = {
  info: () => {},
  warn: (message) => console.warn(message),
  error: (message, error) => console.error(message, error ?? ""),
};

export function serveApp(main: AppMain): Promise<AppHandle> {
  return appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger });
}
