/**
 * `npm start`: installs what is missing, then serves the examples gallery
 * (http://127.0.0.1:8550 unless PORT/HOST say otherwise). The gallery runs in a child process
 * with tsx loaded; Ctrl-C and SIGTERM are forwarded to it, and its exit code becomes ours.
 * Beside it, the API reference is built (TypeDoc, scripts/api-docs.mjs) when it is missing or
 * stale, in the background, so the gallery is up at once and links the reference once it is there.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureDeps, orExit, root } from "./ensure.mjs";

orExit(ensureDeps);

const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", join(root, "examples", "gallery.ts")], {
  cwd: root,
  stdio: "inherit",
});

const docs = spawn(process.execPath, [join(root, "scripts", "api-docs.mjs")], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
docs.on("exit", (code) => {
  if (code === 0) console.log(`Weft: the API reference is served at /assets/api/index.html`);
  else if (code !== null) console.error(`weft: the API reference could not be built (TypeDoc exited ${code}); the gallery runs without it`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const running of [child, docs]) if (running.exitCode === null && running.signalCode === null) running.kill(signal);
  });
}

child.on("error", (error) => {
  console.error(`weft: could not start the gallery: ${error.message}`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  process.exit(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
});
