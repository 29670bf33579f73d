/**
 * The canvas on the server: each shape is a child control, so a changed shape is one `set` op and
 * an appended one one `insert`; its gestures arrive with local coordinates and malformed ones are
 * refused; a paint or a path that no browser could draw fails when it is set, with the field named.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Canvas, canvas, ControlError } from "../../src/core/index.js";
import type { ControlEvent, GesturePoint, PanUpdate } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const { Circle, Line, Path, Rect, Points, Fill } = canvas;

function opsAfter(pilot: Awaited<ReturnType<typeof runApp>>, mark: number): unknown[][] {
  return pilot.patches.slice(mark).flatMap((p) => (p.frame[1] as { ops: unknown[][] }).ops);
}

test("changing one shape's prop sends one set op on its id; appending a shape one insert", async () => {
  const circle = new Circle(50, 50, 20, { paint: { color: "primary" } });
  const board = new Canvas([new Fill({ paint: { color: "surface" } }), new Rect(0, 0, 10, 10), circle], { height: 200 });
  const pilot = await runApp((page) => page.add(board));
  let mark = pilot.patches.length;
  const frames = pilot.frames.length;
  circle.radius = 30;
  await circle.update();
  await pilot.settle();
  assert.deepEqual(opsAfter(pilot, mark), [["set", circle.id, { radius: 30 }]]);
  const bytes = pilot.frames.slice(frames).reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(bytes < 64, `one changed shape costs ${bytes} bytes on the wire`);

  mark = pilot.patches.length;
  board.shapes.push(new Line(0, 0, 40, 40, { paint: { strokeWidth: 3 } }));
  await board.update();
  await pilot.settle();
  const ops = opsAfter(pilot, mark);
  assert.equal(ops.length, 1);
  assert.equal(ops[0]![0], "insert");
  assert.deepEqual(pilot.find({ type: Line }).map((n) => n.props), [{ x2: 40, y2: 40, paint: { strokeWidth: 3 } }]);
  await pilot.close();
});

test("taps and pans on the canvas reach its handlers with local coordinates; bad ones are refused", async () => {
  const seen: Array<[string, GesturePoint | PanUpdate]> = [];
  const keep = (name: string) => (e: ControlEvent<Canvas, GesturePoint>) => void seen.push([name, e.data]);
  const pilot = await runApp((page) =>
    page.add(new Canvas([], { onTapDown: keep("tapDown"), onPanStart: keep("panStart"), onPanUpdate: keep("panUpdate"), onPanEnd: keep("panEnd") })),
  );
  const node = pilot.get({ type: Canvas });
  await pilot.fire(node, "tapDown", { localX: 12, localY: 34 });
  await pilot.fire(node, "panStart", { localX: 12, localY: 34 });
  await pilot.fire(node, "panUpdate", { localX: 20, localY: 30, dx: 8, dy: -4 });
  await pilot.fire(node, "panEnd", { localX: 20, localY: 30 });
  await pilot.fire(node, "tapDown", { localX: "12", localY: 34 });
  await pilot.fire(node, "panUpdate", { localX: 20, localY: 30 });
  assert.deepEqual(seen, [
    ["tapDown", { localX: 12, localY: 34 }],
    ["panStart", { localX: 12, localY: 34 }],
    ["panUpdate", { localX: 20, localY: 30, dx: 8, dy: -4 }],
    ["panEnd", { localX: 20, localY: 30 }],
  ]);
  assert.equal(pilot.session.stats.badEventData, 2);
  await pilot.close();
});

test("Flet's forms: positional numbers then options, or every value by name", () => {
  const line = new Line({ x1: 1, y1: 2, x2: 3, y2: 4, paint: { color: "red" } });
  assert.deepEqual([line.x1, line.y1, line.x2, line.y2, line.paint?.color], [1, 2, 3, 4, "red"]);
  const arc = new canvas.Arc(0, 0, 100, 50, 0, Math.PI, { useCenter: true });
  assert.deepEqual([arc.width, arc.height, arc.sweepAngle, arc.useCenter], [100, 50, Math.PI, true]);
  const points = new Points([[0, 0], [5, 5]], "polygon");
  assert.equal(points.pointMode, "polygon");
  const text = new canvas.Text(10, 20, "Hi", { style: { size: 18 } });
  assert.equal(text.value, "Hi");
  const board = new Canvas({ shapes: [line], semanticsLabel: "A line" });
  assert.equal(board.shapes.length, 1);
  assert.deepEqual(new Path([Path.moveTo(0, 0), Path.lineTo(5, 5), Path.close()]).elements, [
    { type: "moveTo", x: 0, y: 0 }, { type: "lineTo", x: 5, y: 5 }, { type: "close" },
  ]);
  assert.throws(() => new Line({ x1: 1 }, 2 as never), /options object first and more arguments/);
});

test("a paint or a path no browser could draw fails when set, naming the field", () => {
  const cases: Array<[() => unknown, RegExp]> = [
    [() => new Circle(0, 0, 5, { paint: { style: "outline" as never } }), /Circle\.paint\.style has no value "outline" \(it takes "fill", "stroke"\)/],
    [() => new Circle(0, 0, 5, { paint: { strokeWidth: -1 } }), /Circle\.paint\.strokeWidth must be a number ≥ 0/],
    [() => new Circle(0, 0, 5, { paint: { colour: "red" } as never }), /Circle\.paint has no field "colour"/],
    [() => new Fill({ paint: { gradient: { type: "linear", begin: [0, 0], colors: ["red", "blue"] } as never } }), /Fill\.paint\.gradient\.end must be a point \[x, y\]/],
    [() => new Fill({ paint: { gradient: { type: "radial", center: [0, 0], radius: 5, colors: ["red"] } } }), /gradient\.colors must be two or more colours/],
    [() => new Points([], "dots" as never), /Points\.pointMode has no value "dots"/],
    [() => Path.lineTo(Number.NaN, 0), /Path\.lineTo: x must be a finite number, got NaN/],
    [() => Path.moveTo("1" as never, 0), /Path\.moveTo: x must be a number, got "1"/],
  ];
  for (const [make, message] of cases) assert.throws(make, (error: unknown) => error instanceof ControlError && message.test(error.message), String(message));
});
