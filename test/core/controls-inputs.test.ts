/**
 * The input controls through the pilot: Switch, RadioGroup/Radio, Slider, RangeSlider,
 * Dropdown/DropdownOption, SearchBar and TextField's icons. Each keeps its value in step with what
 * the browser sends before the handler runs, and refuses data of the wrong type or out of range.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  Column,
  Dropdown,
  DropdownOption,
  ListTile,
  Radio,
  RadioGroup,
  RangeSlider,
  Row,
  SearchBar,
  Slider,
  Switch,
  TextField,
  type ControlError,
} from "../../src/core/index.js";
import { Op } from "../../src/protocol/index.js";
import { runApp, type Pilot } from "../../src/testing/index.js";

/** Fires an event and reports whether the session took it (false: dropped as bad data). */
async function accepted(pilot: Pilot, target: Parameters<Pilot["fire"]>[0], name: string, data: Parameters<Pilot["fire"]>[2]): Promise<boolean> {
  const before = pilot.session.stats.badEventData;
  await pilot.fire(target, name, data);
  return pilot.session.stats.badEventData === before;
}

test("Switch: the value follows a flip before the handler; a non-boolean is refused", async () => {
  const seen: unknown[] = [];
  let wifi!: Switch;
  const pilot = await runApp(async (page) => {
    wifi = new Switch({ label: "Wi-Fi", onChange: (e) => void seen.push([e.data, e.control.value]) });
    await page.add(wifi);
  });
  assert.equal(pilot.get({ type: Switch }).props.label, "Wi-Fi");
  await pilot.toggle({ type: Switch });
  assert.deepEqual(seen, [[true, true]]);
  assert.equal(await accepted(pilot, { type: Switch }, "change", "on"), false);
  assert.equal(wifi.value, true);
  assert.deepEqual(seen, [[true, true]]);
  await pilot.close();
});

test("RadioGroup: holds the value of the chosen radio in any layout; other values, and disabled radios, are refused", async () => {
  const seen: unknown[] = [];
  let group!: RadioGroup;
  const pilot = await runApp(async (page) => {
    group = new RadioGroup(
      new Column([
        new Row([new Radio({ value: "s", label: "Small" }), new Radio({ value: "m", label: "Medium" })]),
        new Radio({ value: "l", label: "Large", disabled: true }),
      ]),
      { value: "s", onChange: (e) => void seen.push([e.data, e.control.value]) },
    );
    await page.add(group);
  });
  assert.equal(pilot.get({ type: RadioGroup }).props.value, "s");
  assert.deepEqual(pilot.find({ type: Radio }).map((r) => r.props.label), ["Small", "Medium", "Large"]);
  assert.equal(await accepted(pilot, { type: RadioGroup }, "change", "m"), true);
  assert.deepEqual(seen, [["m", "m"]]);
  assert.equal(await accepted(pilot, { type: RadioGroup }, "change", "xl"), false, "not one of its radios");
  assert.equal(await accepted(pilot, { type: RadioGroup }, "change", "l"), false, "a disabled radio");
  assert.equal(await accepted(pilot, { type: RadioGroup }, "change", 1), false);
  assert.equal(group.value, "m");
  assert.equal(seen.length, 1);
  await pilot.close();
});

test("Slider: value within min..max follows the drag; change start, change, change end; out of range refused", async () => {
  const seen: string[] = [];
  let slider!: Slider;
  const pilot = await runApp(async (page) => {
    slider = new Slider({
      min: 0,
      max: 100,
      divisions: 10,
      label: "{value}%",
      tooltip: "Volume",
      onChangeStart: (e) => void seen.push(`start ${e.data}`),
      onChange: (e) => void seen.push(`change ${e.data} ${e.control.value}`),
      onChangeEnd: (e) => void seen.push(`end ${e.data}`),
    });
    await page.add(slider);
  });
  assert.equal(slider.value, undefined, "no value yet: the slider shows min");
  await pilot.fire({ type: Slider }, "changeStart", 0);
  await pilot.fire({ type: Slider }, "change", 30);
  await pilot.fire({ type: Slider }, "changeEnd", 30);
  assert.deepEqual(seen, ["start 0", "change 30 30", "end 30"]);
  for (const bad of [101, -1, "50", null, [50]]) assert.equal(await accepted(pilot, { type: Slider }, "change", bad), false, JSON.stringify(bad));
  assert.equal(slider.value, 30);
  await pilot.close();
});

test("RangeSlider: [start, end] within the range and in order; anything else refused", async () => {
  const seen: unknown[] = [];
  let range!: RangeSlider;
  const pilot = await runApp(async (page) => {
    range = new RangeSlider(20, 80, { min: 0, max: 100, tooltip: "Price", onChange: (e) => void seen.push(e.data) });
    await page.add(range);
  });
  const node = pilot.get({ type: RangeSlider });
  assert.deepEqual([node.props.startValue, node.props.endValue], [20, 80]);
  assert.equal(await accepted(pilot, { type: RangeSlider }, "change", [10, 90]), true);
  assert.deepEqual([range.startValue, range.endValue], [10, 90]);
  assert.deepEqual(seen, [[10, 90]]);
  for (const bad of [[90, 10], [10], [10, 200], "10,90", { start: 1, end: 2 }]) {
    assert.equal(await accepted(pilot, { type: RangeSlider }, "change", bad), false, JSON.stringify(bad));
  }
  assert.deepEqual([range.startValue, range.endValue], [10, 90]);
  await pilot.close();
});

test("Dropdown: value is the chosen option's key; unknown and disabled keys refused; appending an option is one insert", async () => {
  const seen: unknown[] = [];
  let colour!: Dropdown;
  const pilot = await runApp(async (page) => {
    colour = new Dropdown({
      label: "Colour",
      options: [new DropdownOption("red", { text: "Red" }), new DropdownOption("Green"), new DropdownOption("blue", { text: "Blue", disabled: true })],
      onChange: (e) => void seen.push([e.data, e.control.value]),
    });
    await page.add(colour);
  });
  assert.deepEqual(pilot.find({ type: DropdownOption }).map((o) => [o.props.key, o.props.text]), [["red", "Red"], ["Green", undefined], ["blue", "Blue"]]);
  assert.equal(await accepted(pilot, { type: Dropdown }, "change", "Green"), true);
  assert.deepEqual(seen, [["Green", "Green"]]);
  for (const bad of ["purple", "blue", 2]) assert.equal(await accepted(pilot, { type: Dropdown }, "change", bad), false, String(bad));
  assert.equal(colour.value, "Green");

  const before = pilot.patches.length;
  colour.options.push(new DropdownOption("pink"));
  await colour.update();
  const ops = pilot.patches.slice(before).flatMap((p) => p.frame[1].ops);
  assert.deepEqual(ops.map((op) => op[0]), [Op.insert]);
  assert.equal(await accepted(pilot, { type: Dropdown }, "change", "pink"), true);
  await pilot.close();
});

test("SearchBar: typing syncs the value, Enter submits; closeView(text) sets the value and closes the view in the browser", async () => {
  const seen: string[] = [];
  let search!: SearchBar;
  const pilot = await runApp(async (page) => {
    search = new SearchBar({
      barHintText: "Search colours",
      controls: [new ListTile({ title: "Amber", onClick: () => void search.closeView("Amber") })],
      onChange: (e) => void seen.push(`change ${e.data}`),
      onSubmit: (e) => void seen.push(`submit ${e.data}`),
      onTap: () => void seen.push("tap"),
    });
    await page.add(search);
  });
  await pilot.fire({ type: SearchBar }, "tap");
  await pilot.type({ type: SearchBar }, "amb");
  await pilot.submit({ type: SearchBar });
  assert.deepEqual(seen, ["tap", "change amb", "submit amb"]);
  assert.equal(search.value, "amb");
  await pilot.click({ type: ListTile });
  assert.equal(pilot.get({ type: SearchBar }).props.value, "Amber");
  const calls = pilot.patches.flatMap((p) => p.frame[1].ops).filter((op) => op[0] === Op.call);
  assert.deepEqual(calls.map((op) => op[3]), ["closeView"]);
  assert.equal(await search.openView(), false, "the pilot has no view to open; openView never rejects");
  assert.equal(await accepted(pilot, { type: SearchBar }, "change", 42), false);
  await pilot.close();
});

test("TextField: prefixIcon and suffixIcon travel as icon names; options are checked by name", async () => {
  const pilot = await runApp(async (page) => {
    await page.add(new TextField({ label: "Search", prefixIcon: "search", suffixIcon: "mic", keyboardType: "email" }));
  });
  const node = pilot.get({ type: TextField });
  assert.deepEqual([node.props.prefixIcon, node.props.suffixIcon, node.props.keyboardType], ["search", "mic", "email"]);
  assert.throws(() => new Slider({ divisons: 4 } as never), (e: ControlError) => e.code === "control.unknown-option" && /did you mean "divisions"/.test(e.message));
  assert.throws(() => new Switch({ lable: "x" } as never), /did you mean "label"/);
  await pilot.close();
});
