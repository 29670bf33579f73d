/** Navigation and scaffold through the pilot: selectedIndex sync, refused picks, page slots. */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AppBar,
  BottomAppBar,
  IconButton,
  NavigationBar,
  NavigationBarDestination,
  NavigationDrawer,
  NavigationDrawerDestination,
  NavigationRail,
  NavigationRailDestination,
  Text,
} from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const barOf = (...labels: string[]) => labels.map((label) => new NavigationBarDestination({ icon: "circle", label }));

test("a navigation bar's selectedIndex follows the pick before onChange runs", async () => {
  const seen: Array<[number, number]> = [];
  const bar = new NavigationBar(barOf("Explore", "Commute", "Saved"), { onChange: (e) => void seen.push([e.data, e.control.selectedIndex]) });
  const pilot = await runApp((page) => {
    page.navigationBar = bar;
  });
  const node = pilot.get({ type: NavigationBar });
  assert.equal(node.parent, pilot.tree.page, "in the page's navigationBar slot");
  assert.equal(node.slot, "navigationBar");
  assert.deepEqual(pilot.find({ type: NavigationBarDestination }).map((d) => d.props.label), ["Explore", "Commute", "Saved"]);
  await pilot.fire(node, "change", 2);
  assert.deepEqual(seen, [[2, 2]]);
  assert.equal(bar.selectedIndex, 2);
  await pilot.close();
});

test("without onChange the pick is still kept, so another handler reads it", async () => {
  let read = -1;
  const bar = new NavigationBar(barOf("A", "B"));
  const pilot = await runApp((page) => page.add(bar, new IconButton("check", { tooltip: "Read", onClick: () => void (read = bar.selectedIndex) })));
  await pilot.fire({ type: NavigationBar }, "change", 1);
  await pilot.click({ text: "Read" });
  assert.equal(read, 1);
  await pilot.close();
});

test("picks that name no enabled, visible destination are refused", async () => {
  let calls = 0;
  const destinations = barOf("A", "B", "C", "D");
  destinations[2]!.disabled = true;
  destinations[3]!.visible = false;
  const rail = new NavigationRail(
    destinations.map((d) => new NavigationRailDestination({ icon: d.icon, label: d.label, disabled: d.disabled, visible: d.visible })),
    { onChange: () => void calls++ },
  );
  const pilot = await runApp((page) => page.add(rail));
  for (const bad of [-1, 4, 1.5, "1", null, 2, 3]) await pilot.fire({ type: NavigationRail }, "change", bad);
  assert.equal(calls, 0);
  assert.equal(rail.selectedIndex, 0);
  assert.equal(pilot.session.stats.badEventData, 7);
  await pilot.fire({ type: NavigationRail }, "change", 1);
  assert.equal(calls, 1);
  assert.equal(rail.selectedIndex, 1);
  await pilot.close();
});

test("a drawer's selectedIndex counts its destinations only", async () => {
  const seen: number[] = [];
  const drawer = new NavigationDrawer(
    [
      new Text("Mail"),
      new NavigationDrawerDestination({ icon: "inbox", label: "Inbox" }),
      new Text("Labels"),
      new NavigationDrawerDestination({ icon: "label", label: "Family" }),
    ],
    { onChange: (e) => void seen.push(e.data) },
  );
  const pilot = await runApp((page) => {
    page.drawer = drawer;
  });
  assert.equal(drawer.selectedIndex, null);
  await pilot.fire({ type: NavigationDrawer }, "change", 2);
  await pilot.fire({ type: NavigationDrawer }, "change", 1);
  assert.deepEqual(seen, [1]);
  assert.equal(drawer.selectedIndex, 1);
  await pilot.close();
});

test("the scaffold: app bar, navigation bar, bottom app bar and floating button each fill their page slot", async () => {
  const pilot = await runApp((page) => {
    page.appbar = new AppBar({ title: "Inbox", leading: new IconButton("menu", { tooltip: "Menu" }), actions: [new IconButton("search", { tooltip: "Search" })] });
    page.navigationBar = new NavigationBar(barOf("Home", "Settings"));
    page.bottomAppBar = new BottomAppBar(new IconButton("share", { tooltip: "Share" }));
    page.floatingActionButton = new IconButton("add", { tooltip: "Add" });
    page.controls.push(new Text("Body"));
  });
  const slots = pilot.tree.page!.slots;
  assert.deepEqual(
    Object.fromEntries(Object.entries(slots).map(([name, nodes]) => [name, nodes.map((n) => n.type)])),
    { controls: ["text"], appbar: ["appbar"], navigationBar: ["navigationbar"], bottomAppBar: ["bottomappbar"], floatingActionButton: ["iconbutton"] },
  );
  const appbar = pilot.get({ type: AppBar });
  assert.equal(pilot.get({ type: Text, text: "Inbox" }).slot, "title");
  assert.deepEqual(Object.keys(appbar.slots).sort(), ["actions", "leading", "title"]);

  // Slots change like any other: replacing the app bar's title, removing the navigation bar.
  pilot.page.appbar!.title = "Archive";
  pilot.page.navigationBar = undefined;
  await pilot.page.update();
  await pilot.settle();
  assert.equal(pilot.find({ type: Text, text: "Archive" }).length, 1);
  assert.equal(pilot.find({ type: NavigationBar }).length, 0);
  await pilot.close();
});
