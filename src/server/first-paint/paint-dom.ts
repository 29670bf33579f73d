/**
 * The two DOMs the string host can render a first paint on (decision 0047): the light DOM of plain
 * objects (light-*.ts), used when every control type on the page is one whose renderer was checked
 * against it (`LIGHT_DOM_TYPES`), and linkedom for the rest. Each gives the root the page's
 * controls go into, the globals its renderers see, and the root's inner HTML.
 */
import { Op, type ControlNode, type PatchOp } from "../../protocol/index.js";
import { LightDocument, lightWindow } from "./light-document.js";
import { innerHtml } from "./light-html.js";

export interface PaintDom {
  readonly root: HTMLElement;
  readonly window: Readonly<Record<string, unknown>>;
  html(): string;
}

/** linkedom's DOM; linkedom itself is imported by the first page that needs it (150–500 ms on a loaded machine). */
export async function linkedomDom(): Promise<PaintDom> {
  const { parseHTML } = await import("linkedom");
  const { window, document } = parseHTML(`<!doctype html><html><head><title>Weft</title></head><body><div id="weft-root"></div></body></html>`);
  const root = document.getElementById("weft-root") as HTMLElement;
  return { root, window: window as unknown as Record<string, unknown>, html: () => root.innerHTML };
}

export function lightDom(): PaintDom {
  const document = new LightDocument();
  const root = document.createElement("div");
  root.setAttribute("id", "weft-root");
  document.body.append(root);
  return { root: root as unknown as HTMLElement, window: lightWindow(document), html: () => innerHtml(root) };
}

/**
 * The control types whose renderers (with the props common to every control) were rendered on
 * both DOMs and gave the same HTML (test/server/first-paint-light-dom.test.ts). A type is added
 * here only with cases in that test.
 */
export const LIGHT_DOM_TYPES: ReadonlySet<string> = new Set([
  "page", "text", "column", "row", "container", "stack", "icon", "divider", "verticaldivider",
  "elevatedbutton", "filledbutton", "filledtonalbutton", "outlinedbutton", "textbutton",
  "card", "listview", "listtile", "responsiverow", "safearea", "image", "circleavatar",
]);

/** Whether every control the patches insert is of a light DOM type. */
export function fitsLightDom(patches: readonly (readonly PatchOp[])[]): boolean {
  const stack: ControlNode[] = [];
  for (const ops of patches) {
    for (const op of ops) {
      if (op[0] !== Op.insert) continue;
      for (let i = 4; i < op.length; i++) stack.push(op[i] as ControlNode);
    }
  }
  while (stack.length) {
    const node = stack.pop()!;
    if (!LIGHT_DOM_TYPES.has(node.t)) return false;
    for (const slot in node.c) for (const child of node.c[slot]!) stack.push(child);
  }
  return true;
}
