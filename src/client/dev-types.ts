/**
 * Under `weft run --watch`, the page follows the watcher's type checks (decision 0059): a
 * Server-Sent Events stream the watcher answers itself, so it outlives the app's restarts; each
 * message is a `TypeReport`, shown over the page until a check finds no error.
 */
import type { TypeReport } from "../protocol/index.js";
import { ClientCode, reportWarning } from "./diagnostics.js";
import type { StatusView } from "./status-view.js";

/** Opens the stream at `url` and shows each report's errors in `status`. */
export function followTypeErrors(url: string, status: StatusView): void {
  const source = new EventSource(url);
  source.addEventListener("message", (event: MessageEvent<string>) => {
    const report = typeReport(event.data);
    if (report) status.typeErrors(report.errors);
    else reportWarning(ClientCode.session, `the watcher's type report is not a list of errors: ${event.data.slice(0, 200)}`);
  });
}

function typeReport(data: string): TypeReport | undefined {
  try {
    const report = JSON.parse(data) as Partial<TypeReport> | null;
    const errors = report?.errors;
    return Array.isArray(errors) && errors.every((error) => typeof error === "string") ? { errors } : undefined;
  } catch {
    return undefined;
  }
}
