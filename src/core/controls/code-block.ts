/**
 * `CodeBlock`: read-only source code, highlighted by its `language` in the browser (highlight.js's
 * common languages, loaded only on a page that shows code; any other language shows as plain
 * text), with optional line numbers and a copy button. Not Flet's: Flet shows code only inside
 * `Markdown`, whose `codeTheme` this shares.
 */
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import type { CodeTheme } from "./markdown.js";

export type CodeBlockOptions = OptionsFor<typeof CodeBlock, "value">;

/** `new CodeBlock('const x = 1;', { language: "typescript", showLineNumbers: true })` */
export class CodeBlock extends control("codeblock", {
  /** The code, shown as it is (never parsed as Markdown or HTML). Default "". */
  value: prop(""),
  /** Its language, by name or alias (`"typescript"`, `"ts"`, `"python"`, `"bash"`, …). Default: none, plain text. */
  language: prop<string>(),
  /** Number the lines in a gutter that selection and copying leave out. Default false. */
  showLineNumbers: prop(false),
  /** Whether a person can select the code. Default true. */
  selectable: prop(true),
  /** Show a button that copies the code to the clipboard. Default true. */
  showCopyButton: prop(true),
  /** The colours. Default "system" (the page's M3 scheme, light or dark). */
  codeTheme: prop<CodeTheme>("system"),
  /** Runs when the person copied the code with the copy button. */
  onCopy: on(),
}) {
  /** `new CodeBlock(value, options)`, or Flet's keyword form `new CodeBlock({ value, ...options })`. */
  constructor(value?: string | WithMain<CodeBlockOptions, "value", string>, options?: CodeBlockOptions) {
    super();
    const [main, rest] = keywordForm(value, options, this, "value");
    if (main !== undefined) this.value = main;
    this.applyOptions(rest);
  }
}
