/**
 * Every public option has JSDoc on hover: the TypeScript checker reads every property of every
 * exported `…Options` type of `src/index.ts` (the option bags of all controls, `app()`'s options,
 * the pub/sub, storage and upload options) and finds its documentation comment, as an editor does.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import ts from "typescript";

const ROOT = join(import.meta.dirname, "..");

test("every property of every exported …Options type has a documentation comment", () => {
  const entry = join(ROOT, "src", "index.ts");
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ["source"],
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const missing: string[] = [];
  let checked = 0;
  for (const exported of checker.getExportsOfModule(module)) {
    if (!exported.name.endsWith("Options")) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
      checked++;
      if (ts.displayPartsToString(property.getDocumentationComment(checker)).trim() === "") missing.push(`${exported.name}.${property.name}`);
    }
  }
  assert.ok(checked > 1000, `the checker saw the option bags (${checked} properties)`);
  assert.deepEqual(missing, [], "options without JSDoc");
});
