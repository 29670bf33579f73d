/**
 * The client's own messages, outside the app's controls: a small "Reconnecting…" chip while the
 * connection is down (a polite live region), and server errors: a short-lived toast, or a
 * persistent banner when the error is fatal; and under `weft run --watch`, an overlay while the
 * app cannot start, and one with the type checker's errors while it runs.
 */
import { Refusal } from "../protocol/index.js";
import { DevOverlay } from "./dev-overlay.js";
import { h } from "./dom.js";

const TOAST_MS = 6000;

/**
 * Refusals put into words for the person at the screen; the frame's message is for developers
 * (it names the option) and goes to the console.
 */
const FOR_PEOPLE: Readonly<Record<string, string>> = {
  [Refusal.tooManySessions]: "Too many tabs of this app are open from your network. Close some and reload.",
  [Refusal.draining]: "This server is restarting; connecting you to another…",
  [Refusal.claimRefused]: "This page waited too long to connect. Reload it to use the app.",
};

/** What the person reads for a server error: its message, unless it is a refusal worded for them. */
export function personMessage(code: string, message: string): string {
  return FOR_PEOPLE[code] ?? message;
}

export class StatusView {
  readonly #chip: HTMLElement;
  readonly #error: HTMLElement;
  #problem: DevOverlay | undefined;
  #types: DevOverlay | undefined;
  readonly #host: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: HTMLElement = document.body) {
    this.#host = host;
    // Live regions announce changes only if they exist first, so both are created empty now.
    this.#chip = h("div", "weft-status");
    this.#chip.setAttribute("role", "status");
    this.#chip.setAttribute("aria-live", "polite");
    this.#error = h("div", "weft-error");
    this.#error.setAttribute("role", "alert");
    host.append(this.#chip, this.#error);
  }

  /**
   * Shows, over the page, why the app cannot start under `weft run --watch` (`file:line:column:
   * message`); `undefined` hides it.
   */
  devProblem(text: string | undefined): void {
    if (text === undefined) {
      this.#problem?.hide();
      return;
    }
    this.#problem ??= new DevOverlay(this.#host, "weft-dev-problem", false);
    this.#problem.show("The app cannot start", text);
    // The watcher answered: the link is up, only the app is not; "Reconnecting…" would mislead.
    this.reconnecting(false);
  }

  /**
   * Shows, over the page, the type errors the watcher's checker found (each `file:line:column:
   * message`); the app runs all the same, so the overlay can be dismissed. An empty list hides it.
   */
  typeErrors(errors: readonly string[]): void {
    if (errors.length === 0) {
      this.#types?.hide();
      return;
    }
    this.#types ??= new DevOverlay(this.#host, "weft-dev-types", true);
    this.#types.show(errors.length === 1 ? "1 type error" : `${errors.length} type errors`, errors.join("\n"));
  }

  /** Shows or hides the "Reconnecting…" chip. */
  reconnecting(on: boolean): void {
    this.#chip.textContent = on ? "Reconnecting…" : "";
  }

  /**
   * Shows a server error; a fatal one stays until the page is reloaded. An app error's stack
   * (sent in development only) is shown under a disclosure, and the notice then stays too.
   */
  error(message: string, fatal: boolean, stack?: string): void {
    clearTimeout(this.#timer);
    this.#error.textContent = message;
    if (stack) {
      const dismiss = h("button", "weft-error__dismiss");
      dismiss.type = "button";
      dismiss.textContent = "Dismiss";
      dismiss.addEventListener("click", () => (this.#error.textContent = ""));
      this.#error.prepend(dismiss);
      const details = h("details", "weft-error__details");
      const summary = h("summary");
      summary.textContent = "Details";
      const pre = h("pre", "weft-error__stack");
      pre.textContent = stack;
      details.append(summary, pre);
      this.#error.append(details);
    }
    this.#error.classList.toggle("weft-error--fatal", fatal);
    if (!fatal && !stack) this.#timer = setTimeout(() => (this.#error.textContent = ""), TOAST_MS);
  }
}
