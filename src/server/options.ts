/**
 * Options of `app()` / `appAsync()`, checked before anything starts: a wrong option is one clear
 * error naming it, never a stack trace from deep inside the server.
 */
import { closestName } from "../core/control-spec.js";
import { ErrorCode, WeftError, type Logger } from "../core/index.js";

export interface AppOptions {
  /** TCP port to listen on. Default 8550; 0 picks a free port (read it from the handle). */
  port?: number;
  /** Interface to listen on. Default "127.0.0.1" (this machine only). */
  host?: string;
  /** `"browser"` opens the app in the default browser where one exists; `"none"` only prints the URL. Default "browser". */
  view?: "browser" | "none";
  /** Where to log. Default: the console. */
  logger?: Logger;
  /** Largest inbound WebSocket frame, in bytes. Default 65 536. */
  maxFrameBytes?: number;
  /** Extra origins allowed to open the WebSocket, besides the page's own, e.g. `"https://example.com"`. */
  allowedOrigins?: string[];
}

/** What `appAsync` resolves to once the server listens. */
export interface AppHandle {
  /** The app's address, e.g. `http://127.0.0.1:8550/`. */
  readonly url: string;
  /** The port actually listened on (useful with `port: 0`). */
  readonly port: number;
  /** Ends every session (running `willUnmount` and `onClose`), then stops listening. */
  close(): Promise<void>;
}

export type ResolvedOptions = Required<Omit<AppOptions, "logger">> & { logger: Logger | undefined };

const KNOWN = ["port", "host", "view", "logger", "maxFrameBytes", "allowedOrigins"];

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

/** Checks that `main` is a function; throws a `server.bad-option` WeftError otherwise. */
export function checkMain(main: unknown): void {
  if (typeof main !== "function") {
    throw bad(`app(main) needs a function as main, got ${main === null ? "null" : typeof main}`);
  }
}

/** Checks the options and fills in defaults; throws a `server.bad-option` WeftError naming the mistake. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw bad("app options must be an object, e.g. { port: 8550 }");
  }
  const given = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KNOWN.includes(key)) {
      const hint = closestName(key, KNOWN);
      throw bad(`unknown app option "${key}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
  }
  const { port = 8550, host = "127.0.0.1", view = "browser", logger, maxFrameBytes = 64 * 1024, allowedOrigins = [] } = given;
  if (typeof port !== "number" || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw bad(`port must be an integer from 0 to 65535, got ${JSON.stringify(port)}`);
  }
  if (typeof host !== "string" || host.length === 0) throw bad(`host must be a non-empty string, got ${JSON.stringify(host)}`);
  if (view !== "browser" && view !== "none") throw bad(`view must be "browser" or "none", got ${JSON.stringify(view)}`);
  if (typeof maxFrameBytes !== "number" || !Number.isInteger(maxFrameBytes) || maxFrameBytes < 1024) {
    throw bad(`maxFrameBytes must be an integer of at least 1024, got ${JSON.stringify(maxFrameBytes)}`);
  }
  if (!Array.isArray(allowedOrigins) || allowedOrigins.some((o) => typeof o !== "string")) {
    throw bad("allowedOrigins must be an array of origin strings");
  }
  if (logger !== undefined && (typeof logger !== "object" || logger === null)) throw bad("logger must be an object with info, warn and error");
  return { port, host, view, logger: logger as Logger | undefined, maxFrameBytes, allowedOrigins: allowedOrigins as string[] };
}
