/**
 * highlight.js ships its core as CommonJS only (`es/core.js` re-exports `lib/core.js`). Bundled
 * as it is, the highlighter's chunk needs esbuild's CommonJS helpers, which esbuild then puts in
 * a shared chunk that `weft.js` imports at start: one more request on every page (issue 6), for
 * code no page without code runs. The core assigns its one export on its last line, so that line
 * made an ES export turns the file into a module and the helpers go away.
 */
import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";

const LAST_LINE = "module.exports = highlight;";

export const highlightCoreAsEsm: Plugin = {
  name: "weft-highlight-core-esm",
  setup(build) {
    build.onLoad({ filter: /[\\/]highlight\.js[\\/]lib[\\/]core\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(LAST_LINE)) throw new Error(`highlight.js's core changed: ${args.path} no longer ends with "${LAST_LINE}"`);
      return { contents: source.replace(LAST_LINE, "export default highlight;"), loader: "js" };
    });
  },
};
