/**
 * An element's `style` in the first paint's light DOM: its declarations in the order set, read back
 * as linkedom writes them (`name:value`, joined by `;`), which the string host turns into the
 * page's style rules. Any camelCase property (`el.style.fontSize = "20px"`) and `setProperty`
 * (custom properties too) work; setting `""` or null removes a declaration, as in a browser.
 */

/** `fontSize` → `font-size` (linkedom's `uhyphen`, so both DOMs name a property alike). */
function hyphenated(name: string): string {
  return name.replace(/(([A-Z0-9])([A-Z0-9][a-z]))|(([a-z0-9]+)([A-Z]))/g, "$2$5-$3$6").toLowerCase();
}

export class LightStyle {
  readonly #declarations = new Map<string, string>();
  /** Whether a declaration was ever set: the element then has a `style` attribute (maybe empty). */
  written = false;

  setProperty(name: string, value: unknown): void {
    this.written = true;
    const text = value === null || value === undefined ? "" : String(value);
    if (text === "") this.#declarations.delete(name);
    else this.#declarations.set(name, text);
  }

  removeProperty(name: string): string {
    const old = this.getPropertyValue(name);
    this.setProperty(name, "");
    return old;
  }

  getPropertyValue(name: string): string {
    return this.#declarations.get(name) ?? "";
  }

  get length(): number {
    return this.#declarations.size;
  }

  /** The declarations as the `style` attribute's text. */
  get cssText(): string {
    let text = "";
    for (const [name, value] of this.#declarations) text += `${text ? ";" : ""}${name}:${value}`;
    return text;
  }

  /** The attribute is removed: no declarations, no attribute. */
  clear(): void {
    this.#declarations.clear();
    this.written = false;
  }
}

const OWN: ReadonlySet<PropertyKey> = new Set(Object.getOwnPropertyNames(LightStyle.prototype));

/** What `element.style` gives: `LightStyle`, with every other string property a CSS property. */
const HANDLER: ProxyHandler<LightStyle> = {
  get(style, name) {
    if (OWN.has(name)) {
      const value = Reflect.get(style, name, style) as unknown;
      return typeof value === "function" ? value.bind(style) : value;
    }
    return typeof name === "string" ? style.getPropertyValue(hyphenated(name)) : undefined;
  },
  set(style, name, value) {
    if (typeof name !== "string" || OWN.has(name)) return false;
    style.setProperty(hyphenated(name), value);
    return true;
  },
};

/** A new, empty style, as `element.style` shows it. */
export function lightStyle(): { style: LightStyle; view: LightStyle } {
  const style = new LightStyle();
  return { style, view: new Proxy(style, HANDLER) };
}
