/**
 * Applies a page's theme (decision 0006): the `--md-sys-color-*` custom properties on the document
 * root, from the scheme the server computed for the effective brightness, and the `weft-dark` /
 * `weft-light` class that picks the stylesheet's baseline when no theme is set. Set through the
 * CSSOM (the CSP forbids style attributes); a change of theme or mode touches only these
 * properties, so nothing on the page is re-created. `"system"` follows `prefers-color-scheme` live.
 */
import { COLOR_ROLES, type JsonValue, type ThemeWire, type WireProps } from "../protocol/index.js";

const VARIABLES = COLOR_ROLES.map((role) => `--md-sys-color-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
const FONT_VARIABLES = ["--md-ref-typeface-plain", "--md-ref-typeface-brand"];

function themeOf(value: JsonValue | undefined): ThemeWire | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as ThemeWire) : undefined;
}

export class PageTheme {
  readonly #root = document.documentElement;
  readonly #media = matchMedia("(prefers-color-scheme: dark)");
  #props: Readonly<WireProps> = {};
  readonly #onSystemChange = () => this.#apply();

  constructor() {
    this.#media.addEventListener("change", this.#onSystemChange);
  }

  /** Re-applies from the page's current props (`theme`, `darkTheme`, `themeMode`). */
  update(props: Readonly<WireProps>): void {
    this.#props = props;
    this.#apply();
  }

  /** Whether the page shows its dark scheme now. */
  get dark(): boolean {
    const mode = this.#props.themeMode;
    return mode === "dark" || (mode !== "light" && this.#media.matches);
  }

  #apply(): void {
    const dark = this.dark;
    const light = themeOf(this.#props.theme);
    const darkTheme = themeOf(this.#props.darkTheme);
    const chosen = dark ? (darkTheme?.dark ? darkTheme : light) : light;
    const scheme = dark ? chosen?.dark : chosen?.light;
    const style = this.#root.style;
    VARIABLES.forEach((name, i) => {
      const value = scheme?.[i];
      if (typeof value === "string") style.setProperty(name, value);
      else style.removeProperty(name);
    });
    const font = (dark ? darkTheme?.font : undefined) ?? light?.font;
    for (const name of FONT_VARIABLES) {
      if (typeof font === "string" && font) style.setProperty(name, font);
      else style.removeProperty(name);
    }
    this.#root.classList.toggle("weft-dark", dark);
    this.#root.classList.toggle("weft-light", !dark);
  }

  /** The page left (a new session): back to the stylesheet's defaults. */
  destroy(): void {
    this.#media.removeEventListener("change", this.#onSystemChange);
    this.#props = {};
    for (const name of [...VARIABLES, ...FONT_VARIABLES]) this.#root.style.removeProperty(name);
    this.#root.classList.remove("weft-dark", "weft-light");
  }
}
