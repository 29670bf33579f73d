/** A Weft app embedded in Express 5, in Chromium: the host's route beside it, its cookie as page.user, a click. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { expressHost } from "../server/embed-hosts.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("an app under /weft/ in Express: the host's route answers, the page greets the cookie's user and counts a click", async () => {
  const host = browser.track(await expressHost());
  const base = `http://127.0.0.1:${host.port}`;
  await browser.context.addCookies([{ name: "auth", value: "ok", url: base }]);
  const own = await browser.open(`${base}/hello`, { session: false });
  assert.equal(await own.locator("body").innerText(), "host route");
  const page = await browser.open(`${base}/weft/`);
  await page.getByText("hello ada: 0").waitFor();
  await page.getByRole("button", { name: "Add" }).click();
  await page.getByText("hello ada: 1").waitFor();
  await page.screenshot({ path: "/tmp/weft-embedded.png" });
  assert.deepEqual(browser.pageErrors, []);
});
