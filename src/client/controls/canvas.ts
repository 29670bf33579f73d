/**
 * `canvas`: a `<canvas>` drawn from the shapes it holds (hidden parts, `canvas-shapes.ts`), with
 * the gestures of a gesture detector on it and its `content` laid over it. It imports its drawing
 * (`../canvas-draw.ts`), which makes it a lazy renderer: its code loads when a canvas first shows,
 * and a page without one carries none of it. A change to the shapes
 * asks for one draw in the next animation frame: shapes only appended since the last draw are
 * drawn over it, any other change (a set prop, a removal, a resize, the theme) redraws them all.
 */
import { EventName } from "../../protocol/index.js";
import { attr, h, str } from "../dom.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";
import { drawCanvas } from "../canvas-draw.js";
import { gestureBox, gestureSetters } from "./gesture-detector.js";


interface CanvasView extends SlottedView {
  readonly surface: HTMLCanvasElement;
  destroy(): void;
}

/** Whether every change in `records` appended shapes at the end of `holder`. */
function onlyAppended(records: readonly MutationRecord[], holder: HTMLElement): boolean {
  return records.every((r) => r.type === "childList" && r.target === holder && r.removedNodes.length === 0 && r.nextSibling === null);
}

function create(ctx: RenderContext): CanvasView {
  const box = gestureBox(ctx, "weft-canvas");
  const element = box.element;
  const surface = h("canvas", "weft-canvas__surface");
  const shapes = h("div", "weft-canvas__shapes");
  shapes.hidden = true;
  const content = h("div", "weft-canvas__content");
  element.append(surface, shapes, content);
  surface.setAttribute("aria-hidden", "true");

  const images = new Map<string, HTMLImageElement>();
  let drawn = 0;
  let full = true;
  let frame = 0;
  let gone = false;
  const target = { surface, shapes, images, loaded: () => redraw(true) };

  function draw(): void {
    frame = 0;
    if (gone) return;
    drawn = drawCanvas(target, full ? 0 : drawn);
    full = false;
  }
  function redraw(all: boolean): void {
    full ||= all;
    if (!frame && !gone) frame = requestAnimationFrame(draw);
  }

  const changes = new MutationObserver((records) => redraw(!onlyAppended(records, shapes)));
  changes.observe(shapes, { childList: true, subtree: true, attributes: true });
  const theme = new MutationObserver(() => redraw(true));
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ["class", "style"] });
  // The backing store follows the box in device pixels, so lines stay sharp on any screen.
  const size = new ResizeObserver(function resized() {
    const width = surface.clientWidth;
    const height = surface.clientHeight;
    const scale = window.devicePixelRatio || 1;
    surface.width = Math.round(width * scale);
    surface.height = Math.round(height * scale);
    ctx.fire(EventName.resize, { width, height });
    redraw(true);
  });
  size.observe(surface);
  redraw(true);

  return {
    element,
    surface,
    slot: (name) => (name === "shapes" ? shapes : name === "content" ? content : undefined),
    destroy() {
      gone = true;
      if (frame) cancelAnimationFrame(frame);
      changes.disconnect();
      theme.disconnect();
      size.disconnect();
      box.destroy();
    },
  };
}

/** The canvas's accessible name: with one it is an image of that name, without it is hidden from screen readers. */
const label: PropSetter<CanvasView> = ({ surface }, value) => {
  const text = str(value);
  attr(surface, "role", text ? "img" : null);
  attr(surface, "aria-label", text || null);
  attr(surface, "aria-hidden", text ? null : "true");
};

export const canvas = defineRenderer("canvas", {
  create,
  props: { ...gestureSetters, semanticsLabel: label },
});
