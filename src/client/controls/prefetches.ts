/**
 * What the built-in renderers load on first use, fetched as soon as a patch that shows them
 * arrives (`registerPrefetch`), so it travels in the same request wave as the lazy renderers that
 * patch waits for instead of after them (decision 0048). Each goes through the loader its
 * renderer calls, which fetches a module once; a failed prefetch is left to the render to report.
 */
import { prefetchFencedGrammars, prefetchGrammar } from "../code-languages.js";
import { registerPrefetch } from "../registry.js";
import { loadMarkdownRender } from "./markdown.js";

/** Ignores a prefetch's failure: the renderer's own load reports it, and tries again. */
function quietly(loading: Promise<unknown>): void {
  loading.catch(() => {});
}

export function registerBuiltinPrefetches(): void {
  registerPrefetch("markdown", (props) => {
    quietly(loadMarkdownRender());
    prefetchFencedGrammars(props.value);
  });
  registerPrefetch("codeblock", (props) => prefetchGrammar(props.language));
}
