/** The one URL gate of the client: http(s) and relative URLs pass; `data:image/…` only for pictures. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { safeUrl } from "../../src/client/safe-url.js";

const BASE = "https://app.example/page/";

test("http, https and relative URLs pass, normalised", () => {
  assert.equal(safeUrl("https://example.com/a?b#c", "link", BASE), "https://example.com/a?b#c");
  assert.equal(safeUrl("http://example.com", "link", BASE), "http://example.com/");
  assert.equal(safeUrl("/logo.png", "image", BASE), "https://app.example/logo.png");
  assert.equal(safeUrl("next", "link", BASE), "https://app.example/page/next");
  assert.equal(safeUrl("#section", "link", BASE), "https://app.example/page/#section");
  assert.equal(safeUrl("//cdn.example/x.png", "image", BASE), "https://cdn.example/x.png");
  assert.equal(safeUrl("  HTTPS://Example.COM/  ", "link", BASE), "https://example.com/");
});

test("data:image/… passes for pictures only", () => {
  const png = "data:image/png;base64,iVBORw0KGgo=";
  assert.equal(safeUrl(png, "image", BASE), png);
  assert.equal(safeUrl("data:image/svg+xml,<svg/>", "image", BASE), "data:image/svg+xml,<svg/>");
  assert.equal(safeUrl(png, "link", BASE), undefined);
  assert.equal(safeUrl(png, "media", BASE), undefined, "a picture is no media");
});

test("data:audio/… and data:video/… pass for an Audio's or Video's media only", () => {
  const wav = "data:audio/wav;base64,UklGRiQAAABXQVZF";
  const webm = "data:video/webm;base64,GkXfow==";
  assert.equal(safeUrl(wav, "media", BASE), wav);
  assert.equal(safeUrl(webm, "media", BASE), webm);
  assert.equal(safeUrl(wav, "image", BASE), undefined);
  assert.equal(safeUrl(wav, "link", BASE), undefined);
  assert.equal(safeUrl("data:text/html,<script>1</script>", "media", BASE), undefined);
  assert.equal(safeUrl("blob:https://app.example/1", "media", BASE), undefined);
});

test("every other scheme is dropped, however it is disguised", () => {
  for (const url of [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript&colon;alert(1)".replace("&colon;", ":"),
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:application/xhtml+xml,x",
    "data:,image/png",
    "blob:https://app.example/uuid",
    "file:///etc/passwd",
    "filesystem:https://app.example/x",
    "ftp://example.com/x",
  ]) {
    assert.equal(safeUrl(url, "image", BASE), undefined, url);
    assert.equal(safeUrl(url, "link", BASE), undefined, url);
  }
});

test("anything that is not a non-empty string is dropped", () => {
  for (const value of [undefined, null, 1, {}, [], "", "http://[::1"]) assert.equal(safeUrl(value, "link", BASE), undefined);
});
