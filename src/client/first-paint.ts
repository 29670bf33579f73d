/**
 * A page whose first paint the server rendered (issue 21, server/first-paint/): its markup shows
 * the app before `weft.js` runs, and its head carries the claim its socket takes the session with
 * (`weft-claim`, single use: read once, then removed) and the patch the markup stands for
 * (`weft-paint-seq`). Until the client has built its own tree and swapped it in, a click on the
 * server's markup is held (`holdEarlyClicks`, from the boot script) and given to the control
 * once it is live, so a click right after load is not lost.
 */
import type { Connection, HelloBody } from "../protocol/index.js";
import { meta } from "./meta-tag.js";

/** The attribute that names a server-rendered element's control (as server/first-paint/string-host.ts writes it). */
export const CONTROL_ID_ATTRIBUTE = "data-weft-id";
/** The attribute on what waits for the client (dimmed by the page's first-paint stylesheet, and `aria-disabled`). */
export const WAITS_ATTRIBUTE = "data-weft-waits";
/** The attribute that names an element's style rule in the first paint's stylesheet (the markup has no `style` attributes). */
export const STYLE_ATTRIBUTE = "data-weft-style";
const CLICKS_SLOT = "__weftEarlyClicks";

/** What the page says of its first paint. */
export interface PaintedPage {
  /** The single-use claim token, for the hello. */
  claim: string;
  /** The patch the markup stands for: once the client has applied it, its tree replaces the markup. */
  seq: number;
}

/** Clicks on the server's markup before the client is live. */
interface EarlyClicks {
  /** The control ids clicked, in order. */
  readonly ids: number[];
  /** Stops holding clicks. */
  stop(): void;
}

type Scope = { [CLICKS_SLOT]?: EarlyClicks };

/** The page's first paint, read once: the claim is removed from the markup, so no second hello uses it. */
export function takePaintedPage(): PaintedPage | undefined {
  const tag = document.querySelector<HTMLMetaElement>('meta[name="weft-claim"]');
  if (!tag) return undefined;
  tag.remove();
  return { claim: tag.content, seq: paintedSeq() ?? 0 };
}

/** The patch a server-painted page's markup stands for (its claim may already have been taken); undefined for another page. */
export function paintedSeq(): number | undefined {
  const seq = meta("weft-paint-seq");
  return seq === undefined ? undefined : Number(seq);
}

/**
 * The patch the root's markup stands for, when it shows `route`; markup prerendered for another
 * route (`weft publish --prerender /` on a hash-routed site opened at `#/settings`) is removed at
 * once, and the client builds the page as an unpainted one.
 */
export function adoptableSeq(root: HTMLElement, route: string): number | undefined {
  const seq = paintedSeq();
  const paintedFor = meta("weft-paint-route");
  if (seq === undefined || paintedFor === undefined || paintedFor === route) return seq;
  root.replaceChildren();
  document.querySelector("style[data-weft-first-paint]")?.remove();
  return undefined;
}

/**
 * The hello that claims the painted page's session: from patch 0, so the client gets every patch
 * and builds its own tree (the markup has no listeners).
 */
export function claimHello(hello: HelloBody, painted: PaintedPage): HelloBody {
  return { ...hello, claim: painted.claim, ack: 0 };
}

/** `connection`, with `hello` (encoded) sent as its first frame: a claim never goes in a URL. */
export function helloFirst(connection: Connection, hello: string): Connection {
  connection.send(hello);
  return connection;
}

/** Holds clicks on the server's markup (in the root's marked elements) until `takeEarlyClicks`. */
export function holdEarlyClicks(): void {
  const ids: number[] = [];
  const onClick = (event: MouseEvent) => {
    const marked = (event.target as Element | null)?.closest?.(`[${CONTROL_ID_ATTRIBUTE}]`);
    if (!marked || !document.getElementById("weft-root")?.contains(marked)) return;
    event.preventDefault();
    event.stopPropagation();
    ids.push(Number(marked.getAttribute(CONTROL_ID_ATTRIBUTE)));
  };
  document.addEventListener("click", onClick, true);
  (globalThis as Scope)[CLICKS_SLOT] = { ids, stop: () => document.removeEventListener("click", onClick, true) };
}

/** The clicks held so far (none without the boot script); holding stops. */
export function takeEarlyClicks(): number[] {
  const held = (globalThis as Scope)[CLICKS_SLOT];
  held?.stop();
  return held ? held.ids.splice(0) : [];
}
