/**
 * Syntax highlighting on first use, for `Markdown`'s fenced code and `CodeBlock`: a page with no
 * code loads none of it. The CodeBlock renderer with the highlighter (`./controls/code-block.ts`
 * and `./code-highlight.ts`, highlight.js's core and the colours) is one chunk, and each
 * language's grammar one more, fetched together in one wave the first time a block of that
 * language shows; later blocks pay nothing. This module stays in weft.js because lazy chunks may
 * not `import()` (decision 0010): it loads the grammars and hands the highlighter its loader.
 * Any name that is not one of `./code-grammars.ts`'s languages, or none, shows as plain text.
 */
import type { JsonValue } from "../protocol/index.js";
import type { LanguageFn } from "highlight.js";
import { grammarModule } from "./code-grammar-files.js";
import { grammarName } from "./code-grammars.js";
import { ClientCode, reportError } from "./diagnostics.js";

type CodeBlocks = typeof import("./controls/code-block.js");

let codeBlocks: Promise<CodeBlocks> | undefined;
const grammars = new Map<string, Promise<LanguageFn>>();

/** A grammar (by its name, as `grammarName` gives it), loaded once; a failed load is tried again next time. */
function loadGrammar(grammar: string): Promise<LanguageFn> {
  let language = grammars.get(grammar);
  if (!language) {
    language = (import(grammarModule(grammar)) as Promise<{ default: LanguageFn }>).then((m) => m.default);
    language.catch(() => grammars.delete(grammar));
    grammars.set(grammar, language);
  }
  return language;
}

/**
 * The CodeBlock renderer's chunk, with the highlighter, loaded once (a failed load is tried again
 * next time); before anything uses it, it is handed the grammar loader, which it cannot have itself.
 */
export function loadCodeBlocks(): Promise<CodeBlocks> {
  codeBlocks ??= import("./controls/code-block.js").then(
    (module) => {
      module.useGrammars(loadGrammar);
      return module;
    },
    (error: unknown) => {
      codeBlocks = undefined;
      throw error;
    },
  );
  return codeBlocks;
}

/** Starts loading the highlighter and the grammar of `language`, if it has one (a prefetch: failures are left to the render). */
export function prefetchGrammar(language: JsonValue | undefined): void {
  const grammar = typeof language === "string" ? grammarName(language) : undefined;
  if (!grammar) return;
  loadCodeBlocks().catch(() => {});
  loadGrammar(grammar).catch(() => {});
}

/** The language of each fenced block of a Markdown source (```` ```ts ````, `~~~ python`). */
const FENCE_LANGUAGE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*([^\s`{]+)/gm;

/** Starts loading the grammars a Markdown source's fenced blocks name, before it is parsed. */
export function prefetchFencedGrammars(source: JsonValue | undefined): void {
  if (typeof source !== "string" || !source.includes("``") && !source.includes("~~")) return;
  for (const [, language] of source.matchAll(FENCE_LANGUAGE)) prefetchGrammar(language);
}

/**
 * Marks every fenced block of rendered Markdown (`<pre><code class="language-…">`) with its
 * grammar (`data-language`, `plaintext` for none) and, when one has a grammar, highlights them
 * once the highlighter has loaded.
 */
export function highlightBlocksIn(root: ParentNode, stillWanted: () => boolean): void {
  let highlighted = false;
  for (const code of root.querySelectorAll<HTMLElement>("pre > code[class^='language-']")) {
    const grammar = grammarName(code.className.slice("language-".length));
    code.dataset.language = grammar ?? "plaintext";
    highlighted ||= grammar !== undefined;
  }
  if (!highlighted) return;
  loadCodeBlocks().then(
    (module) => {
      if (stillWanted()) module.highlightBlocksIn(root, stillWanted);
    },
    (error: unknown) => reportError(ClientCode.libraryLoad, "the highlighter could not load; showing the code as plain text", error),
  );
}
