/**
 * `markdown`: Markdown rendered in the browser (markdown.css). The parser and sanitiser load on
 * first use (`../markdown-render.ts`, a separate chunk); meanwhile the element is `aria-busy`,
 * and if it cannot load, the source shows as plain text. Link clicks report `tapLink` when listened to, and with
 * `autoFollowLinks: false` they go nowhere else.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { safeUrl } from "../safe-url.js";

type RenderModule = typeof import("../markdown-render.js");
let loading: Promise<RenderModule> | undefined;

const GFM_OFF = new Set<JsonValue>(["none", "commonMark"]);

export const markdown: Renderer = (ctx) => {
  const element = h("div", "weft-markdown");
  let version = 0;

  const render = () => {
    const mine = ++version;
    const source = str(ctx.props.value);
    element.setAttribute("aria-busy", "true");
    loading ??= import("../markdown-render.js");
    loading.then(
      ({ renderMarkdown }) => {
        if (mine !== version) return;
        const extensions = ctx.props.extensionSet;
        element.replaceChildren(
          renderMarkdown(source, { gfm: !GFM_OFF.has(extensions ?? "gitHubWeb"), breaks: ctx.props.softLineBreak === true, safeUrl }),
        );
        element.removeAttribute("aria-busy");
      },
      (error: unknown) => {
        loading = undefined;
        console.error("[weft] the Markdown renderer could not load; showing the source as text", error);
        if (mine !== version) return;
        element.textContent = source;
        element.removeAttribute("aria-busy");
      },
    );
  };

  element.addEventListener("click", (e) => {
    const link = (e.target as Element).closest("a[href]");
    if (!link || !element.contains(link)) return;
    if (ctx.props.autoFollowLinks === false) e.preventDefault();
    ctx.fire(EventName.tapLink, link.getAttribute("href") ?? "");
  });

  let first = true;
  return {
    element,
    update(changed) {
      if (first || "value" in changed || "extensionSet" in changed || "softLineBreak" in changed) render();
      first = false;
      if ("selectable" in changed) element.classList.toggle("weft-markdown--unselectable", changed.selectable === false);
    },
  };
};
