/**
 * Options the CLI imposes on the app file it runs: `weft run app.ts --port 9000` wins over
 * `app(main, { port: 8000 })` written in the file, as a command line should.
 */
import type { AppOptions } from "./options.js";

let overrides: Partial<AppOptions> = {};

export function setAppOverrides(options: Partial<AppOptions>): void {
  overrides = { ...options };
}

export function withOverrides(options: AppOptions | undefined): AppOptions {
  return { ...options, ...overrides };
}
