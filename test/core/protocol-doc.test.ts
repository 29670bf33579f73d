import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { ClientAction, CloseCode, DecodeError, Op, ServerAction } from "../../src/protocol/index.js";

const doc = readFileSync(new URL("../../docs/protocol.md", import.meta.url), "utf8");

test("docs/protocol.md names every action, op, rejection code and close code", () => {
  for (const name of [...Object.values(ClientAction), ...Object.values(ServerAction), ...Object.values(Op)]) {
    assert.ok(doc.includes(`\`${name}\``), `docs/protocol.md does not name \`${name}\``);
  }
  for (const code of Object.values(DecodeError)) assert.ok(doc.includes(code), `docs/protocol.md does not name ${code}`);
  for (const code of Object.values(CloseCode)) assert.ok(doc.includes(`\`${code}\``), `docs/protocol.md does not name close code ${code}`);
});

test("docs/protocol.md names every field of every frame body declared in frames.ts", () => {
  const source = readFileSync(new URL("../../src/protocol/frames.ts", import.meta.url), "utf8");
  const fields = new Set<string>();
  for (const [, body] of source.matchAll(/export interface \w+Body \{([^}]*)\}/g)) {
    for (const [, field] of body!.matchAll(/^\s+(\w+)\??:/gm)) fields.add(field!);
  }
  assert.ok(fields.size >= 10, `found only ${fields.size} fields in frames.ts`);
  for (const field of fields) assert.match(doc, new RegExp(`\\b${field}\\b`), `docs/protocol.md does not name field ${field}`);
});
