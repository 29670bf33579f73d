/**
 * The `weft` command as a user runs it: `bin/weft.js` in a child process. Usage mistakes are one
 * line on stderr and exit code 2; `weft run` serves the app file and prints its URL.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { runWeft as run, weft, type Finished } from "./run-weft.js";

const TIMEOUT_MS = 20_000;

function runWeft(args: string[]): Promise<Finished> {
  return run(args, TIMEOUT_MS);
}

function assertUsageError(result: Finished, pattern: RegExp): void {
  assert.equal(result.code, 2, `exit code (stderr: ${result.stderr})`);
  const lines = result.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0]!, /^weft: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
}

test("weft run with a missing file prints one line and exits 2", async () => {
  const result = await runWeft(["run", "examples/no-such-app.ts", "--no-open"]);
  assertUsageError(result, /no such file: .*no-such-app\.ts/);
});

test("weft run with a bad port prints one line and exits 2", async () => {
  for (const port of ["abc", "70000", "-1", "1.5"]) {
    const result = await runWeft(["run", "examples/hello.ts", "--port", port, "--no-open"]);
    assertUsageError(result, /--port/);
  }
});

test("weft with an unknown flag or command prints one line and exits 2", async () => {
  assertUsageError(await runWeft(["run", "examples/hello.ts", "--bogus"]), /unknown option --bogus/);
  assertUsageError(await runWeft(["run", "--watch=yes", "examples/hello.ts"]), /--watch takes no value; write --watch alone/);
  assertUsageError(await runWeft(["build", "examples/hello.ts", "--watch"]), /unknown option --watch/);
  assertUsageError(await runWeft(["build"]), /build needs an app file, e.g. weft build app\.ts --out build/);
  assertUsageError(await runWeft(["build", "examples/hello.ts", "--out", ""]), /--out must not be empty/);
  assertUsageError(await runWeft(["start", "build", "--out", "x"]), /unknown option --out/);
  assertUsageError(await runWeft(["start", "a", "b"]), /start takes one folder, got 2: a b/);
  assertUsageError(await runWeft(["frobnicate"]), /unknown command "frobnicate"/);
});

test("weft --help lists run, build, start and --watch, and weft --version prints the package version", async () => {
  const help = await runWeft(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /weft run/);
  assert.match(help.stdout, /--no-open/);
  assert.match(help.stdout, /^ {2}build <app\.ts> /m);
  assert.match(help.stdout, /^ {2}start \[dir\] /m);
  assert.match(help.stdout, /^ {2}-w, --watch /m);
  const runHelp = await runWeft(["run", "--help"]);
  assert.equal(runHelp.code, 0);
  assert.match(runHelp.stdout, /--watch/);
  const version = await runWeft(["--version"]);
  assert.equal(version.code, 0);
  assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
});

test("weft run examples/hello.ts --port 0 --no-open serves the app", async () => {
  const child = weft(["run", "examples/hello.ts", "--port", "0", "--no-open"]);
  let stdout = "";
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed in time; stdout: ${stdout}; stderr: ${stderr}`)), TIMEOUT_MS);
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        const found = /http:\/\/127\.0\.0\.1:(\d+)\/\S*/.exec(stdout);
        if (found) {
          clearTimeout(timer);
          resolveUrl(found[0]);
        }
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`weft exited with ${code} before serving; stderr: ${stderr}`));
      });
    });
    assert.notEqual(new URL(url).port, "0");
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await response.text(), /<html/i);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      process.kill(child.pid!, "SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS / 2);
      await exited;
      clearTimeout(force);
    }
  }
});
