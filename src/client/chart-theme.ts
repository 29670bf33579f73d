/**
 * The chart's colours, from the page's Material 3 scheme (`--md-sys-color-*`, decision 0006),
 * resolved to what a canvas understands: each draw reads them again, so a dark/light switch or a
 * new theme shows at the next frame. Part of the chart engine's chunk.
 */

/** The roles a chart draws with, resolved to CSS colours the canvas accepts. */
export interface ChartTheme {
  /** Series colours, in order: primary, tertiary, secondary, error, then their containers. */
  readonly palette: readonly string[];
  readonly onSurface: string;
  readonly onSurfaceVariant: string;
  readonly outline: string;
  readonly outlineVariant: string;
  readonly surface: string;
  readonly inverseSurface: string;
  readonly inverseOnSurface: string;
  /** Any CSS colour (a role's `var(…)`, a `color-mix`) as a computed colour, or undefined. */
  resolve(css: string | undefined): string | undefined;
}

const PALETTE = ["primary", "tertiary", "secondary", "error", "primary-container", "tertiary-container", "secondary-container", "outline"];

/** Reads the scheme as it applies at `where` (the chart's box). */
export function readTheme(where: HTMLElement): ChartTheme {
  const probe = document.createElement("span");
  probe.hidden = true;
  where.append(probe);
  const resolve = (css: string | undefined): string | undefined => {
    if (!css) return undefined;
    probe.style.color = "";
    probe.style.color = css;
    if (!probe.style.color) return undefined;
    return getComputedStyle(probe).color;
  };
  const role = (name: string) => resolve(`var(--md-sys-color-${name})`) ?? "#888";
  const theme: ChartTheme = {
    palette: PALETTE.map(role),
    onSurface: role("on-surface"),
    onSurfaceVariant: role("on-surface-variant"),
    outline: role("outline"),
    outlineVariant: role("outline-variant"),
    surface: role("surface"),
    inverseSurface: role("inverse-surface"),
    inverseOnSurface: role("inverse-on-surface"),
    resolve,
  };
  // The probe stays while the option is built (synchronously), and goes after.
  queueMicrotask(() => probe.remove());
  return theme;
}
