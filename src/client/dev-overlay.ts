/**
 * The overlays `weft run --watch` shows over the page: why the app cannot start (a syntax error,
 * an exception at load), and the type checker's errors while the app runs (decision 0059). One
 * box each, a title over monospace text the developer can select and copy.
 */
import { h } from "./dom.js";

export class DevOverlay {
  readonly element: HTMLElement;
  readonly #title: HTMLElement;
  readonly #text: HTMLElement;

  /** `block` names its classes (`weft-dev-problem`, `…__box`, `…__title`, `…__text`); `dismissible` adds a Dismiss button. */
  constructor(host: HTMLElement, block: string, dismissible: boolean) {
    this.element = h("div", block);
    this.element.setAttribute("role", "alert");
    this.element.hidden = true;
    const box = h("div", `${block}__box`);
    this.#title = h("h2", `${block}__title`);
    this.#text = h("pre", `${block}__text`);
    box.append(this.#title, this.#text);
    if (dismissible) {
      const dismiss = h("button", `${block}__dismiss`);
      dismiss.type = "button";
      dismiss.textContent = "Dismiss";
      dismiss.addEventListener("click", () => this.hide());
      box.prepend(dismiss);
    }
    this.element.append(box);
    host.append(this.element);
  }

  show(title: string, text: string): void {
    this.#title.textContent = title;
    this.#text.textContent = text;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
