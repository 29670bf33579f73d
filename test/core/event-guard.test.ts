/**
 * The server keeps what a control's props promise, whatever a client sends: forged event frames,
 * as a hostile client would send them, against read-only, disabled and maxLength fields, sliders'
 * ranges and steps, option lists and modal dialogs. Each refused change leaves the client showing
 * the server's value: the server sends it back.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AlertDialog,
  BottomSheet,
  Column,
  Dropdown,
  DropdownOption,
  ElevatedButton,
  Radio,
  RadioGroup,
  RangeSlider,
  Slider,
  SnackBar,
  TextButton,
  TextField,
  type Page,
} from "../../src/core/index.js";
import { encodeFrame, Op, type JsonValue } from "../../src/protocol/index.js";
import { runApp, type MirrorNode, type Pilot } from "../../src/testing/index.js";

/**
 * What a hostile client does: its own field shows `shown` (it typed past a limit, or forged the
 * display too), and it sends the event frame. Returns the `set` ops the server sent back for it.
 */
async function forge(pilot: Pilot, node: MirrorNode, name: string, data: JsonValue, shown?: Record<string, JsonValue>): Promise<Record<string, JsonValue>[]> {
  Object.assign(node.props, shown);
  const before = pilot.frames.length;
  await pilot.fire(node, name, data);
  const sets: Record<string, JsonValue>[] = [];
  for (const { frame } of pilot.frames.slice(before)) {
    if (frame[0] !== "patch") continue;
    for (const op of frame[1].ops) if (op[0] === Op.set && op[1] === node.id) sets.push(op[2] as Record<string, JsonValue>);
  }
  return sets;
}

test("readOnly: a forged change is refused and the server's value re-sent; Enter on what it shows still submits", async () => {
  const seen: string[] = [];
  const field = new TextField({ label: "Id", value: "fixed", readOnly: true, onChange: (e) => void seen.push(`change ${e.data}`), onSubmit: (e) => void seen.push(`submit ${e.data}`) });
  const pilot = await runApp((page) => page.add(field));
  const node = pilot.get({ type: TextField });
  assert.deepEqual(await forge(pilot, node, "change", "hacked", { value: "hacked" }), [{ value: "fixed" }]);
  assert.equal(field.value, "fixed");
  assert.equal(node.props.value, "fixed", "the client shows the server's value again");
  assert.equal(pilot.session.stats.badEventData, 1);
  assert.deepEqual(await forge(pilot, node, "submit", "also hacked"), [{ value: "fixed" }]);
  await forge(pilot, node, "submit", "fixed");
  assert.deepEqual(seen, ["submit fixed"]);
  await pilot.close();
});

test("disabled: a forged change on a disabled field is dropped and its value re-sent", async () => {
  let changes = 0;
  const field = new TextField({ label: "Name", value: "Ada", disabled: true, onChange: () => void changes++ });
  const pilot = await runApp((page) => page.add(field));
  const node = pilot.get({ type: TextField });
  assert.deepEqual(await forge(pilot, node, "change", "Eve", { value: "Eve" }), [{ value: "Ada" }]);
  assert.equal(field.value, "Ada");
  assert.equal(node.props.value, "Ada");
  assert.equal(changes, 0);
  assert.equal(pilot.session.stats.blockedEvents, 1);
  await pilot.close();
});

test("maxLength: 60,000 forged characters are cut to maxLength before the handler, and the cut value re-sent", async () => {
  const seen: string[] = [];
  const field = new TextField({ label: "Code", maxLength: 5, onChange: (e) => void seen.push(e.data) });
  const pilot = await runApp((page) => page.add(field));
  const node = pilot.get({ type: TextField });
  const long = "a".repeat(60_000);
  assert.deepEqual(await forge(pilot, node, "change", long, { value: long }), [{ value: "aaaaa" }]);
  assert.equal(field.value, "aaaaa");
  assert.equal(node.props.value, "aaaaa");
  assert.deepEqual(seen, ["aaaaa"], "the handler sees the value the server holds");
  // Within the limit nothing is sent back; a cut never splits a surrogate pair.
  assert.deepEqual(await forge(pilot, node, "change", "abc"), []);
  await forge(pilot, node, "change", "abcd😀");
  assert.equal(field.value, "abcd");
  await pilot.close();
});

test("Slider: a value between divisions is put on the nearest step and re-sent; out of range is refused and re-sent", async () => {
  const seen: unknown[] = [];
  const slider = new Slider({ min: 0, max: 100, divisions: 10, value: 50, onChange: (e) => void seen.push(e.data) });
  const fine = new Slider({ min: 0, max: 1, tooltip: "fine" });
  const pilot = await runApp((page) => page.add(slider, fine));
  const [node, fineNode] = pilot.find({ type: Slider });
  assert.deepEqual(await forge(pilot, node!, "change", 33, { value: 33 }), [{ value: 30 }]);
  assert.equal(slider.value, 30);
  assert.equal(node!.props.value, 30);
  assert.deepEqual(await forge(pilot, node!, "change", 70), [], "a value on a step is taken as it is");
  assert.deepEqual(await forge(pilot, node!, "change", 1e9, { value: 1e9 }), [{ value: 70 }]);
  assert.deepEqual(await forge(pilot, node!, "change", -5), [{ value: 70 }]);
  assert.equal(node!.props.value, 70);
  assert.deepEqual(seen, [30, 70]);
  // Without divisions a slider moves in hundredths of its range, on the server too.
  assert.deepEqual(await forge(pilot, fineNode!, "change", 0.123456), [{ value: 0.12 }]);
  assert.deepEqual(await forge(pilot, fineNode!, "change", 0.37), []);
  assert.equal(fine.value, 0.37);
  await pilot.close();
});

test("RangeSlider: values between divisions are put on steps and re-sent; a reversed pair is refused and re-sent", async () => {
  const seen: unknown[] = [];
  const range = new RangeSlider(25, 75, { min: 0, max: 100, divisions: 4, onChange: (e) => void seen.push(e.data) });
  const pilot = await runApp((page) => page.add(range));
  const node = pilot.get({ type: RangeSlider });
  assert.deepEqual(await forge(pilot, node, "change", [10, 90]), [{ startValue: 0, endValue: 100 }]);
  assert.deepEqual([range.startValue, range.endValue], [0, 100]);
  assert.deepEqual(seen, [[0, 100]]);
  assert.deepEqual(await forge(pilot, node, "change", [75, 25], { startValue: 75, endValue: 25 }), [{ startValue: 0, endValue: 100 }]);
  assert.deepEqual([node.props.startValue, node.props.endValue], [0, 100]);
  assert.equal(seen.length, 1);
  await pilot.close();
});

/** A choice from a set: a forged value outside it is refused, no handler runs, and the chosen one is re-sent. */
async function refusesOutsideItsOptions(control: Dropdown | RadioGroup, forged: string): Promise<void> {
  let changes = 0;
  control.onChange = () => void changes++;
  const chosen = control.value;
  const pilot = await runApp((page) => page.add(control));
  const node = pilot.get({ type: control.constructor as typeof Dropdown });
  assert.deepEqual(await forge(pilot, node, "change", forged, { value: forged }), [{ value: chosen! }]);
  assert.equal(control.value, chosen);
  assert.equal(node.props.value, chosen, "the client shows the chosen value again");
  assert.equal(changes, 0);
  await pilot.close();
}

test("Dropdown: a value that is none of its options is refused and the chosen one re-sent", async () => {
  await refusesOutsideItsOptions(new Dropdown({ label: "Colour", value: "red", options: [new DropdownOption("red"), new DropdownOption("green")] }), "purple");
});

test("RadioGroup: a value that is none of its radios is refused and the chosen one re-sent", async () => {
  await refusesOutsideItsOptions(new RadioGroup(new Column([new Radio({ value: "s", label: "S" }), new Radio({ value: "m", label: "M" })]), { value: "s" }), "xl");
});

/** A page with a button behind a dialog that `open` shows; `deletes` counts the button's runs. */
async function behindADialog(modal: boolean) {
  const counts = { deletes: 0, dismissals: 0 };
  let page!: Page;
  const dialog: AlertDialog = new AlertDialog({
    title: "Sure?",
    modal,
    actions: [new TextButton("Cancel", { onClick: () => page.close(dialog) })],
    onDismiss: () => void counts.dismissals++,
  });
  const pilot = await runApp(async (p) => {
    page = p;
    await page.add(new ElevatedButton("Delete", { onClick: () => void counts.deletes++ }), new TextField({ label: "Note", onBlur: () => {} }));
  });
  return { pilot, dialog, counts, open: async () => { await page.open(dialog); await pilot.settle(); } };
}

test("modal: while a dialog is open, events on controls behind it are dropped, counted and logged once; its own actions work", async () => {
  const { pilot, dialog, counts, open } = await behindADialog(true);
  const button = pilot.get({ text: "Delete" });
  await open();
  const blockedBefore = pilot.session.stats.blockedEvents;
  for (let i = 0; i < 5; i++) await pilot.sendRaw(encodeFrame(["event", { seq: 100 + i, id: button.id, name: "click" }]));
  assert.equal(counts.deletes, 0, "the button behind the dialog never ran");
  assert.equal(pilot.session.stats.blockedEvents - blockedBefore, 5);
  assert.equal(pilot.logs.filter((l) => /click event on ElevatedButton#\d+ "Delete" dropped: it is behind the open AlertDialog/.test(l.message)).length, 1, "logged once, not per event");
  // What a browser sends from behind a dialog because it opened still arrives: focus leaving a field.
  const handled = pilot.session.stats.handledEvents;
  await pilot.sendRaw(encodeFrame(["event", { seq: 200, id: pilot.get({ type: TextField }).id, name: "blur" }]));
  assert.equal(pilot.session.stats.handledEvents, handled + 1);
  // The dialog's own action closes it; then the page takes events again.
  await pilot.sendRaw(encodeFrame(["event", { seq: 201, id: pilot.get({ text: "Cancel" }).id, name: "click" }]));
  assert.equal(dialog.open, false);
  await pilot.sendRaw(encodeFrame(["event", { seq: 202, id: button.id, name: "click" }]));
  assert.equal(counts.deletes, 1);
  await pilot.close();
});

test("modal: a forged dismissal from the scrim or Escape is dropped and open re-sent; only its actions close it", async () => {
  const { pilot, dialog, counts, open } = await behindADialog(true);
  await open();
  const node = pilot.tree.page!.slots.overlay![0]!;
  assert.deepEqual(await forge(pilot, node, "dismiss", "scrim", { open: false }), [{ open: true }]);
  assert.deepEqual(await forge(pilot, node, "dismiss", "escape"), [{ open: true }]);
  assert.equal(dialog.open, true);
  assert.equal(node.props.open, true, "the client shows the dialog open again");
  assert.equal(counts.dismissals, 0);
  assert.equal(pilot.session.stats.badEventData, 2);
  await pilot.close();
});

test("non-modal: the scrim still dismisses a dialog that is not modal", async () => {
  const { pilot, dialog, counts, open } = await behindADialog(false);
  await open();
  const node = pilot.tree.page!.slots.overlay![0]!;
  assert.deepEqual(await forge(pilot, node, "dismiss", "scrim"), []);
  assert.equal(dialog.open, false);
  assert.equal(counts.dismissals, 1);
  await pilot.close();
});

test("other overlays: a sheet that is not dismissible refuses a dismissal; a snack bar times out under a dialog; a snack bar blocks nothing", async () => {
  let dismissals = 0;
  let clicks = 0;
  const sheet = new BottomSheet(new TextButton("Sheet action", { onClick: () => void clicks++ }), { dismissible: false, onDismiss: () => void dismissals++ });
  const snack = new SnackBar("Saved", { onDismiss: () => void dismissals++ });
  const pilot = await runApp(async (page) => {
    await page.add(new ElevatedButton("Behind", { onClick: () => void clicks++ }));
    await page.open(snack);
  });
  await pilot.click({ text: "Behind" });
  assert.equal(clicks, 1, "an open snack bar leaves the page usable");
  await pilot.page.open(sheet);
  await pilot.settle();
  const [snackNode, sheetNode] = pilot.tree.page!.slots.overlay!;
  assert.deepEqual(await forge(pilot, sheetNode!, "dismiss", "scrim"), [{ open: true }]);
  assert.equal(sheet.open, true);
  await pilot.fire({ text: "Behind" }, "click");
  await pilot.fire({ text: "Sheet action" }, "click");
  assert.equal(clicks, 2, "the click behind the sheet was dropped, the one inside it ran");
  await pilot.fire(snackNode!, "dismiss", "timeout");
  assert.equal(snack.open, false, "a snack bar's timeout under a sheet still counts");
  assert.equal(dismissals, 1);
  await pilot.close();
});
