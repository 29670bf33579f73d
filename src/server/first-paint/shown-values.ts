/**
 * What a Material widget shows before its code arrives (issue 21): an `md-outlined-text-field` or
 * `md-outlined-select` the browser has not defined is an empty element, so the first paint writes
 * its label and value (a Dropdown's: the chosen option's text; a password's: dots) into
 * `data-weft-label` / `data-weft-value`, which the rules below show as text in the box the widget
 * will have. A chip's label is shown the same way. The client's own tree replaces these elements,
 * so the attributes never reach a live widget.
 */
import type { ClientNode } from "../../client/client-node.js";

const LABEL = "data-weft-label";
const VALUE = "data-weft-value";

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** The Dropdown's chosen option's text (else its key), or "" when none is chosen. */
function chosenText(node: ClientNode): string {
  const value = text(node.props.value);
  if (value === "") return "";
  const option = (node.slots.options ?? []).find((child) => text(child.props.key) === value);
  return option ? text(option.props.text) || value : value;
}

function setShown(element: Element | null | undefined, label: string, value: string): void {
  if (!element) return;
  if (label) element.setAttribute(LABEL, label);
  if (value) element.setAttribute(VALUE, value);
}

/** Writes a text field's, dropdown's or chip's label and value on its element; other controls show theirs already. */
export function markShownValue(node: ClientNode): void {
  const { props, view } = node;
  if (node.type === "textfield") {
    const value = text(props.value);
    setShown(view.element, text(props.label), props.password === true ? "•".repeat(Math.min(value.length, 32)) : value);
  } else if (node.type === "dropdown") setShown(view.element, text(props.label), chosenText(node));
  else if (node.type === "chip") setShown([...view.element.children].find((child) => child.localName.endsWith("-chip")), text(props.label), "");
}

/** The widgets whose label and value the rules show while they are undefined (under the root's id, to win over weft.css's hiding of them). */
const FIELDS = ["md-outlined-text-field", "md-filled-text-field", "md-outlined-select", "md-filled-select"].map((name) => `#weft-root ${name}:not(:defined)`);
const CHIPS = ["md-assist-chip", "md-filter-chip"].map((name) => `#weft-root ${name}:not(:defined)`);

/**
 * The boxes and text of those widgets until their code defines them, measured against the defined
 * widgets in Chromium with weft.css (test/browser/first-paint.test.ts records no layout shift).
 */
export const SHOWN_VALUE_RULES = [
  `${FIELDS.join(",")}{display:flex;flex-direction:column;justify-content:center;box-sizing:border-box;min-height:56px;padding:0 16px;box-shadow:inset 0 0 0 1px var(--md-sys-color-outline,#79747e);border-radius:4px;font:16px/24px Roboto,system-ui,sans-serif;color:var(--md-sys-color-on-surface,#1d1b20);visibility:visible}`,
  `${FIELDS.map((f) => `${f}[${LABEL}]::before`).join(",")}{content:attr(${LABEL});font-size:12px;line-height:16px;color:var(--md-sys-color-on-surface-variant,#49454f)}`,
  `${FIELDS.map((f) => `${f}[${VALUE}]::after`).join(",")}{content:attr(${VALUE})}`,
  `${CHIPS.join(",")}{display:inline-flex;align-items:center;box-sizing:border-box;height:32px;padding:0 16px;box-shadow:inset 0 0 0 1px var(--md-sys-color-outline,#79747e);border-radius:8px;font:500 14px/20px Roboto,system-ui,sans-serif;color:var(--md-sys-color-on-surface-variant,#49454f);visibility:visible}`,
  `${CHIPS.map((c) => `${c}[${LABEL}]::after`).join(",")}{content:attr(${LABEL})}`,
];
