/**
 * The highlighter, in the CodeBlock renderer's chunk (`./controls/code-block.ts`), which
 * `./code-languages.ts` loads with the first block of code: highlight.js's core, the grammars
 * `weft.js` loads for it (a lazy chunk may not `import()`, decision 0010), and the colours.
 * highlight.js answers HTML in which the code's text is escaped; that HTML is parsed in an inert
 * document and only its `<span class="hljs-…">` and text are copied into the page, so nothing
 * else can come of it. The colours come as a constructed style sheet (the page's policy allows
 * no `<style>` element): by default the page's M3 roles, so light and dark follow the scheme, or
 * one of the named `codeTheme`s.
 */
import hljs from "highlight.js/lib/core";
import type { LanguageFn } from "highlight.js";
import { grammarName } from "./code-grammars.js";
import { ClientCode, reportError } from "./diagnostics.js";

const SCOPE = /^hljs-[\w-]+$|^[\w-]+_+$/;

/** Token colours as custom properties; each theme sets them, the rules below read them. */
const THEMES: Readonly<Record<string, string>> = {
  // The page's scheme, so a dark page gets dark-scheme colours (decision 0052).
  system: `--weft-code-fg: var(--md-sys-color-on-surface); --weft-code-bg: var(--md-sys-color-surface-container-highest);
    --weft-code-keyword: var(--md-sys-color-primary); --weft-code-string: var(--md-sys-color-tertiary);
    --weft-code-number: var(--md-sys-color-secondary); --weft-code-comment: var(--md-sys-color-outline);
    --weft-code-title: var(--md-sys-color-on-primary-container); --weft-code-type: var(--md-sys-color-secondary);
    --weft-code-attr: var(--md-sys-color-on-tertiary-container); --weft-code-meta: var(--md-sys-color-on-surface-variant);
    --weft-code-deletion: var(--md-sys-color-error); --weft-code-addition: var(--md-sys-color-tertiary);`,
  github: `--weft-code-fg: #24292e; --weft-code-bg: #f6f8fa; --weft-code-keyword: #d73a49; --weft-code-string: #032f62;
    --weft-code-number: #005cc5; --weft-code-comment: #6a737d; --weft-code-title: #6f42c1; --weft-code-type: #e36209;
    --weft-code-attr: #005cc5; --weft-code-meta: #735c0f; --weft-code-deletion: #b31d28; --weft-code-addition: #22863a;`,
  githubDark: `--weft-code-fg: #c9d1d9; --weft-code-bg: #0d1117; --weft-code-keyword: #ff7b72; --weft-code-string: #a5d6ff;
    --weft-code-number: #79c0ff; --weft-code-comment: #8b949e; --weft-code-title: #d2a8ff; --weft-code-type: #ffa657;
    --weft-code-attr: #79c0ff; --weft-code-meta: #d29922; --weft-code-deletion: #ffa198; --weft-code-addition: #aff5b4;`,
  atomOneLight: `--weft-code-fg: #383a42; --weft-code-bg: #fafafa; --weft-code-keyword: #a626a4; --weft-code-string: #50a14f;
    --weft-code-number: #986801; --weft-code-comment: #a0a1a7; --weft-code-title: #4078f2; --weft-code-type: #c18401;
    --weft-code-attr: #986801; --weft-code-meta: #4078f2; --weft-code-deletion: #e45649; --weft-code-addition: #50a14f;`,
  atomOneDark: `--weft-code-fg: #abb2bf; --weft-code-bg: #282c34; --weft-code-keyword: #c678dd; --weft-code-string: #98c379;
    --weft-code-number: #d19a66; --weft-code-comment: #5c6370; --weft-code-title: #61aeee; --weft-code-type: #e6c07b;
    --weft-code-attr: #d19a66; --weft-code-meta: #61aeee; --weft-code-deletion: #e06c75; --weft-code-addition: #98c379;`,
  monokai: `--weft-code-fg: #ddd; --weft-code-bg: #272822; --weft-code-keyword: #f92672; --weft-code-string: #a6e22e;
    --weft-code-number: #ae81ff; --weft-code-comment: #75715e; --weft-code-title: #a6e22e; --weft-code-type: #66d9ef;
    --weft-code-attr: #f92672; --weft-code-meta: #75715e; --weft-code-deletion: #f92672; --weft-code-addition: #a6e22e;`,
};

const RULES = `
.hljs-keyword, .hljs-selector-tag, .hljs-doctag, .hljs-template-tag, .hljs-operator { color: var(--weft-code-keyword); }
.hljs-string, .hljs-regexp, .hljs-char.escape_, .hljs-selector-attr, .hljs-template-variable { color: var(--weft-code-string); }
.hljs-number, .hljs-literal, .hljs-symbol, .hljs-bullet, .hljs-variable.constant_ { color: var(--weft-code-number); }
.hljs-comment, .hljs-quote { color: var(--weft-code-comment); font-style: italic; }
.hljs-title, .hljs-title.function_, .hljs-section, .hljs-name { color: var(--weft-code-title); }
.hljs-type, .hljs-built_in, .hljs-title.class_, .hljs-class .hljs-title { color: var(--weft-code-type); }
.hljs-attr, .hljs-attribute, .hljs-property, .hljs-params, .hljs-selector-id, .hljs-selector-class { color: var(--weft-code-attr); }
.hljs-meta, .hljs-meta .hljs-keyword, .hljs-link, .hljs-subst { color: var(--weft-code-meta); }
.hljs-deletion { color: var(--weft-code-deletion); }
.hljs-addition { color: var(--weft-code-addition); }
.hljs-emphasis { font-style: italic; }
.hljs-strong { font-weight: 700; }
.weft-markdown pre, .weft-code-block pre { color: var(--weft-code-fg); background: var(--weft-code-bg); }
`;

function styleSheet(): CSSStyleSheet {
  const themes = Object.entries(THEMES)
    .map(([name, vars]) => (name === "system" ? `:root, .weft-code-theme--system { ${vars} }` : `.weft-code-theme--${name} { ${vars} }`))
    .join("\n");
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themes + RULES);
  return sheet;
}

let styled = false;

/** Adds the colours to the page, with the first highlighted block (not on import: the server's first paint imports this too). */
function adoptStyleSheet(): void {
  if (styled) return;
  styled = true;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, styleSheet()];
}

/** Copies `from`'s text and spans into `into`, each span with only its scope classes. */
function copyTokens(from: Node, into: Node): void {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(node.textContent ?? ""));
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === "span") {
      const span = document.createElement("span");
      const classes = ((node as Element).getAttribute("class") ?? "").split(/\s+/).filter((c) => SCOPE.test(c));
      if (classes.length) span.className = classes.join(" ");
      copyTokens(node, span);
      into.appendChild(span);
    } else copyTokens(node, into);
  }
}

/** highlight.js's HTML, parsed inertly and copied as spans and text: nothing else survives. */
function tokens(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  copyTokens(new DOMParser().parseFromString(`<body>${html}`, "text/html").body, out);
  return out;
}

/** Highlights the text of `code` as `grammar` (registering it on first use), in place. */
function highlightInto(code: HTMLElement, grammar: string, fn: LanguageFn): void {
  adoptStyleSheet();
  if (!hljs.getLanguage(grammar)) hljs.registerLanguage(grammar, fn);
  const result = hljs.highlight(code.textContent ?? "", { language: grammar, ignoreIllegals: true });
  code.replaceChildren(tokens(result.value));
  code.classList.add("hljs");
}

type GrammarLoader = (grammar: string) => Promise<LanguageFn>;

let provideGrammars: (load: GrammarLoader) => void = () => {};
/** `weft.js`'s grammar loader, handed over as the chunk arrives (`useGrammars`). */
const grammarLoader = new Promise<GrammarLoader>((resolve) => (provideGrammars = resolve));

/** Takes `weft.js`'s grammar loader: `./code-languages.ts` calls it before anything of this chunk runs. */
export function useGrammars(load: GrammarLoader): void {
  provideGrammars(load);
}

/**
 * Highlights `code` (a `<code>` holding the text) as `language`, unless `stillWanted()` has
 * turned false by the time the grammar arrives (the block was re-rendered). Unknown languages
 * leave the text as it is; a grammar that cannot load is logged, the text stays plain.
 */
export function highlightCode(code: HTMLElement, language: string, stillWanted: () => boolean = () => true): void {
  const grammar = grammarName(language);
  code.dataset.language = grammar ?? "plaintext";
  if (!grammar) return;
  grammarLoader
    .then((load) => load(grammar))
    .then(
      (fn) => {
        // The server's first paint has put its document away by the time a grammar arrives: its
        // markup shows the text plain, and the client highlights it.
        if (stillWanted() && typeof document !== "undefined") highlightInto(code, grammar, fn);
      },
      (error: unknown) => reportError(ClientCode.libraryLoad, `the highlighter for "${grammar}" could not load; showing the code as plain text`, error),
    )
    .catch((error: unknown) => reportError(ClientCode.rendererFailed, `the code could not be highlighted as "${grammar}"; it shows as plain text`, error));
}

/** Highlights every fenced block of rendered Markdown (`<pre><code class="language-…">`). */
export function highlightBlocksIn(root: ParentNode, stillWanted: () => boolean): void {
  for (const code of root.querySelectorAll<HTMLElement>("pre > code[class^='language-']")) {
    highlightCode(code, code.className.slice("language-".length), stillWanted);
  }
}
