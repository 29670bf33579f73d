/**
 * The first paint's side of a session (issue 21): the page request starts the session on a
 * capture, a `Connection` that no tab holds and that keeps the patches `main` sends until the
 * page is ready to be rendered as HTML. Ready means: `main` and the hooks it started have settled,
 * or the page got its first control (`page.add` before an `await`), or `firstPaintTimeoutMs`
 * passed, whichever comes first; then one more turn of the event loop, so the work a flush started
 * synchronously (a `didMount` task's first update) is in the page too.
 */
import { decodeServerFrame, ServerAction, type Connection, type PatchOp } from "../protocol/index.js";
import type { Session } from "./session.js";

/** What the page request tells the hub. */
export interface FirstPaintRequest {
  /** The page's route as the app sees it (`page.route`). */
  route: string;
  /** The client's address, counted against `maxSessionsPerClient`. */
  address: string;
  /** The host the page was asked of (its `Host` header): the claim's socket must come from this origin. */
  host: string;
  /** The browser's signed id, for `page.userStorage`. */
  browserId?: string | undefined;
  /** `page.user`, from the host's `authenticate`. */
  user?: unknown;
  /**
   * Called once the session is admitted, right before `main` starts: from here on the page will
   * be answered with a paint (or, should the session end before it, with a page the client
   * paints), so a server may send the page's status, headers and the start of its head.
   */
  admitted?: () => void;
}

/** A session ready to be painted: its patches so far, and the single-use token its page claims it with. */
export interface FirstPaint {
  ok: true;
  session: Session;
  /** Every patch sent so far, in order: the HTML stands for them. */
  patches: PatchOp[][];
  /** The last of them: the claim's socket continues after it. */
  seq: number;
  /** Goes in the page's markup (never in a URL); works once, within `claimTimeoutMs`. */
  claim: string;
}

/** Why no session started for the page (the same refusals as a new tab's hello). */
export interface FirstPaintRefusal {
  ok: false;
  code: string;
  message: string;
}

function ignore(): void {}

/** The host part of an `Origin` header (`http://a.example:8080` → `a.example:8080`); undefined when it is none. */
function originHost(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** The connection a first-painted session starts on: it keeps patches and the refusal, and sends nowhere. */
export class PaintCapture implements Connection {
  onMessage: (frame: string) => void = ignore;
  onClose: (code: number, reason: string) => void = ignore;
  readonly bufferedAmount = 0;
  readonly patches: PatchOp[][] = [];
  refusal: FirstPaintRefusal | undefined;
  /** Told of each patch while `ready` waits (a method: decision 0012). */
  #sent: { sent(): void } | undefined;

  constructor(
    readonly remoteAddress: string,
    readonly user: unknown,
  ) {}

  send(frame: string): void {
    const decoded = decodeServerFrame(frame);
    if (!decoded.ok) return;
    const sent = decoded.frame;
    if (sent[0] === ServerAction.patch) {
      this.patches.push(sent[1].ops);
      this.#sent?.sent();
    } else if (sent[0] === ServerAction.error) {
      this.refusal = { ok: false, code: sent[1].code, message: sent[1].message };
    }
  }

  close(): void {}

  /** Resolves when `session`'s page is ready to paint, at the latest after `timeoutMs`. */
  async ready(session: Session, timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      session.idle(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        // The page itself is the tree's first control: more than one means the page shows something.
        if (session.tree.registry.size > 1) resolve();
        else {
          this.#sent = {
            sent() {
              if (session.tree.registry.size > 1) resolve();
            },
          };
        }
      }),
    ]);
    clearTimeout(timer);
    this.#sent = undefined;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

/** A session entry that a first-painted page may claim. */
export interface Claimable {
  claim?: { token: string; host: string } | undefined;
  readonly session: { readonly closed: boolean };
}

/** The first-painted sessions whose page has not claimed them yet, by claim token. */
export class ClaimBook<E extends Claimable> {
  readonly #entries = new Map<string, E>();

  /** Holds `entry` for the page asked of `host`; returns the token its markup carries. */
  hold(entry: E, token: string, host: string): string {
    entry.claim = { token, host };
    this.#entries.set(token, entry);
    return token;
  }

  /** The session ended unclaimed: its token now claims nothing. */
  drop(entry: E): void {
    if (entry.claim) this.#entries.delete(entry.claim.token);
  }

  /**
   * The entry `token` claims for a socket from `origin`, taken out of the book; or why not: an
   * unknown, used or expired token, or another origin (then the token stays, so a socket from
   * elsewhere that learned it cannot take the page's session from it).
   */
  take(token: string, origin: string | undefined): { entry: E } | { refusal: string } {
    const entry = this.#entries.get(token);
    if (!entry || entry.session.closed) return { refusal: "this page's claim token is unknown, used already or expired (option claimTimeoutMs); reload the page" };
    if (originHost(origin) !== entry.claim!.host) {
      const from = origin === undefined ? "a socket without an Origin" : JSON.stringify(origin.slice(0, 100));
      return { refusal: `a claim must come from the page's own origin (host ${entry.claim!.host}), not ${from}` };
    }
    this.#entries.delete(token);
    entry.claim = undefined;
    return { entry };
  }
}
