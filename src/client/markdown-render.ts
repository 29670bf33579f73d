/**
 * Markdown to sanitised DOM: `marked` makes HTML, DOMPurify parses and cleans it into a
 * fragment. Loaded with `import()` the first time a Markdown control appears (it is most of the
 * client's weight), so it imports nothing of the client's own: the URL check comes in as an
 * argument.
 *
 * Three layers: raw HTML in the Markdown source is escaped into text by the renderer below;
 * DOMPurify (HTML profile only: no SVG or MathML) keeps only harmless tags and drops every
 * `style`, `class` (but a fenced block's `language-…`), `id`, `name` and event attribute; a hook
 * passes each link and picture URL through the caller's check and makes links open in a new tab
 * with `rel="noopener noreferrer"`.
 */
import DOMPurify from "dompurify";
import { Marked } from "marked";

export interface MarkdownRenderOptions {
  /** GitHub's extensions (tables, strikethrough, autolinks, task lists). */
  gfm: boolean;
  /** Single line breaks become `<br>`. */
  breaks: boolean;
  /** The URL to keep for a link or picture, or undefined to drop it. */
  safeUrl: (url: string, use: "link" | "image") => string | undefined;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const FORBID_TAGS = [
  "style", "script", "template", "form", "button", "textarea", "select", "option", "iframe", "frame",
  "frameset", "object", "embed", "link", "meta", "base", "audio", "video", "source", "track", "picture",
  "dialog", "noscript",
];
const FORBID_ATTR = ["style", "class", "id", "name", "srcset", "target", "ping", "action", "formaction", "background", "poster"];

let checkUrl: MarkdownRenderOptions["safeUrl"] = () => undefined;

/**
 * One sanitiser per window, made at first use: the page has one window; the server's first paint
 * (server/first-paint/string-host.ts) renders each page in a window of its own.
 */
const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifier(): ReturnType<typeof DOMPurify> {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = DOMPurify(window);
    purify.addHook("afterSanitizeAttributes", checkNode);
    purify.addHook("uponSanitizeAttribute", keepLanguage);
    purifiers.set(window, purify);
  }
  return purify;
}

function checkNode(node: Element): void {
  if (node.nodeName === "A") {
    const raw = node.getAttribute("href");
    const href = raw === null ? undefined : checkUrl(raw, "link");
    if (!href) {
      node.removeAttribute("href");
      return;
    }
    node.setAttribute("href", href);
    // A link within the page stays in the tab; any other opens a new one, cut off from this page.
    if (!raw!.startsWith("#")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  } else if (node.nodeName === "IMG") {
    const src = checkUrl(node.getAttribute("src") ?? "", "image");
    if (!src) {
      node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute("alt") ?? ""));
      return;
    }
    node.setAttribute("src", src);
    node.setAttribute("loading", "lazy");
    node.setAttribute("referrerpolicy", "no-referrer");
  } else if (node.nodeName === "INPUT") {
    // GitHub task lists: a ticked or clear box, never a field.
    if (node.getAttribute("type") !== "checkbox") node.remove();
    else node.setAttribute("disabled", "");
  }
}

/** A fenced block's language, the one class kept (`<code class="language-ts">`), for the highlighter. */
const LANGUAGE_CLASS = /^language-[\w+#.-]{1,40}$/;

/** Keeps a fenced block's language class, the one class kept. */
function keepLanguage(node: Element, data: { attrName: string; attrValue: string; forceKeepAttr?: boolean | undefined }): void {
  if (data.attrName === "class" && node.nodeName === "CODE" && node.parentNode?.nodeName === "PRE" && LANGUAGE_CLASS.test(data.attrValue)) {
    data.forceKeepAttr = true;
  }
}

const parsers = new Map<string, Marked>();

function parser(gfm: boolean, breaks: boolean): Marked {
  const key = `${gfm}/${breaks}`;
  let marked = parsers.get(key);
  if (!marked) {
    marked = new Marked({
      gfm,
      breaks,
      async: false,
      // Raw HTML in the source is shown as the text it is, never parsed.
      renderer: { html: ({ text }) => escape(text) },
    });
    parsers.set(key, marked);
  }
  return marked;
}

/** Renders Markdown into a sanitised fragment, ready to append. */
export function renderMarkdown(source: string, options: MarkdownRenderOptions): DocumentFragment {
  const html = parser(options.gfm, options.breaks).parse(source, { async: false }) as string;
  const purify = purifier();
  // Where the sanitiser cannot work (the server's first paint, whose DOM lacks what it needs), the
  // source shows as text until the browser renders it.
  if (!purify.isSupported) {
    const fragment = document.createDocumentFragment();
    fragment.append(source);
    return fragment;
  }
  checkUrl = options.safeUrl;
  try {
    return purify.sanitize(html, {
      USE_PROFILES: { html: true },
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      RETURN_DOM_FRAGMENT: true,
    });
  } finally {
    checkUrl = () => undefined;
  }
}
