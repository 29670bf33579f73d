/**
 * Buttons, chips, segmented buttons and icons through the pilot: FilledTonalButton,
 * FloatingActionButton, Chip, SegmentedButton/Segment, Icon and the Icons constants.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Chip, FilledTonalButton, FloatingActionButton, Icon, Icons, Segment, SegmentedButton } from "../../src/core/index.js";
import { runApp, type Pilot } from "../../src/testing/index.js";

async function accepted(pilot: Pilot, target: Parameters<Pilot["fire"]>[0], name: string, data: Parameters<Pilot["fire"]>[2]): Promise<boolean> {
  const before = pilot.session.stats.badEventData;
  await pilot.fire(target, name, data);
  return pilot.session.stats.badEventData === before;
}

test("FilledTonalButton and FloatingActionButton click; a FAB takes its label first or only options", async () => {
  const clicks: string[] = [];
  const pilot = await runApp(async (page) => {
    await page.add(
      new FilledTonalButton("Next", { icon: Icons.ARROW_FORWARD, onClick: (e) => void clicks.push(e.control.text) }),
      new FloatingActionButton({ icon: Icons.ADD, tooltip: "Add", onClick: () => void clicks.push("add") }),
      new FloatingActionButton("Compose", { icon: Icons.EDIT, mini: true, onClick: (e) => void clicks.push(e.control.text) }),
    );
  });
  await pilot.click({ text: "Next" });
  await pilot.click({ type: FloatingActionButton, text: "Add" });
  await pilot.click({ text: "Compose" });
  assert.deepEqual(clicks, ["Next", "add", "Compose"]);
  const fabs = pilot.find({ type: FloatingActionButton }).map((n) => [n.props.text, n.props.icon, n.props.mini]);
  assert.deepEqual(fabs, [[undefined, "add", undefined], ["Compose", "edit", true]]);
  await pilot.close();
});

test("Chip: an action chip clicks; a filter chip's selected follows the person; a non-boolean is refused", async () => {
  const seen: unknown[] = [];
  let vegan!: Chip;
  const pilot = await runApp(async (page) => {
    vegan = new Chip("Vegan", { leading: new Icon(Icons.ECO), onSelect: (e) => void seen.push([e.data, e.control.selected]) });
    await page.add(new Chip("Call", { onClick: () => void seen.push("call") }), vegan);
  });
  await pilot.click({ text: "Call" });
  await pilot.fire({ text: "Vegan" }, "select", true);
  assert.deepEqual(seen, ["call", [true, true]]);
  assert.equal(pilot.get({ type: Icon }).props.name, "eco", "the leading control is a child");
  assert.equal(await accepted(pilot, { text: "Vegan" }, "select", "yes"), false);
  assert.equal(vegan.selected, true);
  await pilot.close();
});

test("SegmentedButton: selected follows the person within its rules (single, multiple, empty)", async () => {
  const seen: unknown[] = [];
  let single!: SegmentedButton;
  let multi!: SegmentedButton;
  const pilot = await runApp(async (page) => {
    const segments = () => [new Segment("day", { label: "Day" }), new Segment("week", { label: "Week" }), new Segment("month", { label: "Month", disabled: true })];
    single = new SegmentedButton(segments(), { selected: ["day"], key: "single", onChange: (e) => void seen.push(e.data) });
    multi = new SegmentedButton(segments(), { allowMultipleSelection: true, allowEmptySelection: true, key: "multi" });
    await page.add(single, multi);
  });
  assert.deepEqual(pilot.get({ key: "single" }).props.selected, ["day"]);
  assert.equal(pilot.get({ key: "multi" }).props.selected, undefined, "the default [] is not sent");
  assert.equal(await accepted(pilot, { key: "single" }, "change", ["week"]), true);
  assert.deepEqual(single.selected, ["week"]);
  assert.deepEqual(seen, [["week"]]);
  for (const bad of [["day", "week"], [], ["year"], ["month"], "week", [1]]) {
    assert.equal(await accepted(pilot, { key: "single" }, "change", bad), false, JSON.stringify(bad));
  }
  assert.equal(await accepted(pilot, { key: "multi" }, "change", ["day", "week"]), true);
  assert.equal(await accepted(pilot, { key: "multi" }, "change", []), true);
  assert.equal(await accepted(pilot, { key: "multi" }, "change", ["day", "day"]), false, "no duplicates");
  assert.deepEqual(multi.selected, []);
  assert.throws(() => (new SegmentedButton().selected as string[]).push("x"), TypeError, "the shared default is frozen");
  await pilot.close();
});

test("Icon by name or constant; Icons has the whole set by Flet-style names", async () => {
  const pilot = await runApp(async (page) => {
    await page.add(new Icon(Icons.FAVORITE, { color: "pink", size: 32, semanticsLabel: "Liked" }), new Icon("home_outlined"));
  });
  assert.deepEqual(pilot.find({ type: Icon }).map((n) => n.props.name), ["favorite", "home_outlined"]);
  assert.equal(Icons.ADD, "add");
  assert.equal(Icons.ARROW_BACK, "arrow_back");
  assert.equal(Icons.EXPAND_MORE, "expand_more");
  const names = Object.entries(Icons);
  assert.ok(names.length > 3900, `${names.length} icons: the font's whole set`);
  for (const [key, name] of names) assert.equal(key, name.toUpperCase(), "Flet's naming: the name in upper snake case");
  await pilot.close();
});

test("Icons has Flet's names: style suffixes, older Material Icons names, and a clear error for a name that is no icon", () => {
  assert.equal(Icons.DELETE_OUTLINE, "delete_outline");
  assert.equal(Icons.CREATE_OUTLINED, "create_outlined");
  assert.equal(Icons.SEND_ROUNDED, "send_rounded");
  assert.equal(Icons.DONE_OUTLINE_OUTLINED, "done_outline_outlined");
  assert.equal(Icons["10K"], "10k");
  assert.ok("HOME_SHARP" in Icons && !("HOME_SHARPER" in Icons));
  assert.equal((Icons as unknown as { then?: unknown }).then, undefined, "not a thenable: awaiting Icons is harmless");
  assert.throws(() => (Icons as unknown as Record<string, string>).DELET, /Icons has no icon DELET; did you mean Icons.DELETE\?/);
  assert.throws(() => (Icons as unknown as Record<string, string>).SEND_ROUNDEDD, /Icons has no icon SEND_ROUNDEDD/);
});
