/**
 * The elements of the first paint's light DOM (decision 0047): a tag, attributes in the order
 * set, a class that is one of them, a style (light-style.ts), children (light-node.ts). The
 * properties the checked renderers use reflect to attributes as they do in linkedom, for the tags
 * linkedom reflects them on; listeners, focus and the like do nothing, as on linkedom. Anything
 * else throws (light-strict.ts).
 */
import { ELEMENT_NODE, LightParent } from "./light-node.js";
import { unsupported } from "./light-strict.js";
import { LightStyle, lightStyle } from "./light-style.js";

/** An element's class tokens: the `class` attribute, written on every change as linkedom does. */
class LightClassList {
  readonly #element: LightElement;

  constructor(element: LightElement) {
    this.#element = element;
  }

  #tokens(): string[] {
    const value = this.#element.getAttribute("class");
    return value ? value.split(" ") : [];
  }

  get value(): string {
    return this.#element.getAttribute("class") ?? "";
  }

  get length(): number {
    return this.#tokens().length;
  }

  /** Looked up in the attribute's text, not split (the child groups ask every child of a long column). */
  contains(token: string): boolean {
    const value = this.value;
    for (let at = value.indexOf(token); at >= 0; at = value.indexOf(token, at + 1)) {
      const end = at + token.length;
      if ((at === 0 || value[at - 1] === " ") && (end === value.length || value[end] === " ")) return true;
    }
    return false;
  }

  add(...tokens: string[]): void {
    const list = this.#tokens();
    for (const token of tokens) if (token && !list.includes(token)) list.push(token);
    this.#element.setAttribute("class", list.join(" "));
  }

  remove(...tokens: string[]): void {
    this.#element.setAttribute("class", this.#tokens().filter((token) => !tokens.includes(token)).join(" "));
  }

  toggle(token: string, force?: boolean): boolean {
    const has = token !== "" && this.contains(token);
    const wanted = force ?? !has;
    if (wanted && !has) this.add(token);
    else if (!wanted && has) this.remove(token);
    return wanted;
  }
}

export class LightElement extends LightParent {
  readonly localName: string;
  /** Names and values, alternating, in the order first set (the `style` attribute is `#style`). */
  readonly attributeList: string[] = [];
  #style: { style: LightStyle; view: LightStyle } | undefined = undefined;

  constructor(localName: string) {
    super();
    this.localName = localName;
  }

  get nodeType(): number {
    return ELEMENT_NODE;
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }
  get nodeName(): string {
    return this.tagName;
  }

  getAttribute(name: string): string | null {
    if (name === "style") return this.#style?.style.written ? this.#style.style.cssText : null;
    const list = this.attributeList;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1]!;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  setAttribute(name: string, value: unknown): void {
    if (name === "style") unsupported(this, "style attribute set as text (renderers set styles through the CSSOM)");
    const text = String(value);
    const list = this.attributeList;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        list[i + 1] = text;
        return;
      }
    }
    list.push(name, text);
  }

  removeAttribute(name: string): void {
    if (name === "style") {
      this.#style?.style.clear();
      return;
    }
    const list = this.attributeList;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        list.splice(i, 2);
        return;
      }
    }
  }

  toggleAttribute(name: string, force?: boolean): boolean {
    const on = force ?? !this.hasAttribute(name);
    if (on) {
      if (!this.hasAttribute(name)) this.setAttribute(name, "");
    } else this.removeAttribute(name);
    return on;
  }

  get className(): string {
    return this.getAttribute("class") ?? "";
  }
  /** linkedom's: the value's tokens, once each, in order. */
  set className(value: string) {
    const text = String(value);
    this.setAttribute("class", /\s/.test(text) ? [...new Set(text.split(/\s+/).filter(Boolean))].join(" ") : text);
  }

  /** A new view of the class each time: short-lived, where one kept per element would outlive the render's young objects. */
  get classList(): LightClassList {
    return new LightClassList(this);
  }

  get style(): LightStyle {
    return (this.#style ??= lightStyle()).view;
  }

  get hidden(): boolean {
    return this.hasAttribute("hidden");
  }
  set hidden(value: boolean) {
    this.toggleAttribute("hidden", Boolean(value));
  }

  get tabIndex(): number {
    return parseFloat(this.getAttribute("tabindex") || "0") || -1;
  }
  set tabIndex(value: number) {
    this.setAttribute("tabindex", value);
  }

  /** Finds `:scope > tag.class`, the one selector renderers ask an element for (a link's cover); any other throws. */
  querySelector(selector: string): LightElement | null {
    const match = /^:scope > ([a-z]+)\.([\w-]+)$/.exec(selector);
    if (!match) return unsupported(this, `querySelector("${selector}")`);
    for (let child = this.firstElementChild; child; child = child.nextElementSibling) {
      const element = child as LightElement;
      if (element.localName === match[1] && element.classList.contains(match[2]!)) return element;
    }
    return null;
  }

  addEventListener(): void {}
  removeEventListener(): void {}
  focus(): void {}
  blur(): void {}
}

/** How a reflected property maps to its attribute. */
type Reflection = "string" | "boolean";

/**
 * Properties that reflect to attributes, and the tags linkedom reflects them on (`*`: every
 * HTML element). A property used on another tag throws: linkedom would keep it as a plain field,
 * and the markup would differ.
 */
const REFLECTED: readonly (readonly [property: string, attribute: string, kind: Reflection, tags: readonly string[]])[] = [
  ["id", "id", "string", ["*"]],
  ["title", "title", "string", ["*"]],
  ["slot", "slot", "string", ["*"]],
  ["lang", "lang", "string", ["*"]],
  ["dir", "dir", "string", ["*"]],
  ["draggable", "draggable", "boolean", ["*"]],
  ["href", "href", "string", ["a"]],
  ["target", "target", "string", ["a"]],
  ["rel", "rel", "string", ["a"]],
  ["download", "download", "string", ["a"]],
  ["type", "type", "string", ["a", "button", "input"]],
  ["name", "name", "string", ["button", "input", "meta"]],
  ["content", "content", "string", ["meta"]],
  ["disabled", "disabled", "boolean", ["button", "input"]],
  ["placeholder", "placeholder", "string", ["input"]],
  ["src", "src", "string", ["img"]],
  ["alt", "alt", "string", ["img"]],
  // linkedom keeps these three as plain fields (its markup loads the image eagerly, with a
  // referrer); a browser reflects them, and so does the light DOM, so the painted image is the
  // client's: lazy, decoded off the main thread, fetched without a referrer.
  ["loading", "loading", "string", ["img"]],
  ["decoding", "decoding", "string", ["img"]],
  ["referrerPolicy", "referrerpolicy", "string", ["img"]],
];

for (const [property, attribute, kind, tags] of REFLECTED) {
  const on = (element: LightElement) => tags[0] === "*" || tags.includes(element.localName) || unsupported(element, `property ${property}`);
  Object.defineProperty(LightElement.prototype, property, {
    configurable: true,
    get(this: LightElement) {
      on(this);
      return kind === "boolean" ? this.hasAttribute(attribute) : (this.getAttribute(attribute) ?? "");
    },
    set(this: LightElement, value: unknown) {
      on(this);
      if (kind === "boolean") this.toggleAttribute(attribute, Boolean(value));
      else this.setAttribute(attribute, value);
    },
  });
}
