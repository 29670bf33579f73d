/**
 * `markdown`: Markdown rendered in the browser (markdown.css). The parser and sanitiser load on
 * first use (`../markdown-render.ts`, a separate chunk); meanwhile the element is `aria-busy`,
 * and if it cannot load, the source shows as plain text. Link clicks report `tapLink` when listened to, and with
 * `autoFollowLinks: false` they go nowhere else.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { highlightBlocksIn } from "../code-languages.js";
import { setCodeTheme } from "../code-theme.js";
import { h, str } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";
import { safeUrl } from "../safe-url.js";
import { ClientCode, reportError } from "../diagnostics.js";

type RenderModule = typeof import("../markdown-render.js");
let loading: Promise<RenderModule> | undefined;
/** The renderer once it has loaded: later renders are synchronous (no frame shows them busy). */
let loaded: RenderModule | undefined;

/** Loads the parser and sanitiser now (the server's first paint renders synchronously after it). */
export function loadMarkdownRenderer(): Promise<void> {
  return loadMarkdownRender().then((module) => {
    loaded = module;
  });
}

function show(view: MarkdownView, ctx: RenderContext, { renderMarkdown }: RenderModule, source: string, mine: number): void {
  const extensions = ctx.props.extensionSet;
  view.element.replaceChildren(renderMarkdown(source, { gfm: !GFM_OFF.has(extensions ?? "gitHubWeb"), breaks: ctx.props.softLineBreak === true, safeUrl }));
  view.element.removeAttribute("aria-busy");
  highlightBlocksIn(view.element, () => mine === view.version);
}

/** Loads the parser and sanitiser, once (a failed load is tried again by the next render). */
export function loadMarkdownRender(): Promise<RenderModule> {
  return (loading ??= import("../markdown-render.js"));
}

const GFM_OFF = new Set<JsonValue>(["none", "commonMark"]);

interface MarkdownView {
  readonly element: HTMLElement;
  /** Bumped by each render, so a late-loading render of an older source is dropped. */
  version: number;
}

/** Renders the source with the dialect and line-break props, once the renderer has loaded. */
function render(view: MarkdownView, ctx: RenderContext): void {
  const { element } = view;
  const mine = ++view.version;
  const source = str(ctx.props.value);
  if (loaded) {
    show(view, ctx, loaded, source, mine);
    return;
  }
  element.setAttribute("aria-busy", "true");
  loadMarkdownRender().then(
    (module) => {
      loaded = module;
      if (mine === view.version) show(view, ctx, module, source, mine);
    },
    (error: unknown) => {
      loading = undefined;
      reportError(ClientCode.libraryLoad, "the Markdown renderer could not load; showing the source as text", error);
      if (mine !== view.version) return;
      element.textContent = source;
      element.removeAttribute("aria-busy");
    },
  );
}

const rerender: PropSetter<MarkdownView> = (view, _value, ctx) => render(view, ctx);

export const markdown = defineRenderer("markdown", {
  create(ctx): MarkdownView {
    const element = h("div", "weft-markdown");
    element.addEventListener("click", (e) => {
      const link = (e.target as Element).closest("a[href]");
      if (!link || !element.contains(link)) return;
      if (ctx.props.autoFollowLinks === false) e.preventDefault();
      ctx.fire(EventName.tapLink, link.getAttribute("href") ?? "");
    });
    const view = { element, version: 0 };
    // An empty source renders too (the setters below run only for the props that are sent).
    if (!("value" in ctx.props)) render(view, ctx);
    return view;
  },
  props: {
    value: rerender,
    extensionSet: rerender,
    softLineBreak: rerender,
    selectable: ({ element }, value) => element.classList.toggle("weft-markdown--unselectable", value === false),
    codeTheme: ({ element }, value) => setCodeTheme(element, value),
    // Read when a link is clicked.
    autoFollowLinks: () => {},
  },
});
