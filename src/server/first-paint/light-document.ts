/**
 * The document and window of the first paint's light DOM (decision 0047): what the renderers
 * reach through `document` (creating nodes, the head's title and description) and the DOM
 * classes they test with `instanceof`, as the globals `browser-globals.ts` installs for a render.
 */
import { DOCUMENT_NODE, LightFragment, LightNode, LightParent, LightText } from "./light-node.js";
import { LightElement } from "./light-element.js";
import { unsupported } from "./light-strict.js";

/** The one selector shape a renderer asks the document for (`meta[name="description"]`). */
const TAG_WITH_ATTRIBUTE = /^([a-z]+)\[([a-z-]+)="([^"]*)"\]$/;

export class LightDocument extends LightParent {
  get nodeType(): number {
    return DOCUMENT_NODE;
  }
  readonly documentElement = new LightElement("html");
  readonly head = new LightElement("head");
  readonly body = new LightElement("body");
  readonly activeElement = null;
  title = "";

  constructor() {
    super();
    this.appendChild(this.documentElement);
    this.documentElement.append(this.head, this.body);
  }

  createElement(tag: string): LightElement {
    return new LightElement(String(tag).toLowerCase());
  }

  createTextNode(data: string): LightText {
    return new LightText(String(data));
  }

  createDocumentFragment(): LightFragment {
    return new LightFragment();
  }

  addEventListener(): void {}
  removeEventListener(): void {}

  /** Finds `tag[attribute="value"]`, the one selector renderers ask a document for; any other throws. */
  querySelector(selector: string): LightElement | null {
    const match = TAG_WITH_ATTRIBUTE.exec(selector);
    if (!match) return unsupported(this, `querySelector("${selector}")`);
    const [, tag, attribute, value] = match;
    const stack: LightNode[] = [this.documentElement];
    while (stack.length) {
      const node = stack.pop()!;
      if (!(node instanceof LightElement)) continue;
      if (node.localName === tag && node.getAttribute(attribute!) === value) return node;
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
    return null;
  }
}

/** A DOM class for `instanceof` only: a light element of one of `tags`. */
function elementClass(...tags: string[]): unknown {
  return { [Symbol.hasInstance]: (value: unknown) => value instanceof LightElement && tags.includes(value.localName) };
}

/** Classes of nodes the light DOM never makes (SVG, comments, shadow roots): nothing is an instance. */
const NOTHING = { [Symbol.hasInstance]: () => false };

/** The window-side names `browserGlobals` takes from a DOM, here for a light document. */
export function lightWindow(document: LightDocument): Record<string, unknown> {
  const window: Record<string, unknown> = {
    document,
    Node: LightNode,
    Element: LightElement,
    HTMLElement: LightElement,
    Text: LightText,
    DocumentFragment: LightFragment,
    SVGElement: NOTHING,
    Comment: NOTHING,
    ShadowRoot: NOTHING,
    Event,
    CustomEvent,
    HTMLAnchorElement: elementClass("a"),
    HTMLButtonElement: elementClass("button"),
    HTMLInputElement: elementClass("input"),
    HTMLTextAreaElement: elementClass("textarea"),
    HTMLSelectElement: elementClass("select"),
    HTMLImageElement: elementClass("img"),
    HTMLTemplateElement: elementClass("template"),
    HTMLDivElement: elementClass("div"),
    HTMLSpanElement: elementClass("span"),
  };
  window.window = window;
  return window;
}
