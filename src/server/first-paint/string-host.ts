/**
 * The string host of the first paint (issue 21): the client's own renderer declarations
 * (`client/controls/*`, applied by `client/dom-tree.ts` and `dom-host.ts`) run on the server
 * against a DOM (paint-dom.ts: the light DOM of plain objects when every control on the page is of
 * a type checked against it, else `linkedom`), and the result is read back as HTML. There is no second copy of
 * any renderer: what the page shows before `weft.js` runs is what the client would have built
 * from the same patches. Each control's element carries its id (`data-weft-id`) so the client
 * can tell which control a server node stands for.
 */
import { ROOT_ID, type PatchOp } from "../../protocol/index.js";
import type { ClientNode, EventSink } from "../../client/client-node.js";
import { registerBuiltinRenderers } from "../../client/controls/index.js";
import { loadMarkdownRenderer } from "../../client/controls/markdown.js";
import { DomTree } from "../../client/dom-tree.js";
import { CONTROL_ID_ATTRIBUTE, STYLE_ATTRIBUTE, WAITS_ATTRIBUTE } from "../../client/first-paint.js";
import { loadRenderers } from "../../client/registry.js";
import { browserGlobals } from "./browser-globals.js";
import { LightDomError, takeLightDomMiss } from "./light-strict.js";
import { fitsLightDom, lightDom, linkedomDom, type PaintDom } from "./paint-dom.js";
import { markShownValue, SHOWN_VALUE_RULES } from "./shown-values.js";

export { CONTROL_ID_ATTRIBUTE, STYLE_ATTRIBUTE, WAITS_ATTRIBUTE };

/** What the first paint renders into the page. */
export interface RenderedPaint {
  /** The root's inner HTML: the page's controls, each element marked with its control id. */
  html: string;
  /**
   * The elements' own styles as one stylesheet, a rule per distinct style. The page's policy
   * allows no `style` attribute (`style-src 'self'`), so the renderers' styles, which the client
   * sets through the CSSOM, reach the markup as rules that the page allows by their hash.
   */
  css: string;
  /** How many controls it shows (the root excluded). */
  controls: number;
}

/** The server takes no events: a first paint is markup only, until the client adopts it. */
const NO_EVENTS: EventSink = {
  event() {},
  valueChanged() {},
  commit() {},
};

let registered = false;

/**
 * What takes input, and so needs the server: disabled (to assistive tech, and dimmed) until the
 * client is live. The elements `button, input, textarea, select, [tabindex]` match, tested by
 * name: linkedom compiles a selector anew for each `matches` call, which took most of a 10,000-Text
 * page's render.
 */
const INTERACTIVE_ELEMENTS: ReadonlySet<string> = new Set(["button", "input", "textarea", "select"]);

function waitsForClient(element: Element): boolean {
  return element.localName.startsWith("md-") || INTERACTIVE_ELEMENTS.has(element.localName) || element.hasAttribute("tabindex");
}

/**
 * Rules of every first-painted page: what waits for the client looks disabled; a Material widget
 * whose code has not arrived takes the box it will have (no layout shift when it upgrades).
 */
const FIRST_PAINT_RULES = [
  `[${WAITS_ATTRIBUTE}]{opacity:.6 !important;cursor:progress !important}`,
  // The boxes @material/web gives these (measured in Chromium with weft.css), until their code defines them.
  ...SHOWN_VALUE_RULES,
  "md-checkbox:not(:defined){display:inline-flex;width:18px;height:18px;margin:11px}",
  "md-radio:not(:defined){display:inline-flex;width:20px;height:20px;margin:10px}",
  "md-switch:not(:defined){display:inline-flex;width:52px;height:32px}",
  "md-linear-progress:not(:defined){display:block;height:4px}",
  "md-circular-progress:not(:defined){display:block;width:48px;height:48px}",
  "md-icon-button:not(:defined){display:inline-flex;width:40px;height:40px}",
  "md-fab:not(:defined){display:inline-flex;width:56px;height:56px}",
  "md-fab[size=small]:not(:defined){width:40px;height:40px}",
  "md-select-option:not(:defined){display:none}",
].join("\n") + "\n";

/** The distinct styles met so far, each with the number of its rule. */
type StyleRules = Map<string, number>;

/**
 * One walk over every element under `root` (an explicit stack of siblings: a page may be deep)
 * in document order, for what the markup needs beyond the renderers' output: what takes input (and the Material
 * widgets, which all do) is marked as waiting for the client, and each `style` attribute moves
 * into a rule (`styleRule`). linkedom's `querySelectorAll` walks the whole tree per call, so a
 * walk per concern cost one full walk each.
 */
function markElements(root: HTMLElement, rules: StyleRules): void {
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length) {
    const element = stack.pop()!;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    if (waitsForClient(element)) {
      element.setAttribute("aria-disabled", "true");
      element.setAttribute(WAITS_ATTRIBUTE, "");
    }
    const style = element.getAttribute("style");
    if (style !== null) styleRule(element, style, rules);
  }
}

/**
 * Moves an element's `style` attribute into a rule: one rule per distinct style (10,000 Texts of
 * one size make one rule), named on the element by `data-weft-style`.
 */
function styleRule(element: Element, text: string, rules: StyleRules): void {
  element.removeAttribute("style");
  // linkedom keeps a declaration set to "" as `name:`; a browser (and the light DOM) drops it.
  const style = text.split(";").filter((declaration) => /:\s*\S/.test(declaration)).join(";");
  if (!style) return;
  let index = rules.get(style);
  if (index === undefined) rules.set(style, (index = rules.size));
  element.setAttribute(STYLE_ATTRIBUTE, String(index));
}

/** The rules as a stylesheet, each declaration `!important` so that, like the inline style it stands for, it wins over the stylesheet's rules. */
function styleSheet(rules: StyleRules): string {
  let css = "";
  for (const [style, index] of rules) {
    const declarations = style.split(";").filter((d) => d.trim()).map((d) => `${d.trim()} !important`);
    // `<` cannot appear in a value the renderers set, but the text ends up in a <style> element.
    css += `[${STYLE_ATTRIBUTE}="${index}"]{${declarations.join(";").replace(/</g, "\\3c ")}}\n`;
  }
  return css;
}

/**
 * One walk over the controls, depth first (an explicit stack: a page may be deep): each control's
 * element gets its id, and a widget whose value its code would show gets it written on
 * (shown-values.ts).
 */
function markControls(root: ClientNode): void {
  const stack: ClientNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const slot in node.slots) for (const child of node.slots[slot]!) stack.push(child);
    if (node.id === ROOT_ID) continue;
    node.view.element.setAttribute(CONTROL_ID_ATTRIBUTE, String(node.id));
    markShownValue(node);
  }
}

/** Registers the renderers and loads those the patches need (outside the fake globals). */
async function prepare(patches: readonly (readonly PatchOp[])[]): Promise<void> {
  if (!registered) {
    registerBuiltinRenderers();
    registered = true;
  }
  // Lazy renderers (the @material/web widgets) are imported here, outside the fake globals.
  await loadRenderers(new Set(patches.flatMap((ops) => [...DomTree.unloadedTypes(ops)])));
  await loadMarkdownRenderer();
}

/** Applies the patches on `dom` and reads the page back: synchronous, so no other code sees the globals. */
function renderOn(dom: PaintDom, patches: readonly (readonly PatchOp[])[], url: string): RenderedPaint {
  const restore = browserGlobals(dom.window, url);
  try {
    const tree = new DomTree(dom.root, NO_EVENTS);
    for (const ops of patches) tree.apply(ops);
    markControls(tree.node(ROOT_ID)!);
    const rules: StyleRules = new Map();
    markElements(dom.root, rules);
    const css = styleSheet(rules) + (tree.size ? FIRST_PAINT_RULES : "");
    return { html: dom.html(), css, controls: tree.size };
  } finally {
    restore();
  }
}

/**
 * Renders on the light DOM, or throws: a `LightDomError` naming what a renderer used that the
 * light DOM lacks, also when the renderer's failure was caught and reported (`DomHost` reports
 * and goes on); and any report at all (a renderer that failed on a missing global). Reports are
 * held while it renders, so a page that falls back to linkedom reports only from there.
 */
export async function renderOnLightDom(patches: readonly (readonly PatchOp[])[], url: string): Promise<RenderedPaint> {
  await prepare(patches);
  const reports: unknown[][] = [];
  const { error, warn } = console;
  console.error = console.warn = (...args: unknown[]) => void reports.push(args);
  takeLightDomMiss();
  try {
    const paint = renderOn(lightDom(), patches, url);
    const miss = takeLightDomMiss();
    if (miss) throw miss;
    if (reports.length) throw new LightDomError(`a renderer reported on the light DOM: ${reports[0]!.map((part) => String((part as Error)?.stack ?? part)).join(" ")}`);
    return paint;
  } finally {
    takeLightDomMiss();
    console.error = error;
    console.warn = warn;
  }
}

/** Renders on linkedom, whatever the page holds. */
export async function renderOnLinkedom(patches: readonly (readonly PatchOp[])[], url: string): Promise<RenderedPaint> {
  await prepare(patches);
  return renderOn(await linkedomDom(), patches, url);
}

/**
 * Renders the patches a session sent so far, in order, to the HTML of its root. `url` is the
 * page's address (the renderers read `location` for routes and links). A page whose every control
 * is of a light DOM type renders on the light DOM, unless a renderer there needs more than it has:
 * then (or on any other failure there), as every other page, on linkedom.
 */
export async function renderPatches(patches: readonly (readonly PatchOp[])[], url: string): Promise<RenderedPaint> {
  if (fitsLightDom(patches)) {
    try {
      return await renderOnLightDom(patches, url);
    } catch {
      // What failed on the light DOM is rendered (and reported, if it fails there too) on linkedom.
    }
  }
  return renderOnLinkedom(patches, url);
}
