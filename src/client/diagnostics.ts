/**
 * The client's one way to tell a developer that something failed in the browser: every report
 * carries a code and reaches the console as `[weft] <code>: <message>`, so a page's console reads
 * like the server's log, and a test or a monitoring script matches the code, not the wording.
 * A server error the client is told of keeps the server's own code (`session.*`, `control.*`).
 */
export const ClientCode = {
  /** The page lacks the root element or the meta tag that says where its app runs. */
  setup: "client.setup",
  /** A lazily loaded renderer's chunk did not arrive; its controls stay placeholders. */
  rendererLoad: "client.renderer-load",
  /** A renderer threw while building or updating its control. */
  rendererFailed: "client.renderer-failed",
  /** A patch op could not be applied to the page. */
  opFailed: "client.op-failed",
  /** A library a control loads on first use (Markdown, highlighting, plotly.js) did not arrive. */
  libraryLoad: "client.library-load",
  /** The browser refused a request (the clipboard, a changed library the CSP shim knows). */
  refused: "client.refused",
  /** The static site's app worker failed to start or crashed. */
  worker: "client.worker",
  /** A server-painted page's markup did not match the controls it stood for (the client removed what no control claimed). */
  firstPaint: "client.first-paint",
  /** The session's own notices (a resend, a dropped event, a link that went quiet). */
  session: "client.session",
} as const;

export type ClientCode = (typeof ClientCode)[keyof typeof ClientCode];

/** Reports a failure: `[weft] <code>: <message>`, with what caused it after. */
export function reportError(code: string, message: string, cause?: unknown): void {
  if (cause === undefined) console.error(`[weft] ${code}: ${message}`);
  else console.error(`[weft] ${code}: ${message}`, cause);
}

/** Reports something a developer should know that did not stop the page. */
export function reportWarning(code: string, message: string, cause?: unknown): void {
  if (cause === undefined) console.warn(`[weft] ${code}: ${message}`);
  else console.warn(`[weft] ${code}: ${message}`, cause);
}
