/**
 * `codeblock`: `<pre>` with the code as text, highlighted once its grammar has loaded
 * (../code-highlight.ts); until then, or for a language it does not know, plain text. Line
 * numbers sit in a gutter of their own that selection and copying skip. The copy button writes
 * `value` to the clipboard and says so ("Copied") to sight and to screen readers.
 */
import { EventName } from "../../protocol/index.js";
import { highlightCode } from "../code-highlight.js";
import { setCodeTheme } from "../code-theme.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { h, icon, str } from "../dom.js";
import type { RenderContext } from "../registry.js";
import { ClientCode, reportWarning } from "../diagnostics.js";

/**
 * This module is the chunk of the code family, which a page without code does not load (issue
 * 19): `../code-languages.ts` loads it, hands it the grammar loader, and highlights Markdown's
 * fenced code through it.
 */
export { highlightBlocksIn, useGrammars } from "../code-highlight.js";

const COPIED_MS = 1500;

interface CodeBlockView {
  readonly element: HTMLElement;
  readonly gutter: HTMLElement;
  readonly code: HTMLElement;
  readonly copy: HTMLButtonElement;
  /** A live region that says "Copied" to screen readers. */
  readonly status: HTMLElement;
  /** Bumped by each render, so a grammar arriving for an older value is dropped. */
  version: number;
}

function render(view: CodeBlockView, ctx: RenderContext): void {
  const mine = ++view.version;
  const value = str(ctx.props.value);
  view.code.textContent = value;
  view.code.className = "weft-code-block__code";
  const lines = value.endsWith("\n") ? value.slice(0, -1).split("\n").length : value.split("\n").length;
  view.gutter.textContent = Array.from({ length: lines }, (_, i) => String(i + 1)).join("\n");
  highlightCode(view.code, str(ctx.props.language), () => mine === view.version);
}

const rerender: PropSetter<CodeBlockView> = (view, _value, ctx) => render(view, ctx);

function copyCode(view: CodeBlockView, ctx: RenderContext): void {
  navigator.clipboard.writeText(str(ctx.props.value)).then(
    () => {
      view.copy.replaceChildren(icon("check"));
      view.status.textContent = "Copied";
      ctx.fire(EventName.copy);
      setTimeout(() => {
        view.copy.replaceChildren(icon("content_copy"));
        view.status.textContent = "";
      }, COPIED_MS);
    },
    (error: unknown) => {
      // Without the clipboard, select the code so that Ctrl+C copies it.
      reportWarning(ClientCode.refused, "the clipboard refused the code; it is selected instead", error);
      getSelection()?.selectAllChildren(view.code);
    },
  );
}

export const codeBlock = defineRenderer("codeblock", {
  create(ctx): CodeBlockView {
    const element = h("div", "weft-code-block weft-code-theme--system");
    const pre = h("pre");
    const gutter = h("span", "weft-code-block__gutter");
    gutter.setAttribute("aria-hidden", "true");
    gutter.hidden = true;
    const code = h("code", "weft-code-block__code");
    pre.append(gutter, code);
    const copy = h("button", "weft-code-block__copy");
    copy.type = "button";
    copy.setAttribute("aria-label", "Copy code");
    copy.title = "Copy code";
    copy.append(icon("content_copy"));
    const status = h("span", "weft-code-block__status");
    status.setAttribute("role", "status");
    element.append(pre, copy, status);
    const view: CodeBlockView = { element, gutter, code, copy, status, version: 0 };
    copy.addEventListener("click", () => copyCode(view, ctx));
    if (!("value" in ctx.props)) render(view, ctx);
    return view;
  },
  props: {
    value: rerender,
    language: rerender,
    showLineNumbers: ({ gutter }, value) => (gutter.hidden = value !== true),
    selectable: ({ element }, value) => element.classList.toggle("weft-code-block--unselectable", value === false),
    showCopyButton: ({ copy }, value) => (copy.hidden = value === false),
    codeTheme: ({ element }, value) => setCodeTheme(element, value ?? "system"),
  },
});
