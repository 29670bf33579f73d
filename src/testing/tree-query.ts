/**
 * Reading the pilot's mirror tree as a person would: the text on a node, finding nodes by type,
 * text or key, a picture of the tree for failure messages, and the server's tree and the mirror's
 * in one shape, to compare the two.
 */
import { specForType, specOfClass, type ControlClass } from "../core/control-spec.js";
import { ID, PROPS, SLOTS, type Control } from "../core/control.js";
import type { MirrorNode, MirrorTree } from "./mirror.js";

export interface Query {
  /** A control class (`Text`) or a wire type (`"text"`). */
  type?: ControlClass | string;
  /** The text a person reads on it: a Text's value, a button's text, a field's label. */
  text?: string | RegExp;
  key?: string;
  /** Search only under this node. */
  within?: MirrorNode;
}

const TEXT_PROPS = ["label", "text", "value", "tooltip"] as const;

/** The text a person reads on a node. */
export function textOf(node: MirrorNode): string {
  for (const name of TEXT_PROPS) {
    const value = node.props[name];
    if (typeof value === "string" && value) return value;
  }
  return "";
}

/** Nodes of `tree` matching a query, in tree order. */
export function findNodes(tree: MirrorTree, query: Query): MirrorNode[] {
  const type = typeof query.type === "function" ? specOfClass(query.type).type : query.type;
  const out: MirrorNode[] = [];
  for (const node of tree.walk(query.within)) {
    if (type !== undefined && node.type !== type) continue;
    if (query.key !== undefined && node.props.key !== query.key) continue;
    if (query.text !== undefined) {
      const text = textOf(node);
      if (typeof query.text === "string" ? text !== query.text : !query.text.test(text)) continue;
    }
    out.push(node);
  }
  return out;
}

export function describeQuery(query: Query): string {
  const parts: string[] = [];
  if (query.type) parts.push(`type ${typeof query.type === "function" ? query.type.name : query.type}`);
  if (query.text !== undefined) parts.push(`text ${String(query.text)}`);
  if (query.key !== undefined) parts.push(`key ${query.key}`);
  return parts.join(", ") || "anything";
}

/** An indented picture of a tree, for failure messages. */
export function dumpTree(node: MirrorNode | undefined, depth = 0): string {
  if (!node) return "(no page)";
  const props = Object.entries(node.props).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ");
  const lines = [`${"  ".repeat(depth)}${node.type}#${node.id}${props ? ` ${props}` : ""}`];
  for (const [slot, children] of Object.entries(node.slots)) {
    for (const child of children) lines.push(`${"  ".repeat(depth + 1)}[${slot}] ${dumpTree(child, depth + 1).trimStart()}`);
  }
  return lines.join("\n");
}

/** The server's tree in the mirror's shape, for comparing the two. */
export function serverTreeOf(control: Control): unknown {
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(control[PROPS])) props[name] = typeof value === "function" ? true : value;
  const slots: Record<string, unknown[]> = {};
  for (const [name, slot] of Object.entries(control[SLOTS] ?? {})) if (slot.items.length) slots[name] = slot.items.map(serverTreeOf);
  return { id: control[ID], props, slots };
}

/** The mirror's tree in the same shape as `serverTreeOf` (props equal to their default left out). */
export function mirrorTreeOf(node: MirrorNode): unknown {
  const slots: Record<string, unknown[]> = {};
  for (const [name, children] of Object.entries(node.slots)) if (children.length) slots[name] = children.map(mirrorTreeOf);
  const defaults = specForType(node.type)?.defaults ?? {};
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.props)) if (!Object.is(value, defaults[name] ?? null)) props[name] = value;
  return { id: node.id, props, slots };
}
