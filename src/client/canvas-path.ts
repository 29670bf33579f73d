/**
 * A canvas `Path`'s elements traced on a 2D context (`moveTo`, `lineTo`, curves, arcs, ovals,
 * rectangles, sub-paths, `close`). The context has no SVG-style arc to a point, so `arcTo` is
 * turned into an ellipse by SVG's endpoint-to-centre conversion (SVG 1.1, appendix F.6.5).
 */
import type { JsonValue } from "../protocol/index.js";

type Element = Record<string, JsonValue | undefined>;

const TAU = Math.PI * 2;

function n(value: JsonValue | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** The signed angle from vector u to vector v. */
function angle(ux: number, uy: number, vx: number, vy: number): number {
  return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
}

/** SVG's `A r r rotation largeArc clockwise x2 y2` from `(x1, y1)`, as an ellipse. */
function arcTo(ctx: CanvasRenderingContext2D, x1: number, y1: number, e: Element, x2: number, y2: number): void {
  let rx = Math.abs(n(e.radius));
  let ry = rx;
  if (rx === 0 || (x1 === x2 && y1 === y2)) return ctx.lineTo(x2, y2);
  const phi = n(e.rotation);
  const clockwise = e.clockwise !== false;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const coef = Math.sqrt(Math.max(0, num / den)) * ((e.largeArc === true) === clockwise ? -1 : 1);
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const start = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let sweep = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!clockwise && sweep > 0) sweep -= TAU;
  else if (clockwise && sweep < 0) sweep += TAU;
  ctx.ellipse(cx, cy, rx, ry, phi, start, start + sweep, !clockwise);
}

/** An ellipse's arc in the box `(x, y, w, h)` as a new figure. */
function ovalArc(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, from: number, sweep: number): void {
  const cx = x + w / 2;
  const cy = y + h / 2;
  ctx.moveTo(cx + (w / 2) * Math.cos(from), cy + (h / 2) * Math.sin(from));
  ctx.ellipse(cx, cy, Math.abs(w / 2), Math.abs(h / 2), 0, from, from + sweep, sweep < 0);
}

/** Traces `elements` (moved by `dx`, `dy`) on `ctx`'s current path; returns the pen's last point. */
export function tracePath(ctx: CanvasRenderingContext2D, elements: JsonValue | undefined, dx = 0, dy = 0, pen: [number, number] = [0, 0]): [number, number] {
  if (!Array.isArray(elements)) return pen;
  let start: [number, number] = pen;
  for (const raw of elements) {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) continue;
    const e = raw as Element;
    const x = n(e.x) + dx;
    const y = n(e.y) + dy;
    switch (e.type) {
      case "moveTo":
        ctx.moveTo(x, y);
        pen = start = [x, y];
        break;
      case "lineTo":
        ctx.lineTo(x, y);
        pen = [x, y];
        break;
      case "quadraticTo":
        ctx.quadraticCurveTo(n(e.cp1x) + dx, n(e.cp1y) + dy, x, y);
        pen = [x, y];
        break;
      case "cubicTo":
        ctx.bezierCurveTo(n(e.cp1x) + dx, n(e.cp1y) + dy, n(e.cp2x) + dx, n(e.cp2y) + dy, x, y);
        pen = [x, y];
        break;
      case "arcTo":
        arcTo(ctx, pen[0], pen[1], e, x, y);
        pen = [x, y];
        break;
      case "arc":
        ovalArc(ctx, x, y, n(e.width), n(e.height), n(e.startAngle), n(e.sweepAngle));
        break;
      case "oval":
        ovalArc(ctx, x, y, n(e.width), n(e.height), 0, TAU);
        break;
      case "rect":
        if (n(e.borderRadius) > 0) ctx.roundRect(x, y, n(e.width), n(e.height), n(e.borderRadius));
        else ctx.rect(x, y, n(e.width), n(e.height));
        break;
      case "subPath":
        pen = tracePath(ctx, e.elements, x, y, pen);
        break;
      case "close":
        ctx.closePath();
        pen = start;
        break;
    }
  }
  return pen;
}
