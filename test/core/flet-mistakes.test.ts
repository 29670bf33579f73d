/**
 * The mistakes a Flet program makes when it is ported line for line and run without a type check
 * (`weft run` of plain JavaScript): each one throws an error naming the fix, on the spot and in
 * the session's log, never a property nobody reads. Python spellings of real names
 * (`button.on_click`) are in python-names.test.ts, Flet-shaped values (`"space_between"`,
 * `expand: "true"`) in prop-values.test.ts, the keyword form in keyword-form.test.ts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { runInNewContext } from "node:vm";
import { Colors, Column, ControlError, ElevatedButton, Icon, IconButton, Icons, Row, Text, TextField, UserControl, View, WeftError } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const loose = (target: object) => target as Record<string, unknown>;

function unknown(message: string) {
  return (error: unknown) => error instanceof ControlError && error.code === "control.unknown-option" && error.message === message;
}

test("a property a control does not have is refused with the nearest real one", () => {
  const text = new Text("Hi");
  assert.throws(() => (loose(text).colour = "red"), unknown('Text has no property "colour"; did you mean "color"?'));
  assert.throws(() => (loose(new ElevatedButton("Go")).bgColor = "blue"), unknown('ElevatedButton has no property "bgColor"; did you mean "bgcolor"?'));
  assert.throws(() => (loose(new TextField()).hintTxt = "Name"), unknown('TextField has no property "hintTxt"; did you mean "hintText"?'));
  // A Python name whose camelCase the control does not have either says so.
  assert.throws(() => (loose(text).on_click = () => {}), unknown('Text has no property "on_click" (nor "onClick")'));
  assert.throws(() => (loose(text).zzz = 1), unknown('Text has no property "zzz"'));
  assert.equal(loose(text).colour, undefined, "nothing was added");
  assert.deepEqual(Object.keys(text), ["data"]);
});

test("real props, data and reads are as before; a control still resolves a promise as itself", async () => {
  const text = new Text("Hi");
  text.color = "red";
  text.data = { id: 1 };
  assert.equal(text.color, "red");
  assert.deepEqual(text.data, { id: 1 });
  assert.equal(loose(text).then, undefined);
  assert.equal(await Promise.resolve(text), text);
  assert.equal(String(text), "[object Object]");
});

test("sloppy-mode code, where a non-extensible object would fail silently, gets the error too", () => {
  const text = new Text("Hi");
  assert.throws(() => runInNewContext("text.colour = 'red'", { text }), unknown('Text has no property "colour"; did you mean "color"?'));
});

test("the options bag of plain JavaScript: a Flet name gets its camelCase", () => {
  assert.throws(() => new Text("a", { colour: "red" } as never), unknown('Text has no option "colour"; did you mean "color"?'));
  assert.throws(() => new Text("a", { text_align: "center" } as never), unknown('Text has no option "text_align"; did you mean "textAlign"?'));
  assert.throws(
    () => new Row([], { vertical_alignment: "center" } as never),
    unknown('Row has no option "vertical_alignment"; did you mean "verticalAlignment"?'),
  );
});

test("an app's own subclasses keep their own properties, however they are added", () => {
  class Task extends Column {
    constructor(readonly name: string) {
      super();
      loose(this).completed = false;
    }
  }
  const task = new Task("milk");
  loose(task).later = 1;
  assert.equal(loose(task).completed, false);
  assert.equal(loose(task).later, 1);
  class Greeting extends UserControl {
    build() {
      return new Text("Hello");
    }
  }
  const greeting = new Greeting();
  loose(greeting).who = "you";
  assert.equal(loose(greeting).who, "you");
  // The Weft props it inherits still check their values.
  assert.throws(() => (loose(task).alignment = "space_between"), /did you mean "spaceBetween"/);
});

test("on the page and in a handler the error reaches the log, and the session goes on", async () => {
  const seen: string[] = [];
  const label = new Text("ready");
  const pilot = await runApp(async (page) => {
    try {
      loose(page).pubsubs = undefined;
    } catch (error) {
      seen.push((error as Error).message);
    }
    await page.add(
      label,
      new ElevatedButton("Paint", { onClick: () => void (loose(label).colour = "red") }),
      new ElevatedButton("Fix", {
        onClick: async () => {
          label.color = "red";
          label.value = "painted";
          await page.update();
        },
      }),
    );
  });
  assert.deepEqual(seen, ['page has no property "pubsubs"; did you mean "pubsub"?']);
  await pilot.click({ text: "Paint" });
  await pilot.click({ text: "Fix" });
  assert.ok(
    pilot.logs.some((entry) => entry.level === "error" && /Text has no property "colour"; did you mean "color"\?/.test(`${entry.message} ${(entry.error as Error | undefined)?.message ?? ""}`)),
    JSON.stringify(pilot.logs.map((e) => e.message)),
  );
  assert.equal(pilot.find({ text: "painted" }).length, 1);
  await pilot.close();
});

function notAControl(pattern: RegExp) {
  return (error: unknown) => error instanceof ControlError && error.code === "control.not-a-control" && pattern.test(error.message);
}

test("a string, a list or a class where a control goes says what to write instead", async () => {
  const seen: string[] = [];
  const pilot = await runApp(async (page) => {
    for (const add of [() => page.add("Hello" as never), () => page.add([new Text("a")] as never), () => page.add(Text as never)]) {
      try {
        await add();
      } catch (error) {
        seen.push((error as Error).message);
      }
    }
    await page.add(new Text("fine"));
  });
  assert.deepEqual(seen, [
    'page.controls[0] must be a control, got string; to show text, add a Text: new Text("Hello")',
    "page.controls[0] must be a control, got an array; pass the controls themselves, not a list of them: add(a, b) or add(...list)",
    "page.controls[0] must be a control, got function; that is the class itself: create one with new Text(…)",
  ]);
  assert.equal(pilot.find({ text: "fine" }).length, 1, "nothing of the refused calls reached the page");
  await pilot.close();
  assert.throws(() => new Row(["a"] as never), notAControl(/^Row\.controls\[0\] must be a control, got string; to show text, add a Text: new Text\("a"\)$/));
  assert.throws(() => new Column().controls.push(5 as never), notAControl(/^Column\.controls\[0\] must be a control, got number$/));
});

test("Python's list methods on a list of children name the JavaScript way", () => {
  const column = new Column([new Text("a")]);
  const list = column.controls as unknown as Record<string, () => void>;
  const expected: Record<string, string> = {
    append: "Column.controls.push(control)",
    extend: "Column.controls.push(...controls)",
    insert: "Column.controls.splice(index, 0, control)",
    remove: "Column.controls.splice(Column.controls.indexOf(control), 1)",
    clear: "Column.controls.splice(0) (or set Column.controls.length = 0)",
    index: "Column.controls.indexOf(control)",
  };
  for (const [method, instead] of Object.entries(expected)) {
    assert.throws(() => list[method]!(), unknown(`Column.controls.${method}() is Python's; a list of children is a JavaScript array: write ${instead}`));
  }
  // JavaScript's own methods, and reads past the end, are as before.
  const b = new Text("b");
  column.controls.push(b);
  column.controls.splice(column.controls.indexOf(b), 1);
  assert.equal(column.controls[5], undefined);
  assert.equal(column.controls.length, 1);
  column.controls.length = 0;
  assert.equal(column.controls.length, 0);
});

test("Python's True and False as strings say to drop the quotes", () => {
  assert.throws(() => new Text("x", { expand: "True" as never }), /^ControlError: Text\.expand takes true, false or a share \(a number ≥ 0\), got "True"; write expand: true without quotes$/);
  assert.throws(() => (loose(new Row()).expand = "False"), /got "False"; write expand: false without quotes$/);
});

test("Flet's page.update(control) sends the change, as page.update() does", async () => {
  const label = new Text("before");
  const pilot = await runApp(async (page) => {
    await page.add(
      label,
      new ElevatedButton("Change", {
        onClick: async () => {
          label.value = "after";
          await (page.update as (...controls: unknown[]) => Promise<void>)(label);
        },
      }),
    );
  });
  await pilot.click({ text: "Change" });
  assert.equal(pilot.find({ text: "after" }).length, 1);
  await pilot.close();
});

function badValue(message: string) {
  return (error: unknown) => error instanceof ControlError && error.code === "control.bad-value" && error.message === message;
}

test("the page's alignments take only their own axis's values, and say which prop takes the other's", async () => {
  const seen: string[] = [];
  const pilot = await runApp((page) => {
    for (const write of [
      () => (page.verticalAlignment = "stretch" as never),
      () => (page.horizontalAlignment = "spaceBetween" as never),
      () => (page.horizontalAlignment = "SPACE_EVENLY" as never),
      () => (page.verticalAlignment = "CENTER" as never),
    ]) {
      try {
        write();
      } catch (error) {
        seen.push((error as Error).message);
      }
    }
    // Every value of its own axis is taken.
    for (const value of ["start", "center", "end", "spaceBetween", "spaceAround", "spaceEvenly"] as const) page.verticalAlignment = value;
    for (const value of ["start", "center", "end", "stretch", "baseline"] as const) page.horizontalAlignment = value;
  });
  const main = '(it takes "start", "center", "end", "spaceBetween", "spaceAround", "spaceEvenly")';
  const cross = '(it takes "start", "center", "end", "stretch", "baseline")';
  assert.deepEqual(seen, [
    `page.verticalAlignment has no value "stretch" ${main}; the page is a column: down it its controls follow one another, so "stretch" belongs across it: set page.horizontalAlignment = "stretch"`,
    `page.horizontalAlignment has no value "spaceBetween" ${cross}; the page is a column: across it each control has a line to itself, so spacing belongs along it: set page.verticalAlignment = "spaceBetween"`,
    `page.horizontalAlignment has no value "SPACE_EVENLY" ${cross}; the page is a column: across it each control has a line to itself, so spacing belongs along it: set page.verticalAlignment = "spaceEvenly"`,
    `page.verticalAlignment has no value "CENTER"; did you mean "center"? ${main}`,
  ]);
  await pilot.close();
});

test("a Row's and a Column's cross-axis alignment, and a View's, refuse the other axis's values the same way", () => {
  assert.throws(
    () => new Row([], { verticalAlignment: "spaceAround" as never }),
    badValue('Row.verticalAlignment has no value "spaceAround" (it takes "start", "center", "end", "stretch", "baseline"); across a Row each control has the row\'s height to itself, so spacing belongs along it: set Row.alignment = "spaceAround"'),
  );
  assert.throws(() => (loose(new Column()).horizontalAlignment = "spaceEvenly"), /across a Column each control has a line to itself, so spacing belongs along it: set Column.alignment = "spaceEvenly"$/);
  assert.throws(() => new View("/", [], { verticalAlignment: "baseline" as never }), /^ControlError: View\.verticalAlignment has no value "baseline" .*set View\.horizontalAlignment = "baseline"$/);
  assert.throws(() => new View("/", [], { horizontalAlignment: "spaceBetween" as never }), /set View\.verticalAlignment = "spaceBetween"$/);
  new View("/", [], { verticalAlignment: "spaceBetween", horizontalAlignment: "stretch" });
});

test("Flet's enum spellings of the page's theme mode and scroll, and of a font weight, get Weft's", () => {
  assert.throws(() => new Column([], { scroll: "AUTO" as never }), badValue('Column.scroll has no value "AUTO"; did you mean "auto"? (it takes "auto", "adaptive", "always", "hidden")'));
  assert.throws(() => new Text("x", { weight: "W_500" as never }), /^ControlError: Text\.weight has no value "W_500"; did you mean "w500"\?/);
  assert.throws(() => new Text("x", { weight: "BOLD" as never }), /did you mean "bold"\?/);
});

test("the page's theme mode refuses Flet's ThemeMode.DARK spelling", async () => {
  let message = "";
  const pilot = await runApp((page) => {
    try {
      page.themeMode = "DARK" as never;
    } catch (error) {
      message = (error as Error).message;
    }
  });
  assert.equal(message, 'page.themeMode has no value "DARK"; did you mean "dark"? (it takes "light", "dark", "system")');
  await pilot.close();
});

test("the same control added twice, or in two places, is shown in the page as well as logged", async () => {
  const pilot = await runApp(async (page) => {
    const text = new Text("twice");
    await page.add(text, text);
    await page.add(new Column([text]));
  });
  const shown = pilot.frames.filter((f) => f.frame[0] === "error").map((f) => (f.frame[1] as { code: string; message: string }).message);
  assert.equal(shown.length, 2, JSON.stringify(shown));
  assert.match(shown[0]!, /a control appears twice in Page#1\.controls; kept the first/);
  assert.match(shown[1]!, /Text#\d+ "twice" is already on the page; remove it from Page#1 first/);
  assert.equal(pilot.logs.filter((entry) => entry.level === "error").length, 2);
  assert.equal(pilot.find({ text: "twice" }).length, 1, "it is shown once");
  await pilot.close();
});

test("Flet's page.width and page.height read the viewport; writing them, or Flet's page.window, says what to do", async () => {
  const seen: string[] = [];
  let size: (number | undefined)[] = [];
  const pilot = await runApp((page) => {
    size = [page.width, page.height, page.windowWidth, page.windowHeight];
    for (const write of [() => (loose(page).width = 600), () => (loose(page).height = 400), () => loose(page).window]) {
      try {
        write();
      } catch (error) {
        seen.push((error as Error).message);
      }
    }
  });
  assert.equal(size[0], size[2]);
  assert.equal(size[1], size[3]);
  assert.ok(size[0]! > 0 && size[1]! > 0, `a real size: ${size.join(" x ")}`);
  assert.deepEqual(seen, [
    "page.width is the browser viewport's size, as Flet's is: read it; to size what the page shows, give a Container or Column a width",
    "page.height is the browser viewport's size, as Flet's is: read it; to size what the page shows, give a Container or Column a width",
    "page.window: Flet's desktop window; a Weft page is a browser tab, which the browser sizes: read page.windowWidth and page.windowHeight (or page.width, page.height), and page.onResize",
  ]);
  await pilot.close();
});

test("a Colors constant that names no colour throws with the nearest one, as Icons does; with_opacity names withOpacity", async () => {
  const colors = Colors as unknown as Record<string, unknown>;
  assert.throws(() => colors.BLUEE, (error: unknown) => error instanceof ControlError && error.code === "control.bad-value" && error.message === "Colors has no colour BLUEE; did you mean Colors.BLUE?");
  assert.throws(() => colors.blue_grey_100, /^ControlError: Colors has no colour blue_grey_100; Flet's names are upper case: Colors.BLUE_GREY_100$/);
  assert.throws(() => colors.with_opacity, unknown("Colors.with_opacity is Flet's Python spelling; in Weft it is Colors.withOpacity"));
  assert.equal(Colors.BLUE_GREY_100, "#cfd8dc");
  assert.equal(Colors.withOpacity(0.5, Colors.RED), "#f4433680");
  // Awaiting, serialising and listing Colors stay harmless.
  assert.equal(colors.then, undefined);
  assert.equal(await Promise.resolve(Colors), Colors);
  assert.equal(JSON.parse(JSON.stringify(Colors)).RED, "#f44336");
  assert.ok(Object.keys(Colors).includes("WHITE24"));
});

test("Flet's older page API and its *_async twins say what to write in Weft", async () => {
  const seen: string[] = [];
  const pilot = await runApp((page) => {
    for (const read of [() => loose(page).show_snack_bar, () => loose(page).close_dialog, () => loose(page).update_async, () => loose(new Text("x")).update_async]) {
      try {
        read();
      } catch (error) {
        seen.push((error as Error).message);
      }
    }
  });
  assert.deepEqual(seen, [
    "page.show_snack_bar: Flet's older API; in Weft, show it with page.open(control) and hide it with page.close(control)",
    "page.close_dialog: Flet's older API; in Weft, show it with page.open(control) and hide it with page.close(control)",
    "page.update_async: Flet's older async API; in Weft the method itself returns a promise: await page.update(), await page.add(…)",
    "Text.update_async: Flet's older async API; in Weft update() itself returns a promise: await control.update()",
  ]);
  await pilot.close();
});

test("an icon name the font does not draw is refused with the nearest one, as Icons.X is", () => {
  const refused = (make: () => unknown, pattern: RegExp) => assert.throws(make, (e: unknown) => e instanceof WeftError && e.code === "control.bad-value" && pattern.test(e.message));
  refused(() => new Icon("delet"), /Icon\.name: no icon is named "delet"; did you mean "delete" \(Icons\.DELETE\)\?/);
  refused(() => new IconButton("shoping_cart"), /IconButton\.icon: no icon is named "shoping_cart"; did you mean "shopping_cart"/);
  refused(() => new ElevatedButton("Save", { icon: "sav" }), /ElevatedButton\.icon: no icon is named "sav"/);
  refused(() => new TextField({ prefixIcon: "serch" }), /TextField\.prefixIcon: .*"search"/);
  for (const fine of ["add", "DELETE", "send_rounded", "create_outlined", Icons.DELETE_OUTLINE, "owl"]) assert.doesNotThrow(() => new Icon(fine), fine);
  assert.equal(new ElevatedButton("Plain").icon, undefined, "no icon is fine");
});
