/**
 * maxSessionsPerClient refuses attackers, not people, in Chromium: a tab reloaded more often than
 * the limit keeps working (each reload says bye and its session ends at once); one tab more than
 * the limit of open tabs is refused with words for the person, and the log keeps the detail.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { appAsync, ElevatedButton, Text, type Logger, type Page } from "../../src/index.js";
import { sessionIdOf, TIMEOUT_MS, useBrowser, waitForSession } from "./harness.js";

const browser = useBrowser();
const LIMIT = 3;

/** An app whose sessions say when they start and end, on a server allowing LIMIT per address. */
async function serveCounted() {
  const live = new Set<string>();
  const ended: string[] = [];
  const lines: string[] = [];
  const logger: Logger = { info: (m) => void lines.push(m), warn: (m) => void lines.push(m), error: (m) => void lines.push(m) };
  const main = async (page: Page) => {
    live.add(page.sessionId);
    page.onClose = () => {
      live.delete(page.sessionId);
      ended.push(page.sessionId);
    };
    const count = new Text("clicks: 0");
    let clicks = 0;
    await page.add(count, new ElevatedButton("Count", { onClick: () => void (count.value = `clicks: ${++clicks}`) }));
  };
  const handle = browser.track(await appAsync(main, { port: 0, view: "none", logger, maxSessionsPerClient: LIMIT }));
  return { handle, live, ended, lines };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test(`one tab reloaded ${LIMIT + 3} times with maxSessionsPerClient ${LIMIT}: every load works, each reload ends its session at once`, async () => {
  const server = await serveCounted();
  const tab = await browser.open(server.handle.url);
  for (let reload = 1; reload <= LIMIT + 3; reload++) {
    const before = (await sessionIdOf(tab))!;
    await tab.reload();
    const after = await waitForSession(tab);
    assert.notEqual(after, before);
    await until(() => server.ended.includes(before), `the session before reload ${reload} to end`);
    assert.deepEqual([...server.live], [after], `after reload ${reload} the tab holds one session`);
  }
  await tab.getByRole("button", { name: "Count" }).click();
  await tab.getByText("clicks: 1").waitFor();
  assert.deepEqual(server.lines.filter((l) => /limit\.sessions|to make room/.test(l)), [], "no refusal, no eviction: bye ended each");
  await tab.close();
});

test(`with maxSessionsPerClient ${LIMIT}, tab ${LIMIT + 1} is told in plain words; after one is closed, a reload works`, async () => {
  const server = await serveCounted();
  const tabs = [];
  for (let i = 0; i < LIMIT; i++) tabs.push(await browser.open(server.handle.url));
  const extra = await browser.context.newPage();
  await extra.goto(server.handle.url);
  const notice = extra.locator(".weft-error");
  await notice.getByText("Too many tabs of this app are open from your network. Close some and reload.").waitFor();
  await extra.screenshot({ path: "/tmp/weft-too-many-tabs.png" });
  assert.doesNotMatch(await extra.locator("body").innerText(), /maxSessionsPerClient|address/, "the person reads no option names");
  assert.ok(
    server.lines.some((l) => l.includes("limit.sessions") && l.includes("already holds 3 sessions (option maxSessionsPerClient)")),
    "the log keeps the technical detail",
  );
  assert.equal(server.live.size, LIMIT, "nobody lost a session");

  await tabs.pop()!.close();
  await extra.reload();
  await waitForSession(extra);
  await extra.getByRole("button", { name: "Count" }).click();
  await extra.getByText("clicks: 1").waitFor();
  for (const tab of [...tabs, extra]) await tab.close();
});
