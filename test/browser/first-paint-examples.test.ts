/**
 * The seed examples with `firstPaint: "server"` (issue 21): the same checks as examples.test.ts
 * (the countdown ticks from its first second, the delayed hello waits, two tabs are two
 * sessions, …), each example served with its first paint rendered by the server.
 */
import assert from "node:assert/strict";
import { loadExamples } from "../../examples/gallery.js";
import { appAsync } from "../../src/index.js";
import { testExamples } from "./example-checks.js";
import { quietLogger, useBrowser } from "./harness.js";

const browser = useBrowser();

testExamples(
  browser,
  {
    async urlOf(slug) {
      const example = (await loadExamples()).find((e) => e.slug === slug);
      assert.ok(example, `no example ${slug}`);
      const handle = browser.track(await appAsync(example.main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, firstPaint: "server" }));
      return handle.url;
    },
    firstPaint: true,
  },
  "first paint: ",
);
