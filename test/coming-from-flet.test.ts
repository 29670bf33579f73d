/**
 * docs/coming-from-flet.md keeps up with the code: every control Weft exports is named in its
 * table of controls, and every name the table gives as Weft's is really exported.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as weft from "../src/index.js";

const doc = readFileSync(new URL("../docs/coming-from-flet.md", import.meta.url), "utf8");
const controlsTable = doc.slice(doc.indexOf("## Controls"), doc.indexOf("## What TypeScript catches"));

/** The concrete control classes Weft exports (not the abstract bases apps do not construct). */
const BASES = new Set(["Control", "ButtonBase", "DestinationBase", "Flex", "MediaBase", "OverlayBase", "ScrollableList", "Page"]);
const controls = Object.entries(weft)
  .filter(([name, value]) => typeof value === "function" && value.prototype instanceof weft.Control && !BASES.has(name))
  .map(([name]) => name);

/** The names in the table's Weft column (the second), in backticks. */
function weftColumn(): Set<string> {
  const names = new Set<string>();
  for (const line of controlsTable.split("\n")) {
    const cells = line.split("|");
    if (cells.length < 4 || line.startsWith("|---")) continue;
    for (const match of cells[2]!.matchAll(/`(\w+)`/g)) names.add(match[1]!);
    if (cells[2]!.includes("the same")) for (const match of cells[1]!.matchAll(/`(\w+)`/g)) names.add(match[1]!);
  }
  return names;
}

test("every exported control is in the table of docs/coming-from-flet.md", () => {
  assert.ok(controls.length > 50, `${controls.length} controls found`);
  const listed = weftColumn();
  assert.deepEqual(controls.filter((name) => !listed.has(name)), []);
});

test("every Weft name in that table is exported", () => {
  const missing = [...weftColumn()].filter((name) => name !== "Weft" && !(name in weft));
  assert.deepEqual(missing, []);
});
