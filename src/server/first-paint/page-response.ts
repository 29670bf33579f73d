/**
 * The answer to a page request with the first paint (issue 21): the hub starts the session and
 * runs `main` until the page is ready, the string host renders its patches with the client's
 * renderers, and the page goes out as HTML holding that tree, `page.title` and
 * `page.description`, the claim its socket takes the session with, and a policy that allows its
 * one stylesheet by hash. A refusal (too many sessions from the address, a draining process) is
 * an HTTP answer that says so.
 */
import { ErrorCode, type SessionHub } from "../../core/index.js";
import { routeOf } from "../../client/route.js";
import { paintedPageEnd, paintedPageStart, renderPageHtml, styleHash, unpaintedPageEnd, type PageHtmlOptions, type PaintedPage } from "../page-html.js";
import { renderPatches } from "./string-host.js";
import { usedStyles } from "./used-styles.js";

/** The page request as the first paint needs it. */
export interface PaintRequest {
  /** The request's URL (path and query), and the `Host` it named. */
  url: URL;
  host: string;
  /** The client's address (`maxSessionsPerClient`). */
  address: string;
  browserId?: string | undefined;
}

/**
 * A page answered as it is made: its start (first-paint-free head: the connection's meta tags, the
 * client's files) goes out as soon as the session is admitted, before `main` runs, so the browser
 * readies the document and fetches `weft.js`, `weft.css` and the font while the server works.
 * The policy, sent with that start, allows the page's inline styles by `nonce`: their hashes are
 * not known yet.
 */
export interface PaintStream {
  readonly nonce: string;
  /** Sends the status, headers and `html`, the page's start. */
  start(html: string): void;
}

export type PaintAnswer =
  /** `html` is the whole page, or with a stream, the rest after its start. */
  | { ok: true; html: string; styleHashes: string[] }
  /** `started`: the stream's start went out (the session ended before its paint). */
  | { ok: false; status: number; code: string; message: string; started: boolean };

/** The route the page's client will report (`currentRoute`), for `page.route` before it is live. */
export function routeOfRequest(url: URL, mount: string): string {
  return mount === "/" ? url.pathname + url.search : routeOf({ pathname: url.pathname, hash: "", search: url.search }, { strategy: "path", basePath: mount });
}

/**
 * Starts a session for the page request and renders its first paint into the page (with `stream`,
 * sending its start first). A page of more than `maxControls` controls is not rendered: the page
 * claims the session and the client builds it from the patches (`firstPaintMaxControls`).
 */
export async function paintedPage(hub: SessionHub, request: PaintRequest, page: PageHtmlOptions & { mount: string }, maxControls: number, stream?: PaintStream): Promise<PaintAnswer> {
  let started = false;
  const admitted = stream && (() => {
    started = true;
    stream.start(paintedPageStart(page));
  });
  const paint = await hub.paintFirst({ route: routeOfRequest(request.url, page.mount), address: request.address, host: request.host, browserId: request.browserId, admitted });
  if (!paint.ok) {
    const status = paint.code === ErrorCode.tooManySessions ? 429 : 503;
    return { ok: false, status, code: paint.code, message: paint.message, started };
  }
  const { session } = paint;
  const titled = { ...page, title: session.page.title };
  // The registry holds the page itself besides its controls.
  if (session.tree.registry.size - 1 > maxControls) {
    const end = unpaintedPageEnd(titled, "", { claim: paint.claim, description: session.page.description });
    return { ok: true, html: started ? end : paintedPageStart(titled) + end, styleHashes: [] };
  }
  const rendered = await renderPatches(paint.patches, `http://${request.host}${request.url.pathname}${request.url.search}`);
  const used = await usedStyles(rendered.html, page.assetBase);
  const painted: PaintedPage = { html: rendered.html, css: rendered.css, usedCss: used.css, description: session.page.description, claim: paint.claim, seq: paint.seq };
  if (started) return { ok: true, html: paintedPageEnd(titled, painted, stream!.nonce), styleHashes: [] };
  const html = renderPageHtml({ ...titled, firstPaint: painted });
  return { ok: true, html, styleHashes: [...(rendered.css ? [styleHash(rendered.css)] : []), used.hash] };
}
