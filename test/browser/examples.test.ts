/**
 * Every example, driven in Chromium as a person would (the checks are in `example-checks.ts`,
 * shared with the static-site tests). Each check serves its example with `appAsync` on a free port.
 */
import assert from "node:assert/strict";
import { loadExamples } from "../../examples/gallery.js";
import { testExamples } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

testExamples(browser, {
  async urlOf(slug) {
    const example = (await loadExamples()).find((e) => e.slug === slug);
    assert.ok(example, `no example ${slug}`);
    return (await browser.serve(example.main)).url;
  },
});
