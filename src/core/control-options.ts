/** The options every control accepts, and the options bag of a control's own listed props. */
import type { ResponsiveNumber, Spacing } from "./layout-values.js";

/** Options every control accepts. */
export interface ControlOptions {
  /** A key for finding the control in tests and in the DOM (`data-key`). */
  key?: string;
  /** False hides the control (it stays in the tree). Default true. */
  visible?: boolean;
  /** True greys the control out and stops its events. Default false. */
  disabled?: boolean;
  /** Width in CSS pixels. */
  width?: number;
  /** Height in CSS pixels. */
  height?: number;
  /** In a Row or Column, take a share of the free space (`true` is a share of 1). */
  expand?: boolean | number;
  /** Opacity from 0 to 1. Default 1. */
  opacity?: number;
  /** A hint shown on hover and used as the accessible description. */
  tooltip?: string;
  /** Arbitrary server-side data; never sent to the browser. */
  data?: unknown;
  /** Space inside the control, around its content: one number or per side. Default 0. */
  padding?: Spacing;
  /** Space outside the control: one number or per side. Default 0. */
  margin?: Spacing;
  /** Background colour (any CSS colour or a theme colour name). Default: none. */
  bgcolor?: string;
  /** In a `Stack`: distance from the stack's left edge; positions the control. */
  left?: number;
  /** In a `Stack`: distance from the stack's top edge; positions the control. */
  top?: number;
  /** In a `Stack`: distance from the stack's right edge; positions the control. */
  right?: number;
  /** In a `Stack`: distance from the stack's bottom edge; positions the control. */
  bottom?: number;
  /** In a `ResponsiveRow`: the columns this control spans (of 12), for all widths or per breakpoint. */
  col?: ResponsiveNumber;
}

/** An options bag: the common options plus any of the listed props of `C`, all optional. */
export type OptionsOf<C, K extends keyof C> = ControlOptions & { [P in K]?: C[P] };
