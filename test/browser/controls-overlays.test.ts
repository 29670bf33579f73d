/**
 * Overlays in Chromium: dialogs, snack bars, banners, sheets and pickers opened by the app,
 * driven by role, name and keyboard, checked against what the server's handlers saw.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AlertDialog,
  Banner,
  BottomSheet,
  DatePicker,
  ElevatedButton,
  SnackBar,
  Text,
  TextButton,
  TextField,
  TimePicker,
  type Page,
} from "../../src/index.js";
import { until } from "./example-checks.js";
import { hasFocus } from "./focus.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

function dialogApp(seen: string[], modal: boolean) {
  return (page: Page) => {
    const dialog: AlertDialog = new AlertDialog({
      title: "Delete the file?",
      content: new TextField({ label: "Reason" }),
      actions: [
        new TextButton("Cancel", { onClick: () => page.close(dialog) }),
        new TextButton("Delete", { onClick: () => { seen.push(`deleted ${(dialog.content as TextField).value}`); return page.close(dialog); } }),
      ],
      modal,
      onDismiss: (e) => void seen.push(`dismissed ${e.data} ${e.control.open}`),
    });
    return page.add(new ElevatedButton("Delete…", { onClick: () => page.open(dialog) }));
  };
}

test("a dialog: named by its title, focus inside, Tab stays inside, Escape dismisses and focus returns", async () => {
  const seen: string[] = [];
  const tab = await browser.open((await browser.serve(dialogApp(seen, false))).url);
  const opener = tab.getByRole("button", { name: "Delete…" });
  await opener.click();
  const dialog = tab.getByRole("dialog", { name: "Delete the file?" });
  await dialog.waitFor();
  assert.ok(await hasFocus(dialog), "focus moved into the dialog");
  for (let i = 0; i < 5; i++) {
    await tab.keyboard.press("Tab");
    assert.ok(await hasFocus(dialog), `Tab ${i + 1} kept focus inside the modal dialog`);
  }
  await tab.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await until(async () => seen.includes("dismissed escape false"), "the server saw the dismissal, open already false");
  assert.ok(await hasFocus(opener), "focus went back to the button that opened the dialog");

  // Opened again: type a reason, press the action; the handler reads the typed value.
  await opener.click();
  await dialog.getByLabel("Reason").fill("duplicate");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await dialog.waitFor({ state: "detached" });
  await until(async () => seen.includes("deleted duplicate"), "the action's handler ran with the field's value");
  assert.deepEqual(seen, ["dismissed escape false", "deleted duplicate"], "page.close is not a dismissal");
  assert.ok(await hasFocus(opener), "focus went back after the action closed it");

  // And a click on the scrim dismisses it.
  await opener.click();
  await dialog.waitFor();
  await tab.mouse.click(5, 700);
  await dialog.waitFor({ state: "detached" });
  await until(async () => seen.includes("dismissed scrim false"), "the server saw the scrim dismissal");
});

test("a modal dialog ignores Escape and the scrim; only an action closes it", async () => {
  const seen: string[] = [];
  const tab = await browser.open((await browser.serve(dialogApp(seen, true))).url);
  await tab.getByRole("button", { name: "Delete…" }).click();
  const dialog = tab.getByRole("dialog", { name: "Delete the file?" });
  await dialog.waitFor();
  await tab.keyboard.press("Escape");
  await tab.keyboard.press("Escape");
  await tab.mouse.click(5, 700);
  assert.ok(await dialog.isVisible(), "still open");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "detached" });
  assert.deepEqual(seen, []);
});

test("a snack bar is a status; its action runs onAction then closes it; left alone it times out and says so", async () => {
  const seen: string[] = [];
  const main = (page: Page) =>
    page.add(
      new ElevatedButton("Archive", {
        onClick: () => page.open(new SnackBar("Message archived", { action: "Undo", onAction: () => void seen.push("undo"), onDismiss: (e) => void seen.push(`undo bar ${e.data}`) })),
      }),
      new ElevatedButton("Save", {
        onClick: () => page.open(new SnackBar("Saved", { duration: 300, onDismiss: (e) => void seen.push(`saved bar ${e.data} ${e.control.open}`) })),
      }),
    );
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.getByRole("button", { name: "Archive" }).click();
  const status = tab.getByRole("status").filter({ hasText: "Message archived" });
  await status.waitFor();
  await status.getByRole("button", { name: "Undo" }).click();
  await status.waitFor({ state: "detached" });
  await until(async () => seen.join() === "undo,undo bar action", "the server saw the action, then the dismissal");

  await tab.getByRole("button", { name: "Save" }).click();
  const saved = tab.getByRole("status").filter({ hasText: "Saved" });
  await saved.waitFor();
  await until(async () => seen.includes("saved bar timeout false"), "the browser reported the timeout");
  await saved.waitFor({ state: "detached" });
});

test("a banner appears as an alert under the top of the page; its action closes it", async () => {
  const seen: string[] = [];
  const main = (page: Page) => {
    const banner: Banner = new Banner("You are offline.", { actions: [new TextButton("Retry", { onClick: () => { seen.push("retry"); return page.close(banner); } })] });
    return page.add(new ElevatedButton("Go offline", { onClick: () => page.open(banner) }));
  };
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.getByRole("button", { name: "Go offline" }).click();
  const alert = tab.getByRole("alert").filter({ hasText: "You are offline." });
  await alert.waitFor();
  assert.equal((await alert.boundingBox())!.y, 0);
  await alert.getByRole("button", { name: "Retry" }).click();
  await alert.waitFor({ state: "detached" });
  assert.deepEqual(seen, ["retry"]);
});

test("a bottom sheet is a modal dialog at the bottom edge; Escape dismisses it", async () => {
  const seen: string[] = [];
  const main = (page: Page) =>
    page.add(new ElevatedButton("Share", { onClick: () => page.open(new BottomSheet(new Text("Share to…"), { tooltip: "Share", showDragHandle: true, onDismiss: (e) => void seen.push(e.data) })) }));
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.getByRole("button", { name: "Share" }).click();
  const sheet = tab.getByRole("dialog", { name: "Share" });
  await sheet.waitFor();
  const box = (await sheet.boundingBox())!;
  assert.equal(Math.round(box.y + box.height), tab.viewportSize()!.height, "docked to the bottom");
  await tab.keyboard.press("Escape");
  await sheet.waitFor({ state: "detached" });
  await until(async () => seen.join() === "escape", "the server saw the dismissal");
});

test("date and time pickers: a labelled native input in a dialog; OK and Enter confirm, Cancel dismisses", async () => {
  const seen: string[] = [];
  const main = (page: Page) =>
    page.add(
      new ElevatedButton("Pick a date", {
        onClick: () => page.open(new DatePicker({ value: "2024-05-31", firstDate: "2024-01-01", lastDate: "2024-12-31", onChange: (e) => void seen.push(`date ${e.data} ${e.control.value}`), onDismiss: (e) => void seen.push(`date ${e.data}`) })),
      }),
      new ElevatedButton("Pick a time", { onClick: () => page.open(new TimePicker({ value: "09:30", onChange: (e) => void seen.push(`time ${e.data}`) })) }),
    );
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.getByRole("button", { name: "Pick a date" }).click();
  const datePicker = tab.getByRole("dialog", { name: "Select date" });
  const date = datePicker.getByLabel("Date");
  assert.equal(await date.inputValue(), "2024-05-31");
  assert.equal(await date.getAttribute("max"), "2024-12-31");
  await date.fill("2024-06-15");
  await datePicker.getByRole("button", { name: "OK" }).click();
  await datePicker.waitFor({ state: "detached" });
  await until(async () => seen.includes("date 2024-06-15 2024-06-15"), "the server saw the date, value synced");

  await tab.getByRole("button", { name: "Pick a date" }).click();
  await datePicker.getByRole("button", { name: "Cancel" }).click();
  await until(async () => seen.includes("date cancel"), "the server saw Cancel as a dismissal");

  await tab.getByRole("button", { name: "Pick a time" }).click();
  const time = tab.getByRole("dialog", { name: "Select time" }).getByLabel("Time");
  await time.fill("14:05");
  await time.press("Enter");
  await until(async () => seen.includes("time 14:05"), "the server saw the time");
});
