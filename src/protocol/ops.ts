/**
 * Patch ops: the per-property, per-child changes a patch frame carries, keyed by control id.
 * A changed `Text.value` is one `set` op naming one property, not a re-sent control.
 */

/** A JSON value as it travels on the wire. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Property values of one control. A new node carries only the props that differ from their
 * defaults (the renderer owns defaults); a `set` carries the new value itself, even when that is
 * the default. `null` means "no value" (a prop whose default is unset, or a tristate checkbox's
 * indeterminate state). Event handlers travel as `true` (someone listens) or `null`.
 */
export type WireProps = Record<string, JsonValue>;

/** A control and its subtree, as sent when it first appears on the page. */
export interface ControlNode {
  /** Session-unique integer id; every later op names the control by it. */
  id: number;
  /** Control type, e.g. `"text"`, `"column"`; selects the client renderer. */
  t: string;
  /** Non-default properties; omitted when all are defaults. */
  p?: WireProps;
  /** Children by slot name (`controls`, `content`, …); omitted when there are none. */
  c?: Record<string, ControlNode[]>;
}

/** Op codes, the first element of every op. */
export const Op = {
  /** `["set", id, props]`: change properties of one control, to the values given. */
  set: "set",
  /**
   * `["insert", parentId, slot, index, ...nodes]`: new subtrees at `index` of a parent's slot,
   * consecutive nodes in one op (adding 10,000 rows repeats no parent, slot or index).
   */
  insert: "insert",
  /** `["move", id, index]`: move an existing child to `index` within its own slot. */
  move: "move",
  /** `["remove", id]`: remove a control and its whole subtree. */
  remove: "remove",
  /** `["clean", parentId, slot]`: remove every child of one slot. */
  clean: "clean",
  /**
   * `["call", callId, id, method, args]`: run a method of one control's renderer on the client
   * (`focus`, `scrollTo`, …); the client answers with a `reply` frame. Ordered with the patches
   * around it, so a `focus` of a new field comes after its insert.
   */
  call: "call",
} as const;
export type Op = (typeof Op)[keyof typeof Op];

export type SetOp = [typeof Op.set, number, WireProps];
export type InsertOp = [typeof Op.insert, number, string, number, ...ControlNode[]];
export type MoveOp = [typeof Op.move, number, number];
export type RemoveOp = [typeof Op.remove, number];
export type CleanOp = [typeof Op.clean, number, string];
export type CallOp = [typeof Op.call, number, number, string, JsonValue[]];
export type PatchOp = SetOp | InsertOp | MoveOp | RemoveOp | CleanOp | CallOp;

/** The id of the client's root, into which the page itself is inserted as the first op. */
export const ROOT_ID = 0;
/** The slot of the root that holds the page. */
export const ROOT_SLOT = "page";
