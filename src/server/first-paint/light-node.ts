/**
 * The tree part of the first paint's light DOM (decision 0047): nodes as plain objects linked to
 * their parent and siblings, with the child-list methods the renderers, the DOM host and the
 * child groups use (`append`, `insertBefore`, `remove`, `replaceChildren`, …). Each is the DOM's
 * behaviour for these arguments (a node inserted elsewhere leaves its old parent, a fragment gives
 * up its children); what is not here throws (light-strict.ts).
 */
import { strict, unsupported } from "./light-strict.js";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** What renderers pass to `append`: nodes, and strings as text. */
export type LightChild = LightNode | string;

export abstract class LightNode {
  // As `Node.TEXT_NODE` and the like: a class's statics do not end in the strict proxy, so they are all here.
  static readonly ELEMENT_NODE = ELEMENT_NODE;
  static readonly TEXT_NODE = TEXT_NODE;
  static readonly COMMENT_NODE = 8;
  static readonly DOCUMENT_NODE = DOCUMENT_NODE;
  static readonly DOCUMENT_FRAGMENT_NODE = DOCUMENT_FRAGMENT_NODE;
  parentNode: LightParent | null = null;
  nextSibling: LightNode | null = null;
  previousSibling: LightNode | null = null;
  /** On the prototype (a getter), not on each of a page's many nodes. */
  abstract get nodeType(): number;
  abstract get textContent(): string;

  get parentElement(): LightParent | null {
    return this.parentNode?.nodeType === ELEMENT_NODE ? this.parentNode : null;
  }

  get isConnected(): boolean {
    let node: LightNode | null = this;
    while (node.parentNode) node = node.parentNode;
    return node.nodeType === DOCUMENT_NODE;
  }

  get nextElementSibling(): LightParent | null {
    let node = this.nextSibling;
    while (node && node.nodeType !== ELEMENT_NODE) node = node.nextSibling;
    return node as LightParent | null;
  }

  get previousElementSibling(): LightParent | null {
    let node = this.previousSibling;
    while (node && node.nodeType !== ELEMENT_NODE) node = node.previousSibling;
    return node as LightParent | null;
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }

  after(...nodes: LightChild[]): void {
    const parent = this.parentNode;
    const next = this.nextSibling;
    if (parent) for (const node of nodes) parent.insertBefore(parent.nodeOf(node), next);
  }
}
strict(LightNode.prototype);

/** A text node: its data, escaped when it is written out. */
export class LightText extends LightNode {
  data: string;

  constructor(data: string) {
    super();
    this.data = data;
  }

  get nodeType(): number {
    return TEXT_NODE;
  }

  get textContent(): string {
    return this.data;
  }
  set textContent(value: string) {
    this.data = String(value);
  }
  get nodeValue(): string {
    return this.data;
  }
  set nodeValue(value: string) {
    this.data = String(value);
  }
}

/** What holds children: an element, a fragment, the document. */
export abstract class LightParent extends LightNode {
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;

  /** A string as a text node; a node as it is. */
  nodeOf(child: LightChild): LightNode {
    return typeof child === "string" ? new LightText(child) : child;
  }

  get textContent(): string {
    let text = "";
    for (let node = this.firstChild; node; node = node.nextSibling) text += node.textContent;
    return text;
  }
  set textContent(value: string | null) {
    this.replaceChildren();
    if (value !== null && value !== undefined && value !== "") this.appendChild(new LightText(String(value)));
  }

  get childNodes(): LightNode[] {
    const nodes: LightNode[] = [];
    for (let node = this.firstChild; node; node = node.nextSibling) nodes.push(node);
    return nodes;
  }

  get children(): LightParent[] {
    const elements: LightParent[] = [];
    for (let node = this.firstElementChild; node; node = node.nextElementSibling) elements.push(node);
    return elements;
  }

  get firstElementChild(): LightParent | null {
    const first = this.firstChild;
    return first === null || first.nodeType === ELEMENT_NODE ? (first as LightParent | null) : first.nextElementSibling;
  }

  get lastElementChild(): LightParent | null {
    const last = this.lastChild;
    return last === null || last.nodeType === ELEMENT_NODE ? (last as LightParent | null) : last.previousElementSibling;
  }

  get childElementCount(): number {
    let count = 0;
    for (let node = this.firstChild; node; node = node.nextSibling) if (node.nodeType === ELEMENT_NODE) count++;
    return count;
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  contains(other: LightNode | null): boolean {
    for (let node = other; node; node = node.parentNode) if (node === this) return true;
    return false;
  }

  appendChild<T extends LightNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  append(...nodes: LightChild[]): void {
    for (const node of nodes) this.insertBefore(this.nodeOf(node), null);
  }

  prepend(...nodes: LightChild[]): void {
    const first = this.firstChild;
    for (const node of nodes) this.insertBefore(this.nodeOf(node), first);
  }

  replaceChildren(...nodes: LightChild[]): void {
    while (this.lastChild) this.removeChild(this.lastChild);
    this.append(...nodes);
  }

  /** Inserts `node` (a fragment: its children) before `before`, a child of this, or at the end for null. */
  insertBefore<T extends LightNode>(node: T, before: LightNode | null): T {
    if (before !== null && before.parentNode !== this) unsupported(this, "insertBefore with a reference node that is not its child");
    if (node.nodeType === DOCUMENT_FRAGMENT_NODE) {
      const fragment = node as unknown as LightParent;
      while (fragment.firstChild) this.insertBefore(fragment.firstChild, before);
      return node;
    }
    if (node === before) return node;
    if (node instanceof LightParent && node.contains(this)) unsupported(this, "insertion of a node into itself");
    node.parentNode?.removeChild(node);
    const previous = before === null ? this.lastChild : before.previousSibling;
    node.parentNode = this;
    node.previousSibling = previous;
    node.nextSibling = before;
    if (previous) previous.nextSibling = node;
    else this.firstChild = node;
    if (before) before.previousSibling = node;
    else this.lastChild = node;
    return node;
  }

  removeChild<T extends LightNode>(node: T): T {
    if (node.parentNode !== this) unsupported(this, "removeChild of a node that is not its child");
    const { previousSibling: previous, nextSibling: next } = node;
    if (previous) previous.nextSibling = next;
    else this.firstChild = next;
    if (next) next.previousSibling = previous;
    else this.lastChild = previous;
    node.parentNode = node.nextSibling = node.previousSibling = null;
    return node;
  }
}

/** A fragment: children that move together into the parent it is inserted into. */
export class LightFragment extends LightParent {
  get nodeType(): number {
    return DOCUMENT_FRAGMENT_NODE;
  }
}
