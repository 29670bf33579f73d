/** An app error the app does not handle itself is shown in the page; the page stays usable. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { appAsync, ElevatedButton, Text, type Page } from "../../src/index.js";
import { quietLogger, useBrowser } from "./harness.js";

const browser = useBrowser();

const main = async (page: Page) => {
  const after = new Text("");
  await page.add(
    new ElevatedButton("Break", { onClick: () => { throw new Error("the database said no"); } }),
    new ElevatedButton("Work", { onClick: () => void (after.value = "still working") }),
    after,
  );
};

test("development: the message and a stack disclosure are shown, and can be dismissed", async () => {
  const handle = browser.track(await appAsync(main, { port: 0, view: "none", logger: quietLogger, exposeErrors: true }));
  const tab = await browser.open(handle.url);
  await tab.getByRole("button", { name: "Break" }).click();
  const alert = tab.getByRole("alert");
  await alert.getByText(/onClick handler of ElevatedButton#\d+ "Break" failed: the database said no/).waitFor();
  await alert.getByText("Details").click();
  await alert.getByText(/Error: the database said no\n\s+at /).waitFor();
  await tab.getByRole("button", { name: "Work" }).click();
  await tab.getByText("still working").waitFor();
  await alert.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await alert.textContent(), "");
});

test("production: a generic notice, nothing of the error's text", async () => {
  const handle = browser.track(await appAsync(main, { port: 0, view: "none", logger: quietLogger, exposeErrors: false }));
  const tab = await browser.open(handle.url);
  await tab.getByRole("button", { name: "Break" }).click();
  await tab.getByRole("alert").getByText("Something went wrong in this app. The error was logged on the server.").waitFor();
  assert.equal(await tab.getByText(/database/).count(), 0);
});
