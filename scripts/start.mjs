/**
 * `npm start`: installs what is missing, then serves the examples gallery
 * (http://127.0.0.1:8550 unless PORT/HOST say otherwise). The gallery runs in a child process
 * with tsx loaded; Ctrl-C and SIGTERM are forwarded to it, and its exit code becomes ours.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureDeps, orExit, root } from "./ensure.mjs";

orExit(ensureDeps);

const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", join(root, "examples", "gallery.ts")], {
  cwd: root,
  stdio: "inherit",
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on("error", (error) => {
  console.error(`weft: could not start the gallery: ${error.message}`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  process.exit(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
});
