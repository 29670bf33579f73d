/**
 * The public API, pinned: adding or removing a runtime export of `src/index.ts` must be a
 * deliberate change to this list (types are erased at runtime and not listed).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as weft from "../src/index.js";

const EXPECTED = [
  "AppError",
  "ButtonBase",
  "Checkbox",
  "Column",
  "Container",
  "Control",
  "ControlError",
  "ElevatedButton",
  "ErrorCode",
  "FilledButton",
  "Flex",
  "IconButton",
  "OutlinedButton",
  "Page",
  "Row",
  "Text",
  "TextButton",
  "TextField",
  "UserControl",
  "WeftError",
  "app",
  "appAsync",
  "defineControl",
  "sleep",
];

test("src/index.ts exports exactly the pinned runtime names", () => {
  assert.deepEqual(Object.keys(weft).sort(), EXPECTED);
});
