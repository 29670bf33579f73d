/**
 * The op contract: frame lists that every host of the shared applier (`protocol/tree-applier.ts`)
 * must turn into the same tree. Most are recorded from real sessions (an app run headless over the
 * in-memory transport, its server's patch frames kept as sent); the rest are hand-written ops a
 * real server never sends (an unknown id, a negative index, an id inserted twice), whose
 * outcome is still a rule. `test/browser/ops-hosts.test.ts` replays each into the mirror in Node
 * and into the DOM in Chromium and compares the two.
 */
import { loadExamples } from "../examples/gallery.js";
import { Column, Container, ElevatedButton, Row, SnackBar, Text, type AppMain, type Page } from "../src/index.js";
import type { PatchOp } from "../src/protocol/index.js";
import { MirrorTree, runApp, type MirrorNode, type Pilot } from "../src/testing/index.js";

export interface OpScenario {
  readonly name: string;
  /** The ops of each patch frame, in order. */
  readonly frames: PatchOp[][];
}

/** A tree as a host shows it: ids, types, props, children slot by slot, in order. */
export interface ShownNode {
  id: number;
  type: string;
  props: Record<string, unknown>;
  slots: Record<string, ShownNode[]>;
}

/** What a host ended with after a scenario: the tree, the ids it knows, what it skipped and why. */
export interface ShownTree {
  tree: ShownNode;
  /** Controls findable by id (the root excluded). */
  size: number;
  /** Elements of controls still in the host that belong to no node of the tree (must be 0). */
  strays: number;
  warnings: string[];
}

/** Runs `main`, lets `drive` act on the session, and returns every patch frame the server sent. */
async function record(main: AppMain, drive: (pilot: Pilot) => Promise<void> = async () => {}, options = {}): Promise<PatchOp[][]> {
  const pilot = await runApp(main, options);
  await drive(pilot);
  const frames = pilot.patches.map((p) => structuredClone(p.frame[1].ops));
  await pilot.close();
  return frames;
}

/** Records a session of `count` Texts, the first `inColumn` in a Column that `place` puts on the page; then `change`. */
function columnSession(
  count: number,
  inColumn: number,
  place: (page: Page, column: Column, rows: Text[]) => Promise<void>,
  change: (column: Column, rows: Text[]) => Promise<void>,
): Promise<PatchOp[][]> {
  const rows = Array.from({ length: count }, (_, i) => new Text(`row ${i}`));
  const column = new Column(rows.slice(0, inColumn));
  return record(
    (page) => place(page, column, rows),
    () => change(column, rows),
  );
}

async function listSession(): Promise<PatchOp[][]> {
  return columnSession(
    40,
    30,
    (page, column) => page.add(new Text("title", { size: 20 }), column),
    async (column, rows) => {
      column.controls.splice(10, 0, ...rows.slice(30)); // insert many in the middle
      await column.update();
      rows[3]!.value = "changed";
      rows[4]!.color = "red";
      rows[5]!.visible = false;
      await column.update();
      column.controls.reverse(); // moves, forward and backward
      await column.update();
      const [first] = column.controls.splice(0, 1);
      column.controls.push(first!); // a move to the end
      await column.update();
      column.controls.splice(5, 3); // removes
      await column.update();
      rows[5]!.visible = true; // back to the default
      await column.update();
    },
  );
}

/** A column long enough for the DOM host's group boxes (decision 0056), changed in every way. */
async function longListSession(): Promise<PatchOp[][]> {
  return columnSession(
    700,
    300,
    (page, column, rows) => page.add(column, ...rows.slice(300, 520)),
    async (column, rows) => {
      column.controls.reverse();
      await column.update();
      column.controls.splice(50, 0, ...rows.slice(520)); // many into the first group, which splits
      await column.update();
      column.controls.splice(20, 250); // removes that empty whole groups
      await column.update();
      column.alignment = "spaceBetween"; // back into the column itself
      column.controls.push(new Text("spread"));
      await column.update();
      column.alignment = "center"; // and into groups again
      column.controls.unshift(new Text("first"));
      await column.update();
      rows[400]!.expand = true; // the page: an expanded control needs the page itself
      await rows[400]!.update();
    },
  );
}

async function nestedAndCleanSession(): Promise<PatchOp[][]> {
  let page!: Page;
  return record(
    async (p) => {
      page = p;
      await page.add(new Column([new Row([new Text("a"), new Container(new Text("in a box"), { padding: 4 })]), new ElevatedButton("go", { onClick: () => {} })]));
    },
    async () => {
      await page.open(new SnackBar(new Text("saved")));
      await page.clean(); // the page's controls go; its overlay stays
      await page.add(new Text("after clean"));
    },
  );
}

async function snapshotSession(): Promise<PatchOp[][]> {
  let page!: Page;
  return record(
    async (p) => {
      page = p;
      await page.add(new Text("x".repeat(300)));
    },
    async (pilot) => {
      // A half-open link past the replay bound: the resume gets a snapshot (clean root, insert page).
      await pilot.drop({ silent: true });
      for (let i = 0; i < 5; i++) await page.add(new Text(`lost ${i} ${"y".repeat(200)}`));
      await pilot.reconnect();
    },
    { hub: { maxReplayBytes: 400 } },
  );
}

/** Hand-written edge cases, on top of a page with a column of four Texts (ids 10–13). */
function edgeCases(): OpScenario[] {
  const base: PatchOp[] = [
    ["insert", 0, "page", 0, { id: 1, t: "page", c: { controls: [{ id: 2, t: "column", c: { controls: [10, 11, 12, 13].map((id) => ({ id, t: "text", p: { value: `t${id}` } })) } }] } }],
  ];
  const cases: Array<[string, PatchOp[]]> = [
    ["move to the end, and past it", [["move", 10, 3], ["move", 11, 99]]],
    ["move forward and backward in the same slot", [["move", 10, 2], ["move", 13, 0], ["move", 12, 1]]],
    ["move to a negative index lands first", [["move", 13, -5]]],
    ["insert at a negative index and past the end", [["insert", 2, "controls", -1, { id: 20, t: "text" }], ["insert", 2, "controls", 99, { id: 21, t: "text" }]]],
    ["remove then re-insert the same id", [["remove", 11], ["insert", 2, "controls", 0, { id: 11, t: "text", p: { value: "back" } }]]],
    ["set, move and remove on a removed id are skipped", [["remove", 12], ["set", 12, { value: "ghost" }], ["move", 12, 0], ["remove", 12], ["clean", 12, "controls"]]],
    ["an id inserted twice: the newer wins and outlives the older", [["insert", 2, "controls", 0, { id: 13, t: "text", p: { value: "newer" } }], ["remove", 13], ["set", 13, { value: "gone" }]]],
    ["an id inserted twice elsewhere: cleaning the older's slot keeps the newer", [["insert", 1, "controls", 1, { id: 13, t: "text", p: { value: "newer" } }], ["clean", 2, "controls"], ["set", 13, { value: "kept" }]]],
    ["nested inserts in one op, with nulls in new props", [["insert", 2, "controls", 1, { id: 30, t: "row", c: { controls: [{ id: 31, t: "text", p: { value: "x", color: null } }, { id: 32, t: "column", c: { controls: [{ id: 33, t: "text" }] } }] } }, { id: 34, t: "text" }]]],
    ["children sent to a slot the control lacks are skipped", [["insert", 10, "controls", 0, { id: 40, t: "text" }], ["insert", 2, "nope", 0, { id: 41, t: "text" }], ["insert", 0, "other", 0, { id: 42, t: "text" }]]],
    ["clean of an empty or missing slot, and of the root", [["clean", 10, "controls"], ["clean", 2, "controls"], ["insert", 2, "controls", 0, { id: 50, t: "text" }], ["clean", 0, "page"], ["insert", 0, "page", 0, { id: 60, t: "page" }]]],
    ["remove of the root and an unknown op are skipped", [["remove", 0], ["jump", 1] as unknown as PatchOp, ["set", 10, { value: "still here" }]]],
  ];
  return cases.map(([name, ops]) => ({ name, frames: [structuredClone(base), ops] }));
}

/** Every scenario: recorded sessions first, then the examples' first paints, then the edge cases. */
export async function opScenarios(): Promise<OpScenario[]> {
  const scenarios: OpScenario[] = [
    { name: "a list: insert many, set, move, remove", frames: await listSession() },
    { name: "a long list in groups: inserts, moves, removes, alignment, expand", frames: await longListSession() },
    { name: "nested inserts, an overlay, clean of the page", frames: await nestedAndCleanSession() },
    { name: "snapshot after a resume that could not replay", frames: await snapshotSession() },
  ];
  for (const example of await loadExamples()) scenarios.push({ name: `example ${example.slug}: first paint`, frames: await record(example.main) });
  return [...scenarios, ...edgeCases()];
}

function shownMirror(node: MirrorNode): ShownNode {
  const slots: Record<string, ShownNode[]> = {};
  for (const name in node.slots) slots[name] = node.slots[name]!.map(shownMirror);
  return { id: node.id, type: node.type, props: { ...node.props }, slots };
}

/** Replays a scenario into a fresh mirror. */
export function replayIntoMirror(scenario: OpScenario): ShownTree {
  const mirror = new MirrorTree();
  for (const ops of structuredClone(scenario.frames)) mirror.apply(ops);
  return { tree: shownMirror(mirror.root), size: mirror.size, strays: 0, warnings: [...mirror.warnings] };
}
