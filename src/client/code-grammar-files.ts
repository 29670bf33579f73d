/**
 * Where a grammar's module is, for `import()`. Run from sources (the server's first paint, tests
 * in Node) it is highlight.js's own module; the client's build replaces this module with the
 * grammars' chunks (`chunks/<grammar>-<hash>.js`, one hash for them all,
 * `src/server/code-grammar-chunks.ts`), so `weft.js` names each chunk with no table of loaders.
 */
export function grammarModule(grammar: string): string {
  return `highlight.js/lib/languages/${grammar}`;
}
