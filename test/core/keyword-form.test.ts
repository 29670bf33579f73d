/**
 * Flet's keyword form: a control whose first argument is its main value also takes one options
 * object that names it (`new IconButton({ icon: "add", tooltip })`), and the page gets exactly
 * what the positional form gives it. Mistakes in that form say how to write it.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  Card,
  Column,
  Container,
  ControlError,
  DataColumn,
  ElevatedButton,
  ExpansionTile,
  Icon,
  IconButton,
  ListView,
  Row,
  Tab,
  Tabs,
  Text,
  TextButton,
  type Control,
} from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

/** The page's tree as the client holds it, without ids. */
async function rendered(build: () => Control[]): Promise<string> {
  const pilot = await runApp((page) => page.add(...build()));
  const dump = pilot.dump().replace(/#\d+/g, "#");
  await pilot.close();
  return dump;
}

test("the keyword form of each control with a main value renders what the positional form renders", async () => {
  const positional = await rendered(() => [
    new Text("Hi", { size: 20 }),
    new ElevatedButton("Save", { icon: "save" }),
    new TextButton("Cancel"),
    new IconButton("add", { tooltip: "Add" }),
    new Icon("star", { size: 30 }),
    new Row([new Text("in a row")], { alignment: "center" }),
    new Column([new Text("in a column")], { spacing: 4 }),
    new ListView([new Text("in a list")], { spacing: 2 }),
    new Container(new Text("contained"), { padding: 8 }),
    new Card(new Text("carded")),
    new Tabs([new Tab("One", new Text("first"), { icon: "home" })]),
    new ExpansionTile([new Text("inside")], { title: "More" }),
  ]);
  const keyword = await rendered(() => [
    new Text({ value: "Hi", size: 20 }),
    new ElevatedButton({ text: "Save", icon: "save" }),
    new TextButton({ text: "Cancel" }),
    new IconButton({ icon: "add", tooltip: "Add" }),
    new Icon({ name: "star", size: 30 }),
    new Row({ controls: [new Text("in a row")], alignment: "center" }),
    new Column({ controls: [new Text("in a column")], spacing: 4 }),
    new ListView({ controls: [new Text("in a list")], spacing: 2 }),
    new Container({ content: new Text("contained"), padding: 8 }),
    new Card({ content: new Text("carded") }),
    new Tabs({ tabs: [new Tab({ text: "One", content: new Text("first"), icon: "home" })] }),
    new ExpansionTile({ controls: [new Text("inside")], title: "More" }),
  ]);
  assert.equal(keyword, positional);
  assert.match(keyword, /Hi/);
  assert.match(keyword, /in a column/);
});

test("a DataColumn and other text-or-control main values take a text by name too", () => {
  assert.equal((new DataColumn({ label: "Name", numeric: true }).label as Text).value, "Name");
});

test("the keyword form's mistakes are clear: a misspelt name gets a hint, two options objects say how to write it", () => {
  assert.throws(
    () => new IconButton({ icon: "add", toolTip: "Add" } as never),
    (error: unknown) => error instanceof ControlError && /IconButton has no option "toolTip"; did you mean "tooltip"\?/.test(error.message),
  );
  assert.throws(
    () => new Text({ value: "Hi" } as never, { size: 20 }),
    (error: unknown) => error instanceof ControlError && /Text got two options objects; pass its options once, either new Text\(main, \{ … \}\) or new Text\(\{ …/.test(error.message),
  );
});
