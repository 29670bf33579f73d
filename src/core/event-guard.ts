/**
 * What the server checks of an event before any handler runs, beyond its frame's shape: that a
 * person could have caused it (the control is shown and enabled, and not behind an open modal
 * dialog), and that its data keeps the control's promises (`acceptEvent`: a read-only field takes
 * no typing, a slider stays in its range, a dropdown's value is one of its options). A refused
 * event is counted in `session.stats`, logged at most once a second, and the props it would have
 * changed are sent back, so the browser shows the server's values. What is left for the app to
 * check (may this user do this?) is in docs/reliability.md.
 */
import { EventName, MEDIA_EVENTS } from "../protocol/index.js";
import { PARENT, PROPS, describeControl, resendClientProps, type Control } from "./control.js";
import { BLOCKS_PAGE, OverlayBase } from "./controls/overlay-base.js";
import type { Page } from "./page.js";
import type { Logger, SessionStats } from "./session.js";

/** What the guard needs of its session. */
export interface GuardHost {
  readonly id: string;
  readonly page: Page;
  readonly stats: SessionStats;
  flush(): void;
}

/** At most one log line a second per session for refused events; the rest are counted into the next. */
const WARN_INTERVAL_MS = 1000;

export class EventGuard {
  #lastWarning = -Infinity;
  #unlogged = 0;

  constructor(
    private readonly host: GuardHost,
    private readonly log: Logger,
  ) {}

  /** Whether the event may reach its handler; applies its data to the control when it may. */
  admit(control: Control, name: string, data: unknown): boolean {
    if (!shownAndEnabled(control)) return this.#refuse(control, name, "blockedEvents", "is disabled or hidden");
    const modal = this.#modalOver(control);
    if (modal && !causedByOpening(name, data)) {
      return this.#refuse(control, name, "blockedEvents", `is behind the open ${describeControl(modal)}`);
    }
    if (!control.acceptEvent(name, data)) {
      return this.#refuse(control, name, "badEventData", "had data it refuses (malformed, or against its own props: read-only, range, options)");
    }
    return true;
  }

  /**
   * The open modal overlay that `control` is behind, if any: one is open and the control is in
   * none of those open. The page itself is behind nothing (its events, a resize, come from the
   * window). With two open at once, events in either are taken (docs/decisions/0019).
   */
  #modalOver(control: Control): OverlayBase | undefined {
    const page = this.host.page;
    if (control === page) return undefined;
    let modal: OverlayBase | undefined;
    const drawer = page.drawer;
    if (drawer && blocks(drawer)) modal = drawer;
    const overlay = page.overlay;
    for (let i = 0; i < overlay.length && !modal; i++) {
      const candidate = overlay[i];
      if (candidate instanceof OverlayBase && blocks(candidate)) modal = candidate;
    }
    if (!modal) return undefined;
    for (let c: Control | undefined = control; c; c = c[PARENT]) if (c instanceof OverlayBase && blocks(c)) return undefined;
    return modal;
  }

  #refuse(control: Control, name: string, stat: "blockedEvents" | "badEventData", why: string): false {
    this.host.stats[stat]++;
    resendClientProps(control);
    this.host.flush();
    const now = Date.now();
    if (now - this.#lastWarning < WARN_INTERVAL_MS) {
      this.#unlogged++;
      return false;
    }
    const since = this.#unlogged ? ` (${this.#unlogged} more refused since the last line)` : "";
    this.#lastWarning = now;
    this.#unlogged = 0;
    this.log.warn(`[weft] session ${this.host.id}: ${name} event on ${describeControl(control)} dropped: it ${why}${since}`);
    return false;
  }
}

/** A hidden or disabled control (or one inside such) takes no events, whatever a client sends. */
function shownAndEnabled(control: Control): boolean {
  for (let c: Control | undefined = control; c; c = c[PARENT]) {
    const props = c[PROPS];
    if (props.disabled === true || props.visible === false) return false;
  }
  return true;
}

function blocks(overlay: OverlayBase): boolean {
  return overlay.open && overlay[BLOCKS_PAGE];
}

/**
 * Events a browser sends from behind a modal dialog because it opened, not because a person
 * acted there: focus leaving a field, the pointer leaving, a snack bar timing out beneath it, an
 * Audio or Video playing on.
 */
function causedByOpening(name: string, data: unknown): boolean {
  if (name === EventName.blur || MEDIA_EVENTS.has(name)) return true;
  if (name === EventName.dismiss) return data === "timeout";
  if (name === EventName.hover) return (data as { type?: unknown } | null)?.type === "exit";
  return false;
}
