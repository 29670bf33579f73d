/**
 * Flutter's primary colour names (`Colors.indigo`, Flet's `ft.Colors.INDIGO`), the 500 shade of
 * each Material swatch, for seeds given by name: `new Theme({ colorSchemeSeed: "indigo" })`.
 * Names are matched without case, `_` or `-`, so `"deepPurple"`, `"deep_purple"` and
 * `"DEEP_PURPLE"` are one colour.
 */
const NAMED: Readonly<Record<string, string>> = {
  red: "#f44336",
  pink: "#e91e63",
  purple: "#9c27b0",
  deeppurple: "#673ab7",
  indigo: "#3f51b5",
  blue: "#2196f3",
  lightblue: "#03a9f4",
  cyan: "#00bcd4",
  teal: "#009688",
  green: "#4caf50",
  lightgreen: "#8bc34a",
  lime: "#cddc39",
  yellow: "#ffeb3b",
  amber: "#ffc107",
  orange: "#ff9800",
  deeporange: "#ff5722",
  brown: "#795548",
  grey: "#9e9e9e",
  gray: "#9e9e9e",
  bluegrey: "#607d8b",
  bluegray: "#607d8b",
  black: "#000000",
  white: "#ffffff",
};

/** Every accepted colour name, for error hints. */
export const COLOR_NAMES: readonly string[] = Object.keys(NAMED);

/**
 * A seed colour as `#rrggbb`: from `#rgb`, `#rrggbb`, `#aarrggbb` (Flutter's `0xAARRGGBB` order;
 * alpha is dropped) or a name above. Undefined when it is none of these.
 */
export function parseSeedColor(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  const named = NAMED[text.replace(/[\s_-]/g, "")];
  if (named) return named;
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (!hex) return undefined;
  if (hex.length === 3) return `#${[...hex].map((c) => c + c).join("")}`;
  return `#${hex.slice(-6)}`;
}
