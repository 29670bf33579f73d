/** GestureDetector and PopupMenuButton through the pilot: what reaches the handlers, what is refused. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Container, GestureDetector, PopupMenuButton, PopupMenuItem, Text } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

test("gestures reach their handlers with their positions and movements", async () => {
  const seen: string[] = [];
  const detector = new GestureDetector(new Container(new Text("Drag me"), { width: 100, height: 100 }), {
    onTap: (e) => void seen.push(`tap ${e.data.localX},${e.data.localY}`),
    onDoubleTap: () => void seen.push("double"),
    onLongPress: () => void seen.push("long"),
    onHover: (e) => void seen.push(`hover ${e.data.type}`),
    onPanStart: (e) => void seen.push(`start ${e.data.localX},${e.data.localY}`),
    onPanUpdate: (e) => void seen.push(`update ${e.data.dx},${e.data.dy}`),
    onPanEnd: () => void seen.push("end"),
  });
  const pilot = await runApp((page) => page.add(detector));
  const node = pilot.get({ type: GestureDetector });
  await pilot.fire(node, "tap", { localX: 5, localY: 6 });
  await pilot.fire(node, "doubleTap", { localX: 5, localY: 6 });
  await pilot.fire(node, "longPress", { localX: 5, localY: 6 });
  await pilot.fire(node, "hover", { type: "enter", localX: 0, localY: 50 });
  await pilot.fire(node, "panStart", { localX: 10, localY: 10 });
  await pilot.fire(node, "panUpdate", { localX: 15, localY: 8, dx: 5, dy: -2 });
  await pilot.fire(node, "panEnd", { localX: 15, localY: 8 });
  await pilot.fire(node, "hover", { type: "exit", localX: 101, localY: 50 });
  assert.deepEqual(seen, ["tap 5,6", "double", "long", "hover enter", "start 10,10", "update 5,-2", "end", "hover exit"]);
  await pilot.close();
});

test("gestures without a position, or with a bad one, are refused", async () => {
  let calls = 0;
  const count = () => void calls++;
  const pilot = await runApp((page) =>
    page.add(new GestureDetector(new Text("x"), { onTap: count, onHover: count, onPanUpdate: count })),
  );
  const node = pilot.get({ type: GestureDetector });
  const bad: Array<[string, unknown]> = [
    ["tap", null],
    ["tap", { localX: "1", localY: 2 }],
    ["tap", { localX: 1e9, localY: 2 }],
    ["hover", { localX: 1, localY: 2 }],
    ["hover", { type: "over", localX: 1, localY: 2 }],
    ["panUpdate", { localX: 1, localY: 2 }],
    ["panUpdate", { localX: 1, localY: 2, dx: null, dy: 1 }],
  ];
  for (const [name, data] of bad) await pilot.fire(node, name, data as never);
  assert.equal(calls, 0);
  assert.equal(pilot.session.stats.badEventData, bad.length);
  await pilot.close();
});

test("a popup menu's items run their onClick; a divider is an item with no text", async () => {
  const picked: string[] = [];
  const menu = new PopupMenuButton(
    [new PopupMenuItem("Rename", { icon: "edit", onClick: (e) => void picked.push(e.control.text) }), new PopupMenuItem(), new PopupMenuItem("Delete", { onClick: (e) => void picked.push(e.control.text) })],
    { tooltip: "More" },
  );
  const pilot = await runApp((page) => page.add(menu));
  assert.deepEqual(pilot.find({ type: PopupMenuItem }).map((n) => n.props.text ?? ""), ["Rename", "", "Delete"]);
  await pilot.click({ type: PopupMenuItem, text: "Delete" });
  await pilot.click({ type: PopupMenuItem, text: "Rename" });
  assert.deepEqual(picked, ["Delete", "Rename"]);
  await pilot.close();
});
