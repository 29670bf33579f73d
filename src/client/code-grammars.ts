/**
 * The languages code blocks are highlighted in: highlight.js's common set (its `lib/common`), each
 * grammar followed by its usual other names (highlight.js's own aliases, the common ones). One
 * string, not a table: `weft.js` carries it so that a patch's code names its grammars before the
 * highlighter arrives (decision 0048), and as text it costs a third of a table's bytes (decision
 * 0060). The build makes one chunk per grammar from the first name of each group
 * (`src/server/code-grammar-chunks.ts`).
 */
export const GRAMMARS =
  "bash sh zsh,c h,cpp cc c++ hpp,csharp cs c#,css,diff patch,go golang,graphql gql,ini toml,java," +
  "javascript js jsx mjs cjs,json jsonc json5,kotlin kt kts,less,lua,makefile mk make,markdown md," +
  "objectivec objc,perl pl,php,python py,r,ruby rb,rust rs,scss,shell console,sql,swift," +
  "typescript ts tsx mts cts,vbnet vb,wasm,xml html xhtml svg,yaml yml";

/** Every grammar's name, in the order of `GRAMMARS`. */
export function grammarNames(): string[] {
  return GRAMMARS.split(",").map((group) => group.split(" ")[0]!);
}

/** A language's grammar name for `name` (`"ts"` → `"typescript"`), or undefined when it has none. */
export function grammarName(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  if (!key) return undefined;
  for (const group of GRAMMARS.split(",")) {
    const names = group.split(" ");
    if (names.includes(key)) return names[0];
  }
  return undefined;
}
