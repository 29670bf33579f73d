/**
 * Collects Content-Security-Policy violations a page reports on its console (the page's policy
 * forbids inline styles and scripts; a widget library that writes `style="…"` trips it).
 */
import type { Page as Tab } from "playwright-core";

export function watchCsp(tab: Tab, into: string[]): Tab {
  tab.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) into.push(`${tab.url()}: ${message.text()}`);
  });
  return tab;
}
