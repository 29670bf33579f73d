import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeClientFrame, decodeServerFrame, encodeFrame, utf8Length } from "../../src/protocol/index.js";

const cases: Array<[unknown, string]> = [
  ["not json", "protocol.bad-json"],
  ["{}", "protocol.bad-frame"],
  ['["event"]', "protocol.bad-frame"],
  ['["event", 1]', "protocol.bad-frame"],
  ['[1, {}]', "protocol.bad-frame"],
  ['["event", {}, 3]', "protocol.bad-frame"],
  ['["launch", {}]', "protocol.unknown-action"],
  ['["event", {"seq": 1, "id": "5", "name": "click"}]', "protocol.bad-body"],
  ['["event", {"seq": -1, "id": 5, "name": "click"}]', "protocol.bad-body"],
  ['["event", {"seq": 1, "id": 5, "name": ""}]', "protocol.bad-body"],
  ['["event", {"seq": 1.5, "id": 5, "name": "click"}]', "protocol.bad-body"],
  [`["event", {"seq": 1, "id": 5, "name": "${"x".repeat(65)}"}]`, "protocol.bad-body"],
  ['["hello", {"v": 1, "width": "wide", "height": 1, "route": "/"}]', "protocol.bad-body"],
  ['["hello", {"v": 1, "width": 1, "height": 1, "route": 7}]', "protocol.bad-body"],
  ['["ack", {"seq": "1"}]', "protocol.bad-body"],
  [`["event", {"seq": 1, "id": 5, "name": "change", "data": "${"é".repeat(40_000)}"}]`, "protocol.frame-too-large"],
  [new Uint8Array([1, 2]), "protocol.bad-frame"],
  [null, "protocol.bad-frame"],
];

test("malformed client frames are rejected with a coded error, never a throw", () => {
  for (const [input, code] of cases) {
    const decoded = decodeClientFrame(input);
    assert.equal(decoded.ok, false, `accepted ${String(input).slice(0, 60)}`);
    if (!decoded.ok) {
      assert.equal(decoded.code, code, `${String(input).slice(0, 60)}: ${decoded.message}`);
      assert.ok(decoded.message.length > 0);
    }
  }
});

test("valid client frames decode to typed tuples", () => {
  const event = decodeClientFrame('["event", {"seq": 3, "id": 5, "name": "change", "data": "hi"}]');
  assert.deepEqual(event, { ok: true, frame: ["event", { seq: 3, id: 5, name: "change", data: "hi" }] });
  const hello = decodeClientFrame(encodeFrame(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
  assert.equal(hello.ok && hello.frame[0], "hello");
});

test("the frame size limit counts UTF-8 bytes and can be set", () => {
  assert.equal(utf8Length("aé€😀"), 1 + 2 + 3 + 4);
  const frame = encodeFrame(["event", { seq: 1, id: 1, name: "change", data: "x".repeat(2000) }]);
  assert.equal(decodeClientFrame(frame, { maxFrameBytes: 1024 }).ok, false);
  assert.equal(decodeClientFrame(frame, { maxFrameBytes: 4096 }).ok, true);
});

test("__proto__ in a frame stays plain data", () => {
  const decoded = decodeClientFrame('["event", {"seq": 1, "id": 5, "name": "change", "data": {"__proto__": {"polluted": true}}}]');
  assert.equal(decoded.ok, true);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test("server frames: the envelope is checked", () => {
  assert.equal(decodeServerFrame('["patch", {"seq": 1, "ops": []}]').ok, true);
  assert.equal(decodeServerFrame('["shout", {}]').ok, false);
});
