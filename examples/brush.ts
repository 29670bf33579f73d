/**
 * Brush: Flet's canvas "brush" example, ported. A drag over the board is a `GestureDetector`'s pan;
 * each update appends one `canvas.Line` from the last point to the pointer (one `insert` op),
 * and the browser draws just that line over the board. Pick an ink, or clear the board.
 */
import { app, Canvas, canvas, Colors, Container, ElevatedButton, GestureDetector, Row, SegmentedButton, Segment, type Page } from "../src/index.js";

const INKS: Record<string, string> = { Ink: Colors.BLACK, Primary: "primary", Red: Colors.RED_700 };

export async function main(page: Page) {
  page.title = "Weft brush";
  page.horizontalAlignment = "stretch";
  let x = 0;
  let y = 0;
  let ink = INKS.Ink!;
  const background = new canvas.Fill({
    paint: { gradient: { type: "linear", begin: [0, 0], end: [600, 600], colors: [Colors.CYAN_50, Colors.GREY] } },
  });
  const board = new Canvas([background], {
    semanticsLabel: "A drawing board: drag on it to draw",
    height: 420,
    content: new GestureDetector({
      dragInterval: 10,
      mouseCursor: "crosshair",
      onPanStart: (e) => {
        x = e.data.localX;
        y = e.data.localY;
      },
      onPanUpdate: async (e) => {
        board.shapes.push(new canvas.Line(x, y, e.data.localX, e.data.localY, { paint: { strokeWidth: 3, strokeCap: "round", color: ink } }));
        x = e.data.localX;
        y = e.data.localY;
        await board.update();
      },
    }),
  });
  const inks = new SegmentedButton(Object.keys(INKS).map((name) => new Segment(name, { label: name })), {
    selected: ["Ink"],
    onChange: (e) => void (ink = INKS[e.control.selected[0] ?? "Ink"] ?? ink),
  });
  const clear = new ElevatedButton("Clear", {
    icon: "delete_outline",
    onClick: async () => {
      board.shapes = [background];
      await board.update();
    },
  });
  await page.add(new Row([inks, clear], { spacing: 16 }), new Container(board, { borderRadius: 5 }));
}

app(main);
