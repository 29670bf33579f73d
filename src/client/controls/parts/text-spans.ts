/**
 * A Text's `spans` as DOM: each span a `<span>`, or an `<a>` when its `url` is a link
 * (`linkTarget`): a route of this app navigates in place, an http(s) URL opens in a new tab
 * (`rel="noopener noreferrer"`), mailto opens the mail app; text only through text nodes, styles
 * only through the CSSOM. Malformed spans are skipped.
 */
import type { JsonValue } from "../../../protocol/index.js";
import { color } from "../../colors.js";
import { h, px } from "../../dom.js";
import { linkTarget, pointLink } from "../../link-cover.js";
import { fontWeight } from "../text.js";

/** Deeper nesting than this is cut off: spans are data, and data can be hostile. */
const MAX_DEPTH = 16;

const DECORATION: Record<string, string> = { underline: "underline", lineThrough: "line-through", overline: "overline", none: "none" };

type SpanData = { [name: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is SpanData {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function applyStyle(el: HTMLElement, style: JsonValue | undefined): void {
  if (!isObject(style)) return;
  const css = el.style;
  if (typeof style.size === "number") css.fontSize = px(style.size);
  if (style.weight !== undefined) css.fontWeight = fontWeight(style.weight);
  if (style.italic === true) css.fontStyle = "italic";
  if (style.color !== undefined) css.color = color(style.color);
  if (style.bgcolor !== undefined) css.backgroundColor = color(style.bgcolor);
  if (typeof style.decoration === "string") css.textDecorationLine = DECORATION[style.decoration] ?? "";
  if (typeof style.letterSpacing === "number") css.letterSpacing = px(style.letterSpacing);
}

function spanElement(data: SpanData, depth: number): HTMLElement {
  const target = linkTarget(data.url);
  let el: HTMLElement;
  if (target) {
    const link = h("a", "weft-text__link");
    pointLink(link, target);
    el = link;
  } else el = h("span");
  applyStyle(el, data.style);
  if (typeof data.text === "string") el.append(data.text);
  if (Array.isArray(data.spans) && depth < MAX_DEPTH) el.append(...spanNodes(data.spans, depth + 1));
  return el;
}

/** The elements for a list of spans. */
export function spanNodes(spans: JsonValue | undefined, depth = 0): HTMLElement[] {
  if (!Array.isArray(spans)) return [];
  return spans.filter(isObject).map((span) => spanElement(span, depth));
}
