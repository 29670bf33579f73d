/**
 * `TextSpan`: a styled run inside a `Text` (`text.spans`), optionally a link. Spans are plain
 * data: to change one, assign a new `spans` array. A `url` is followed only if it is http(s) or
 * relative; any other URL (`javascript:`, `data:`) is dropped and the span shows as plain text.
 */
import type { FontWeight } from "./text.js";

/** A line through, under or over text. */
export type TextDecoration = "none" | "underline" | "lineThrough" | "overline";

/** How a span looks; every field is optional and falls back to the enclosing text's style. */
export interface TextStyle {
  /** Font size in CSS pixels. */
  size?: number;
  /** Font weight: `"bold"`, `"w500"`, … */
  weight?: FontWeight;
  /** Italic text. */
  italic?: boolean;
  /** Text colour (any CSS colour or a theme colour name). */
  color?: string;
  /** Background colour behind the text. */
  bgcolor?: string;
  /** A line through, under or over the text. */
  decoration?: TextDecoration;
  /** Extra space between letters, in CSS pixels. */
  letterSpacing?: number;
}

/** `{ text: "docs", url: "https://example.com", style: { color: "primary" } }` */
export interface TextSpan {
  /** The span's text. */
  text?: string;
  /** The span's look. */
  style?: TextStyle;
  /** Makes the span a link, opened in a new tab (http, https or relative only). */
  url?: string;
  /** Nested spans, after `text`, inheriting this span's style. */
  spans?: TextSpan[];
}
