/**
 * `Theme`: a page's Material 3 look, from one seed colour the way Flutter's
 * `ThemeData(colorSchemeSeed: …)` makes it. Set it as `page.theme` (and optionally
 * `page.darkTheme`); choose the brightness with `page.themeMode`. A theme is immutable: to change
 * the look, assign a new one, which re-themes the live page without re-creating anything.
 *
 * ```ts
 * page.theme = new Theme({ colorSchemeSeed: "indigo" });
 * page.darkTheme = new Theme({ colorSchemeSeed: "#6750A4" });
 * page.themeMode = "dark";
 * ```
 */
import { COLOR_ROLES, type ColorRole, type ThemeWire } from "../protocol/index.js";
import { closestName } from "./control-spec.js";
import { COLOR_NAMES, parseSeedColor } from "./color-names.js";
import { ControlError, ErrorCode } from "./errors.js";
import { schemesFromSeed } from "./theme-scheme.js";

/** Colour roles to set by hand on top of the generated scheme, e.g. `{ primary: "#0b57d0" }`. */
export type ColorScheme = Partial<Record<ColorRole, string>>;

export interface ThemeOptions {
  /**
   * The seed the whole scheme grows from: `#rrggbb`, `#rgb`, or a Flutter colour name (`"green"`,
   * `"indigo"`, `"deepPurple"`, …). Default: none, which keeps Material 3's baseline colours.
   */
  colorSchemeSeed?: string;
  /** Roles to override after generating, applied to both brightnesses. Default: none. */
  colorScheme?: ColorScheme;
  /** A CSS font-family list for all text, e.g. `"Georgia, serif"`. Default: Roboto (self-hosted). */
  fontFamily?: string;
}

/** The seed used when a theme overrides roles but names no seed: Material 3's baseline purple. */
const BASELINE_SEED = "#6750a4";

export class Theme {
  /** The seed as given (a name or a hex colour). Default: none (baseline colours). */
  readonly colorSchemeSeed: string | undefined;
  /** Roles overridden by hand. Default: none. */
  readonly colorScheme: Readonly<ColorScheme> | undefined;
  /** The font-family list for all text. Default: Roboto. */
  readonly fontFamily: string | undefined;
  #wire: ThemeWire | undefined;

  /** `new Theme({ colorSchemeSeed: "#6750A4" })`; throws `control.bad-value` for a colour it cannot read. */
  constructor(options: ThemeOptions = {}) {
    const known = new Set(["colorSchemeSeed", "colorScheme", "fontFamily"]);
    for (const name of Object.keys(options)) {
      if (!known.has(name)) {
        const hint = closestName(name, known);
        throw new ControlError(ErrorCode.unknownOption, `Theme has no option "${name}"${hint ? `; did you mean "${hint}"?` : ""}`);
      }
    }
    const { colorSchemeSeed, colorScheme, fontFamily } = options;
    if (colorSchemeSeed !== undefined) colorOf(colorSchemeSeed, "colorSchemeSeed");
    if (colorScheme !== undefined) {
      if (typeof colorScheme !== "object" || colorScheme === null) {
        throw new ControlError(ErrorCode.badValue, "Theme colorScheme must be an object of role → colour");
      }
      for (const [role, value] of Object.entries(colorScheme)) {
        if (!(COLOR_ROLES as readonly string[]).includes(role)) {
          const hint = closestName(role, COLOR_ROLES);
          throw new ControlError(ErrorCode.badValue, `Theme colorScheme has no role "${role}"${hint ? `; did you mean "${hint}"?` : ""}`);
        }
        colorOf(value, `colorScheme.${role}`);
      }
    }
    if (fontFamily !== undefined && (typeof fontFamily !== "string" || /[;{}]/.test(fontFamily))) {
      throw new ControlError(ErrorCode.badValue, `Theme fontFamily must be a CSS font-family list, got ${JSON.stringify(fontFamily)}`);
    }
    this.colorSchemeSeed = colorSchemeSeed;
    this.colorScheme = colorScheme && Object.freeze({ ...colorScheme });
    this.fontFamily = fontFamily;
    Object.freeze(this);
  }

  /** The theme as it travels (computed once). */
  toWire(): ThemeWire {
    if (this.#wire) return this.#wire;
    const wire: ThemeWire = {};
    const overrides = Object.entries(this.colorScheme ?? {});
    if (this.colorSchemeSeed !== undefined || overrides.length > 0) {
      const seed = this.colorSchemeSeed === undefined ? BASELINE_SEED : colorOf(this.colorSchemeSeed, "colorSchemeSeed");
      const { light, dark } = schemesFromSeed(seed);
      wire.light = light.slice();
      wire.dark = dark.slice();
      for (const [role, value] of overrides) {
        const at = (COLOR_ROLES as readonly string[]).indexOf(role);
        wire.light[at] = wire.dark[at] = colorOf(value!, role);
      }
    }
    if (this.fontFamily) wire.font = this.fontFamily;
    return (this.#wire = wire);
  }
}

function colorOf(value: unknown, where: string): string {
  const parsed = typeof value === "string" ? parseSeedColor(value) : undefined;
  if (parsed) return parsed;
  const hint = typeof value === "string" ? closestName(value.replace(/[\s_-]/g, ""), COLOR_NAMES) : undefined;
  throw new ControlError(
    ErrorCode.badValue,
    `Theme ${where} must be a colour such as "#6750A4" or "indigo", got ${JSON.stringify(value)}${hint ? `; did you mean "${hint}"?` : ""}`,
  );
}

/** A page's theme prop as it travels, refusing anything that is not a `Theme`. */
export function themeToWire(value: unknown, prop: string): ThemeWire | undefined {
  if (value === undefined || value === null) return undefined;
  if (!(value instanceof Theme)) throw new ControlError(ErrorCode.badValue, `page.${prop} must be a Theme (new Theme({ colorSchemeSeed: "…" }))`);
  return value.toWire();
}
export type { ThemeMode } from "../protocol/index.js";
