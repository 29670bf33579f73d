/** Weft's version, read from the package's own `package.json`. */
import { readFileSync } from "node:fs";

export function weftVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}
