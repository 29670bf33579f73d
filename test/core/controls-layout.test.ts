/**
 * Layout controls through the pilot: what travels for each, state that follows the person before
 * handlers run (tabs, expansion tiles, table rows), refused event data, and the size of the patch
 * that appends one row to a 10,000-row ListView.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  Card,
  Column,
  Container,
  ControlError,
  DataCell,
  DataColumn,
  DataRow,
  DataTable,
  Divider,
  ExpansionTile,
  GridView,
  ListTile,
  ListView,
  ResponsiveRow,
  SafeArea,
  Stack,
  Tab,
  Tabs,
  Text,
  VerticalDivider,
} from "../../src/core/index.js";
import { Op } from "../../src/protocol/index.js";
import { runApp } from "../../src/testing/index.js";

test("common props travel on any control: padding, margin, bgcolor, Stack positions, ResponsiveRow col", async () => {
  const badge = new Text("New", { left: 8, top: 4, bgcolor: "error", padding: { left: 4, right: 4 }, margin: 2 });
  const cell = new Container(new Text("A"), { col: { sm: 6, md: 4 } });
  const pilot = await runApp((page) => page.add(new Stack([new Container(undefined, { width: 100, height: 60 }), badge]), new ResponsiveRow([cell])));
  assert.deepEqual(pilot.get({ type: Text, text: "New" }).props, {
    value: "New",
    left: 8,
    top: 4,
    bgcolor: "error",
    padding: { left: 4, right: 4 },
    margin: 2,
  });
  assert.deepEqual(pilot.get({ type: ResponsiveRow }).slots.controls![0]!.props.col, { sm: 6, md: 4 });
  badge.left = undefined;
  badge.right = 8;
  await pilot.page.update();
  const last = pilot.patches.at(-1)!.frame[1].ops;
  assert.deepEqual(last, [[Op.set, badge.id, { left: null, right: 8 }]], "moving a child is one set op");
  await pilot.close();
});

test("layout containers take their children first and refuse unknown options with a hint", async () => {
  const items = [new Text("a"), new Text("b")];
  assert.equal(new ListView(items, { spacing: 4 }).controls.length, 2);
  assert.equal(new GridView(items.slice(), { runsCount: 3 }).runsCount, 3);
  assert.equal(new Stack([new Text("x")]).controls.length, 1);
  assert.equal(new Card(new Text("c"), { elevation: 2 }).elevation, 2);
  assert.equal(new SafeArea(new Text("s"), { minimumPadding: 8 }).minimumPadding, 8);
  assert.throws(() => new ListView([], { hieght: 200 } as never), (e: unknown) => e instanceof ControlError && /did you mean "height"/.test(e.message));
  assert.throws(() => new GridView([], { maxExtend: 100 } as never), /did you mean "maxExtent"/);
});

test("defaults are not sent; set values are", async () => {
  const pilot = await runApp((page) =>
    page.add(
      new ListView([new Text("x")]),
      new GridView([new Text("y")], { maxExtent: 120, childAspectRatio: 1.5 }),
      new Divider({ thickness: 2 }),
      new VerticalDivider(),
      new Card(new Text("c"), { variant: "outlined" }),
    ),
  );
  assert.deepEqual(pilot.get({ type: ListView }).props, {});
  assert.deepEqual(pilot.get({ type: GridView }).props, { maxExtent: 120, childAspectRatio: 1.5 });
  assert.deepEqual(pilot.get({ type: Divider }).props, { thickness: 2 });
  assert.deepEqual(pilot.get({ type: VerticalDivider }).props, {});
  assert.deepEqual(pilot.get({ type: Card }).props, { variant: "outlined" });
  await pilot.close();
});

test("a ListTile's string title and subtitle become Texts; onClick runs on a click", async () => {
  const clicks: string[] = [];
  const tile = new ListTile({ title: "Ada", subtitle: "Engineer", onClick: (e) => void clicks.push(String((e.control.title as Text).value)) });
  const pilot = await runApp((page) => page.add(tile));
  const node = pilot.get({ type: ListTile });
  assert.equal(node.slots.title![0]!.props.value, "Ada");
  assert.equal(node.slots.subtitle![0]!.props.value, "Engineer");
  assert.equal(node.slots.leading, undefined);
  await pilot.click(node);
  assert.deepEqual(clicks, ["Ada"]);
  tile.title = "Grace";
  await pilot.page.update();
  assert.equal(pilot.get({ type: ListTile }).slots.title![0]!.props.value, "Grace");
  await pilot.close();
});

test("Tabs: selectedIndex follows the pick before onChange runs; picks of no tab, a disabled or a hidden tab are refused", async () => {
  const seen: Array<[number, number]> = [];
  const tabs = new Tabs([new Tab("One", new Text("1")), new Tab("Two", new Text("2")), new Tab("Off", new Text("3")), new Tab("Gone", new Text("4"))], {
    onChange: (e) => void seen.push([e.data, e.control.selectedIndex]),
  });
  tabs.tabs[2]!.disabled = true;
  tabs.tabs[3]!.visible = false;
  const pilot = await runApp((page) => page.add(tabs));
  assert.deepEqual(pilot.find({ type: Tab }).map((t) => t.props.text), ["One", "Two", "Off", "Gone"]);
  assert.equal(pilot.find({ type: Tab })[1]!.slots.content![0]!.props.value, "2", "each tab carries its content");
  await pilot.fire({ type: Tabs }, "change", 1);
  assert.deepEqual(seen, [[1, 1]]);
  assert.equal(tabs.selectedTab?.text, "Two");
  for (const bad of [-1, 4, 0.5, "0", null, 2, 3]) await pilot.fire({ type: Tabs }, "change", bad);
  assert.deepEqual(seen, [[1, 1]]);
  assert.equal(tabs.selectedIndex, 1);
  assert.equal(pilot.session.stats.badEventData, 7);
  await pilot.close();
});

test("Tabs without onChange still keep the pick, so another handler reads it", async () => {
  let read = -1;
  const tabs = new Tabs([new Tab("A"), new Tab("B")]);
  const pilot = await runApp((page) => page.add(tabs, new ListTile({ title: "Read", onClick: () => void (read = tabs.selectedIndex) })));
  await pilot.fire({ type: Tabs }, "change", 1);
  await pilot.click({ type: ListTile });
  assert.equal(read, 1);
  await pilot.close();
});

test("ExpansionTile: initiallyExpanded opens it; expanded follows the person; bad data is refused", async () => {
  const seen: boolean[] = [];
  const tile = new ExpansionTile([new Text("Detail")], { title: "More", initiallyExpanded: true, onChange: (e) => void seen.push(e.data) });
  assert.equal(tile.expanded, true);
  assert.equal(tile.initiallyExpanded, true);
  const pilot = await runApp((page) => page.add(tile));
  const node = pilot.get({ type: ExpansionTile });
  assert.deepEqual(node.props, { expanded: true, onChange: true });
  assert.equal(node.slots.title![0]!.props.value, "More");
  await pilot.fire(node, "change", false);
  assert.deepEqual(seen, [false]);
  assert.equal(tile.expanded, false);
  await pilot.fire(node, "change", "yes");
  assert.deepEqual(seen, [false]);
  tile.expanded = true;
  await pilot.page.update();
  assert.deepEqual(pilot.patches.at(-1)!.frame[1].ops, [[Op.set, tile.id, { expanded: true }]]);
  await pilot.close();
});

test("DataTable: rows report selection (selected follows), columns report sort requests with their index", async () => {
  const seen: string[] = [];
  const rows = ["Ada", "Alan"].map(
    (name) => new DataRow([new DataCell(name), new DataCell(new Text("36"))], { onSelectChanged: (e) => void seen.push(`${name}:${e.data}:${e.control.selected}`) }),
  );
  const table = new DataTable({
    columns: [new DataColumn("Name"), new DataColumn("Age", { numeric: true, onSort: (e) => void seen.push(`sort:${e.data.columnIndex}:${e.data.ascending}`) })],
    rows,
    showCheckboxColumn: true,
    onSelectAll: (e) => void seen.push(`all:${e.data}`),
  });
  const pilot = await runApp((page) => page.add(table));
  assert.deepEqual(pilot.find({ type: DataColumn }).map((c) => c.slots.label![0]!.props.value), ["Name", "Age"]);
  assert.equal(pilot.find({ type: DataCell }).length, 4);
  await pilot.fire(pilot.find({ type: DataRow })[1]!, "selectChanged", true);
  await pilot.fire(pilot.find({ type: DataColumn })[1]!, "sort", true);
  await pilot.fire({ type: DataTable }, "selectAll", false);
  assert.deepEqual(seen, ["Alan:true:true", "sort:1:true", "all:false"]);
  assert.equal(rows[1]!.selected, true);
  for (const bad of [1, "true", null]) {
    await pilot.fire(pilot.find({ type: DataRow })[0]!, "selectChanged", bad);
    await pilot.fire(pilot.find({ type: DataColumn })[1]!, "sort", bad);
    await pilot.fire({ type: DataTable }, "selectAll", bad);
  }
  assert.equal(seen.length, 3);
  assert.equal(pilot.session.stats.badEventData, 9);
  await pilot.close();
});

test("appending one row to a 10,000-row ListView sends one small patch: one insert op", async () => {
  const list = new ListView(
    Array.from({ length: 10_000 }, (_, i) => new ListTile({ title: `Item ${i}` })),
    { height: 400 },
  );
  const pilot = await runApp((page) => page.add(list));
  assert.equal(pilot.find({ type: ListTile }).length, 10_000);
  const before = pilot.patches.length;
  const visited = pilot.session.tree.visited;
  list.controls.push(new ListTile({ title: "Item 10000" }));
  await list.update();
  const sent = pilot.patches.slice(before);
  assert.equal(sent.length, 1, "one patch");
  const ops = sent[0]!.frame[1].ops;
  assert.equal(ops.length, 1, "one op");
  assert.equal(ops[0]![0], Op.insert);
  assert.equal(ops[0]![3], 10_000, "at the end");
  assert.ok(sent[0]!.bytes < 200, `the patch is ${sent[0]!.bytes} bytes`);
  assert.ok(pilot.session.tree.visited - visited <= 3, "the flush visited the list and the new row, not the 10,000 others");
  await pilot.close();
});

test("scrollTo travels as one call with its options and resolves (false when no browser answers it) without throwing", async () => {
  const list = new ListView([new Text("a", { key: "a" })], { height: 100 });
  const grid = new GridView([new Text("b")], { height: 100 });
  const pilot = await runApp((page) => page.add(new Column([list, grid])));
  assert.equal(await list.scrollTo({ key: "a", duration: 300 }), false);
  assert.equal(await grid.scrollTo({ offset: -1 }), false);
  const calls = pilot.patches.flatMap((p) => p.frame[1].ops).filter((op) => op[0] === Op.call);
  assert.deepEqual(
    calls.map((op) => [op[2], op[3], op[4]]),
    [
      [list.id, "scrollTo", [{ key: "a", duration: 300 }]],
      [grid.id, "scrollTo", [{ offset: -1 }]],
    ],
  );
  const offPage = new ListView([]);
  assert.equal(await offPage.scrollTo({ offset: 0 }), false, "not on a page: false, no throw");
  await pilot.close();
});
