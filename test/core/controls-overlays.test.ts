/** Overlays through the pilot: page.open/close, dismissal in the browser, onDismiss, pickers. */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AlertDialog,
  Banner,
  BottomSheet,
  ControlError,
  DatePicker,
  ErrorCode,
  NavigationDrawer,
  SnackBar,
  Text,
  TextButton,
  TimePicker,
  type DismissReason,
  type Page,
} from "../../src/core/index.js";
import { runApp, type Pilot } from "../../src/testing/index.js";

function overlayOf(pilot: Pilot) {
  return pilot.tree.page!.slots.overlay ?? [];
}

test("page.open puts a dialog in the overlay, open; page.close takes it out without onDismiss", async () => {
  const dismissed: string[] = [];
  let page!: Page;
  const dialog: AlertDialog = new AlertDialog({
    title: "Delete the file?",
    content: new Text("This cannot be undone."),
    actions: [new TextButton("Cancel", { onClick: () => page.close(dialog) })],
    onDismiss: (e) => void dismissed.push(e.data),
  });
  const pilot = await runApp(async (p) => {
    page = p;
    await page.open(dialog);
  });
  const [node] = overlayOf(pilot);
  assert.equal(node?.type, "alertdialog");
  assert.equal(node.props.open, true);
  assert.equal(pilot.get({ type: Text, text: "Delete the file?" }).parent, node, "a string title is a Text in the title slot");
  assert.equal(node.slots.title?.length, 1);
  assert.deepEqual(page.overlay, [dialog]);

  await pilot.click({ text: "Cancel" });
  assert.equal(overlayOf(pilot).length, 0, "closed and removed on the client");
  assert.deepEqual(page.overlay, []);
  assert.equal(dialog.open, false);
  assert.deepEqual(dismissed, [], "onDismiss is for the person closing it, not page.close");
  await pilot.close();
});

test("a dismissal in the browser turns open false before onDismiss runs, and the dialog leaves the overlay", async () => {
  const seen: Array<{ reason: DismissReason; open: boolean; inOverlay: boolean }> = [];
  const dialog = new AlertDialog({
    title: "Hello",
    onDismiss: (e) => void seen.push({ reason: e.data, open: e.control.open, inOverlay: e.page.overlay.includes(e.control) }),
  });
  const pilot = await runApp((page) => page.open(dialog));
  const id = overlayOf(pilot)[0]!.id;
  await pilot.fire(id, "dismiss", "escape");
  assert.deepEqual(seen, [{ reason: "escape", open: false, inOverlay: false }]);
  assert.equal(overlayOf(pilot).length, 0);

  // Opened again, it is a new node on the client, open again.
  await pilot.page.open(dialog);
  await pilot.settle();
  assert.equal(overlayOf(pilot).length, 1);
  assert.equal(overlayOf(pilot)[0]!.props.open, true);
  assert.notEqual(overlayOf(pilot)[0]!.id, id);
  await pilot.close();
});

test("onDismiss may reopen the overlay at once: it stays in the overlay, open", async () => {
  let count = 0;
  const sheet = new BottomSheet(new Text("Sheet"), {
    onDismiss: (e) => {
      if (++count === 1) return e.page.open(e.control);
    },
  });
  const pilot = await runApp((page) => page.open(sheet));
  const id = overlayOf(pilot)[0]!.id;
  await pilot.fire(id, "dismiss", "scrim");
  assert.equal(count, 1);
  assert.equal(overlayOf(pilot)[0]?.id, id, "the same node, never removed");
  assert.equal(overlayOf(pilot)[0]?.props.open, true, "open is sent again, since the browser had closed it");
  assert.equal(sheet.open, true);
  await pilot.close();
});

test("a dismissal with an unknown reason is refused and runs no handler", async () => {
  let calls = 0;
  const pilot = await runApp((page) => page.open(new AlertDialog({ title: "Hi", onDismiss: () => void calls++ })));
  const id = overlayOf(pilot)[0]!.id;
  await pilot.fire(id, "dismiss", "because");
  await pilot.fire(id, "dismiss", null);
  assert.equal(calls, 0);
  assert.equal(pilot.session.stats.badEventData, 2);
  assert.equal(overlayOf(pilot).length, 1);
  await pilot.close();
});

test("an overlay the app put in page.overlay itself stays there when dismissed, and reopens by open = true", async () => {
  const banner = new Banner("Offline", { actions: [new TextButton("Retry")] });
  const pilot = await runApp(async (page) => {
    page.overlay.push(banner);
    banner.open = true;
    await page.update();
  });
  const node = overlayOf(pilot)[0]!;
  await pilot.fire(node, "dismiss", "escape");
  assert.equal(banner.open, false);
  assert.equal(overlayOf(pilot)[0], node, "still in the overlay");
  banner.open = true;
  await banner.update();
  await pilot.settle();
  assert.equal(node.props.open, true);
  await pilot.page.close(banner);
  await pilot.settle();
  assert.equal(node.props.open, false, "page.close of an overlay it did not add only closes it");
  assert.equal(overlayOf(pilot).length, 1);
  await pilot.close();
});

test("page.open refuses a control that is not an overlay", async () => {
  const pilot = await runApp(() => {});
  assert.throws(
    () => pilot.page.open(new Text("x") as unknown as AlertDialog),
    (error: unknown) => error instanceof ControlError && error.code === ErrorCode.badValue && /takes an AlertDialog/.test(error.message),
  );
  await pilot.close();
});

test("a drawer opens as page.drawer; dismissed, it closes and stays", async () => {
  const reasons: string[] = [];
  const drawer = new NavigationDrawer([new Text("Mail")], { onDismiss: (e) => void reasons.push(e.data) });
  const pilot = await runApp((page) => page.open(drawer));
  assert.equal(pilot.page.drawer, drawer);
  const node = pilot.tree.page!.slots.drawer![0]!;
  assert.equal(node.props.open, true);
  assert.equal(overlayOf(pilot).length, 0);
  await pilot.fire(node, "dismiss", "scrim");
  assert.deepEqual(reasons, ["scrim"]);
  assert.equal(drawer.open, false);
  assert.equal(pilot.page.drawer, drawer);
  await pilot.page.open(drawer);
  await pilot.settle();
  assert.equal(node.props.open, true);
  await pilot.page.close(drawer);
  await pilot.settle();
  assert.equal(node.props.open, false);
  assert.equal(pilot.tree.page!.slots.drawer![0], node);
  await pilot.close();
});

test("a snack bar reports its action and its timeout; an action it does not have is refused", async () => {
  const seen: string[] = [];
  const snack = new SnackBar("Saved", { action: "Undo", onAction: () => void seen.push("action"), onDismiss: (e) => void seen.push(e.data) });
  const plain = new SnackBar("Hello", { onAction: () => void seen.push("plain action"), onDismiss: (e) => void seen.push(`plain ${e.data}`) });
  const pilot = await runApp(async (page) => {
    await page.open(snack);
    await page.open(plain);
  });
  const [snackNode, plainNode] = overlayOf(pilot);
  assert.equal(snackNode!.props.action, "Undo");
  assert.equal(pilot.find({ type: Text, text: "Saved", within: snackNode }).length, 1);
  await pilot.fire(snackNode!, "action");
  await pilot.fire(snackNode!, "dismiss", "action");
  await pilot.fire(plainNode!, "action");
  await pilot.fire(plainNode!, "dismiss", "timeout");
  assert.deepEqual(seen, ["action", "action", "plain timeout"]);
  assert.equal(overlayOf(pilot).length, 0);
  await pilot.close();
});

test("a date picker syncs a confirmed date before onChange and closes; bad or out-of-range dates are refused", async () => {
  const seen: Array<{ data: string; value: string | undefined; open: boolean }> = [];
  const picker = new DatePicker({
    value: "2024-05-01",
    firstDate: "2024-01-01",
    lastDate: "2024-12-31",
    onChange: (e) => void seen.push({ data: e.data, value: e.control.value, open: e.control.open }),
  });
  const pilot = await runApp((page) => page.open(picker));
  const node = overlayOf(pilot)[0]!;
  assert.equal(node.props.value, "2024-05-01");
  for (const bad of ["2024-02-30", "2023-12-31", "2025-01-01", "2024-5-1", "tomorrow", 20240501, null]) {
    await pilot.fire(node, "change", bad);
  }
  assert.deepEqual(seen, []);
  assert.equal(pilot.session.stats.badEventData, 7);
  await pilot.fire(node, "change", "2024-02-29");
  assert.deepEqual(seen, [{ data: "2024-02-29", value: "2024-02-29", open: false }]);
  assert.equal(overlayOf(pilot).length, 0, "confirming closes the picker");
  await pilot.close();
});

test("a time picker takes HH:MM only; Cancel is a dismissal", async () => {
  const seen: string[] = [];
  const picker = new TimePicker({ value: "09:30", onChange: (e) => void seen.push(`change ${e.control.value}`), onDismiss: (e) => void seen.push(e.data) });
  const pilot = await runApp((page) => page.open(picker));
  const node = overlayOf(pilot)[0]!;
  for (const bad of ["24:00", "9:30", "12:60", "12:30:00"]) await pilot.fire(node, "change", bad);
  await pilot.fire(node, "change", "23:59");
  assert.deepEqual(seen, ["change 23:59"]);
  await pilot.page.open(picker);
  await pilot.settle();
  await pilot.fire(overlayOf(pilot)[0]!, "dismiss", "cancel");
  assert.deepEqual(seen, ["change 23:59", "cancel"]);
  assert.equal(picker.value, "23:59");
  await pilot.close();
});

test("pickers refuse a malformed starting value", () => {
  assert.throws(() => new DatePicker({ value: "31/05/2024" }), /DatePicker.value must be a date written YYYY-MM-DD/);
  assert.throws(() => new DatePicker({ lastDate: "2024-13-01" }), /DatePicker.lastDate/);
  assert.throws(() => new TimePicker({ value: "7pm" }), /TimePicker.value must be a time written HH:MM/);
});
