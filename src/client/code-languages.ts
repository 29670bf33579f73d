/**
 * Syntax highlighting on first use, for `Markdown`'s fenced code and `CodeBlock`: a page with no
 * code loads none of it. The highlighter (`./code-highlight.ts`, highlight.js's core and the
 * colours) and each language's grammar are chunks of their own, fetched together in one wave the
 * first time a block of that language shows; later blocks pay nothing. The languages are
 * highlight.js's common set (its `lib/common`), by name or alias; any other name, or none, shows
 * as plain text. This module stays in weft.js because lazy chunks may not `import()` (decision
 * 0010), and it holds only the loaders.
 */
import type { JsonValue } from "../protocol/index.js";
import type { LanguageFn } from "highlight.js";
import { ClientCode, reportError } from "./diagnostics.js";

type Grammar = () => Promise<{ default: LanguageFn }>;

/** Every grammar, by highlight.js name; exported for tests. */
export const GRAMMARS: Readonly<Record<string, Grammar>> = {
  bash: () => import("highlight.js/lib/languages/bash"),
  c: () => import("highlight.js/lib/languages/c"),
  cpp: () => import("highlight.js/lib/languages/cpp"),
  csharp: () => import("highlight.js/lib/languages/csharp"),
  css: () => import("highlight.js/lib/languages/css"),
  diff: () => import("highlight.js/lib/languages/diff"),
  go: () => import("highlight.js/lib/languages/go"),
  graphql: () => import("highlight.js/lib/languages/graphql"),
  ini: () => import("highlight.js/lib/languages/ini"),
  java: () => import("highlight.js/lib/languages/java"),
  javascript: () => import("highlight.js/lib/languages/javascript"),
  json: () => import("highlight.js/lib/languages/json"),
  kotlin: () => import("highlight.js/lib/languages/kotlin"),
  less: () => import("highlight.js/lib/languages/less"),
  lua: () => import("highlight.js/lib/languages/lua"),
  makefile: () => import("highlight.js/lib/languages/makefile"),
  markdown: () => import("highlight.js/lib/languages/markdown"),
  objectivec: () => import("highlight.js/lib/languages/objectivec"),
  perl: () => import("highlight.js/lib/languages/perl"),
  php: () => import("highlight.js/lib/languages/php"),
  python: () => import("highlight.js/lib/languages/python"),
  r: () => import("highlight.js/lib/languages/r"),
  ruby: () => import("highlight.js/lib/languages/ruby"),
  rust: () => import("highlight.js/lib/languages/rust"),
  scss: () => import("highlight.js/lib/languages/scss"),
  shell: () => import("highlight.js/lib/languages/shell"),
  sql: () => import("highlight.js/lib/languages/sql"),
  swift: () => import("highlight.js/lib/languages/swift"),
  typescript: () => import("highlight.js/lib/languages/typescript"),
  vbnet: () => import("highlight.js/lib/languages/vbnet"),
  wasm: () => import("highlight.js/lib/languages/wasm"),
  xml: () => import("highlight.js/lib/languages/xml"),
  yaml: () => import("highlight.js/lib/languages/yaml"),
};

/** The usual other names of those languages (highlight.js's own aliases, the common ones). */
const ALIASES: Readonly<Record<string, string>> = {
  sh: "bash", zsh: "bash", h: "c", cc: "cpp", "c++": "cpp", hpp: "cpp", cs: "csharp", "c#": "csharp", patch: "diff",
  golang: "go", gql: "graphql", toml: "ini", js: "javascript", jsx: "javascript", mjs: "javascript", cjs: "javascript",
  jsonc: "json", json5: "json", kt: "kotlin", kts: "kotlin", mk: "makefile", make: "makefile", md: "markdown",
  objc: "objectivec", pl: "perl", py: "python", rb: "ruby", rs: "rust", console: "shell", ts: "typescript",
  tsx: "typescript", mts: "typescript", cts: "typescript", vb: "vbnet", html: "xml", xhtml: "xml", svg: "xml",
  yml: "yaml",
};

type Highlighter = typeof import("./code-highlight.js");

let highlighter: Promise<Highlighter> | undefined;
const grammars = new Map<string, Promise<LanguageFn>>();

/** A language's grammar name for `name` (`"ts"` → `"typescript"`), or undefined when it has none. */
export function grammarName(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  if (Object.hasOwn(GRAMMARS, key)) return key;
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

/** The highlighter and the grammar, loaded in parallel once each; a failed load is tried again next time. */
function load(grammar: string): Promise<[Highlighter, LanguageFn]> {
  highlighter ??= import("./code-highlight.js").catch((error: unknown) => {
    highlighter = undefined;
    throw error;
  });
  let language = grammars.get(grammar);
  if (!language) {
    language = GRAMMARS[grammar]!().then((m) => m.default);
    language.catch(() => grammars.delete(grammar));
    grammars.set(grammar, language);
  }
  return Promise.all([highlighter, language]);
}

/** Starts loading the highlighter and the grammar of `language`, if it has one (a prefetch: failures are left to the render). */
export function prefetchGrammar(language: JsonValue | undefined): void {
  const grammar = typeof language === "string" ? grammarName(language) : undefined;
  if (grammar) load(grammar).catch(() => {});
}

/** The language of each fenced block of a Markdown source (```` ```ts ````, `~~~ python`). */
const FENCE_LANGUAGE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*([^\s`{]+)/gm;

/** Starts loading the grammars a Markdown source's fenced blocks name, before it is parsed. */
export function prefetchFencedGrammars(source: JsonValue | undefined): void {
  if (typeof source !== "string" || !source.includes("``") && !source.includes("~~")) return;
  for (const [, language] of source.matchAll(FENCE_LANGUAGE)) prefetchGrammar(language);
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
  load(grammar).then(
    ([{ highlightInto }, fn]) => {
      if (stillWanted()) highlightInto(code, grammar, fn);
    },
    (error: unknown) => reportError(ClientCode.libraryLoad, `the highlighter for "${grammar}" could not load; showing the code as plain text`, error),
  );
}

/** Highlights every fenced block of rendered Markdown (`<pre><code class="language-…">`). */
export function highlightBlocksIn(root: ParentNode, stillWanted: () => boolean): void {
  for (const code of root.querySelectorAll<HTMLElement>("pre > code[class^='language-']")) {
    highlightCode(code, code.className.slice("language-".length), stillWanted);
  }
}

const THEMES = new Set(["system", "github", "githubDark", "atomOneLight", "atomOneDark", "monokai"]);

/** `codeTheme` as a class on the element that holds the code (the highlighter's sheet styles it). */
export function setCodeTheme(element: HTMLElement, value: JsonValue | null): void {
  for (const name of THEMES) element.classList.toggle(`weft-code-theme--${name}`, name === value);
}
