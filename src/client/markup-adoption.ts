/**
 * Adopting a server-painted page's markup (issue 21, decision 0047): while the client applies the
 * patches the markup stands for, each control's renderer is given the server's element of that
 * control (found by `data-weft-id`, of the same `data-weft-type`) and may build its view around
 * it (the page, Text, Column, Row, Container, the text buttons) instead of a new one; the element
 * of any other renderer takes the server's element's place. So the page's elements stay, with
 * their layout, their focus and the text a person may be selecting, and get their listeners.
 */
import { CONTROL_ID_ATTRIBUTE, STYLE_ATTRIBUTE, WAITS_ATTRIBUTE } from "./first-paint.js";
import { ClientCode, reportWarning } from "./diagnostics.js";

export class MarkupAdoption {
  /** The server's elements not claimed yet, by control id. */
  readonly #served = new Map<number, HTMLElement>();
  /** Elements the renderers adopted, whose marks go when the adoption ends. */
  readonly #adopted: HTMLElement[] = [];
  /** Elements replaced or of another type than their control: removed when the adoption ends, if still there. */
  readonly #stale: HTMLElement[] = [];

  readonly #root: HTMLElement;
  /** Whether the marks of waiting for the client are gone (`#goLive`). */
  #live = false;

  /** Reads the control elements of `root`'s markup. */
  constructor(root: HTMLElement) {
    this.#root = root;
    for (const element of root.querySelectorAll<HTMLElement>(`[${CONTROL_ID_ATTRIBUTE}]`)) {
      this.#served.set(Number(element.getAttribute(CONTROL_ID_ATTRIBUTE)), element);
    }
  }

  /** The server's element of control `id`, if the markup has one of `type`; each is handed out once. */
  take(id: number, type: string): HTMLElement | undefined {
    if (!this.#live) this.#goLive();
    const element = this.#served.get(id);
    if (element === undefined) return undefined;
    this.#served.delete(id);
    if (element.getAttribute("data-weft-type") === type) return element;
    this.#stale.push(element);
    return undefined;
  }

  /** A renderer built its view around `served`. */
  adopt(served: HTMLElement): void {
    this.#adopted.push(served);
  }

  /**
   * The renderers are about to apply the patches: the marks of waiting for the client go now, in
   * one pass, from the controls' elements and the elements inside them (a button's link cover, a
   * field's input). The setters, which run next for each control as it is created, set
   * `aria-disabled` again where a control is disabled.
   */
  #goLive(): void {
    this.#live = true;
    for (const element of this.#root.querySelectorAll<HTMLElement>(`[${WAITS_ATTRIBUTE}]`)) {
      element.removeAttribute(WAITS_ATTRIBUTE);
      element.removeAttribute("aria-disabled");
    }
  }

  /** A renderer built a new `element` for the control the server showed as `served`: it takes that place. */
  replace(served: HTMLElement, element: HTMLElement): void {
    served.replaceWith(element);
    this.#stale.push(served);
  }

  /**
   * The markup is the client's now: the adopted elements lose the server's marks (their styles
   * are the renderers' own by now), what no control claimed is removed, and so is the page's
   * first-paint stylesheet. `abandoned`: the session is not the one the markup showed (replaced,
   * or moved to another process), so none of the markup is the page's, and that is not worth a
   * warning.
   */
  finish(abandoned = false): void {
    for (const element of this.#adopted) element.removeAttribute(CONTROL_ID_ATTRIBUTE);
    // Few elements have a style of their own: found at once rather than asked one by one.
    for (const element of this.#root.querySelectorAll(`[${STYLE_ATTRIBUTE}]`)) element.removeAttribute(STYLE_ATTRIBUTE);
    let unclaimed = 0;
    for (const element of [...this.#stale, ...this.#served.values()]) {
      if (!element.isConnected) continue;
      element.remove();
      unclaimed++;
    }
    if (unclaimed > 0 && !abandoned) reportWarning(ClientCode.firstPaint, `${unclaimed} element(s) of the server's first paint matched no control and were removed`);
    this.#adopted.length = 0;
    this.#stale.length = 0;
    this.#served.clear();
    document.querySelector("style[data-weft-first-paint]")?.remove();
  }
}

