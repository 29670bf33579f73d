/**
 * A theme on the wire. The server turns a seed colour into Material 3 colour schemes (decision
 * 0006) and sends each as one array of `#rrggbb` strings in the order of `COLOR_ROLES`; the client
 * sets them as the `--md-sys-color-*` custom properties that Weft's CSS and `@material/web` read.
 */

/**
 * The Material 3 colour roles Weft themes, in wire order. A colour prop may also name one of
 * them (`"primaryContainer"`), which the client resolves to `var(--md-sys-color-primary-container)`.
 */
export const COLOR_ROLES = [
  "primary",
  "onPrimary",
  "primaryContainer",
  "onPrimaryContainer",
  "inversePrimary",
  "secondary",
  "onSecondary",
  "secondaryContainer",
  "onSecondaryContainer",
  "tertiary",
  "onTertiary",
  "tertiaryContainer",
  "onTertiaryContainer",
  "error",
  "onError",
  "errorContainer",
  "onErrorContainer",
  "background",
  "onBackground",
  "surface",
  "onSurface",
  "surfaceVariant",
  "onSurfaceVariant",
  "surfaceDim",
  "surfaceBright",
  "surfaceContainerLowest",
  "surfaceContainerLow",
  "surfaceContainer",
  "surfaceContainerHigh",
  "surfaceContainerHighest",
  "surfaceTint",
  "inverseSurface",
  "inverseOnSurface",
  "outline",
  "outlineVariant",
  "shadow",
  "scrim",
] as const;
export type ColorRole = (typeof COLOR_ROLES)[number];

/**
 * How a `Theme` travels: both brightnesses of its scheme, so the client can follow the system.
 * A theme without colours (no seed, no overrides) leaves the stylesheet's baseline scheme.
 */
export interface ThemeWire {
  /** The light scheme: one `#rrggbb` per entry of `COLOR_ROLES`, in that order. */
  light?: string[];
  /** The dark scheme, in the same order. */
  dark?: string[];
  /** A CSS font-family list for all text, when the theme sets one. */
  font?: string;
}

/** Which scheme a page shows: always light, always dark, or whatever the person's system prefers. */
export type ThemeMode = "light" | "dark" | "system";
