/**
 * Values that layout props share: space around a box, where a child sits in its box, and the
 * per-breakpoint numbers a `ResponsiveRow` child gives in `col`.
 */

/** Space on each side: one number for all four, or per side (CSS pixels). */
export type Spacing = number | { left?: number; top?: number; right?: number; bottom?: number };

/** Where a child sits inside its box (a Container, a Stack, a Card). */
export type Alignment =
  | "topLeft" | "topCenter" | "topRight"
  | "centerLeft" | "center" | "centerRight"
  | "bottomLeft" | "bottomCenter" | "bottomRight";

/**
 * A `ResponsiveRow`'s breakpoints, by the row's own width: `xs` from 0, `sm` from 576px, `md` from
 * 768px, `lg` from 992px, `xl` from 1200px, `xxl` from 1400px (Flet's and Bootstrap's).
 */
export type Breakpoint = "xs" | "sm" | "md" | "lg" | "xl" | "xxl";

/** A number for every width, or one per breakpoint (`{ sm: 6, md: 4 }`); a missing one takes the next smaller. */
export type ResponsiveNumber = number | Partial<Record<Breakpoint, number>>;
