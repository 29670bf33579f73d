/**
 * The `weft` command. `bin/weft.js` registers tsx and calls `main(argv)`; a usage mistake is one
 * line on stderr and exit code 2.
 */
import { parseArgs } from "node:util";
import { HELP } from "./help.js";
import { parseOrExplain } from "./parse.js";
import { UsageError } from "./usage-error.js";
import { weftVersion } from "./version.js";

/**
 * Each command's module is loaded only when it runs: `weft start` and `weft run` then load no
 * bundler code (`publish` and `build` import esbuild).
 */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  run: async (args) => (await import("./run.js")).runCommand(args),
  publish: async (args) => (await import("./publish.js")).publishCommand(args),
  create: async (args) => (await import("./create.js")).createCommand(args),
  build: async (args) => (await import("./build.js")).buildCommand(args),
  start: async (args) => (await import("./start.js")).startCommand(args),
};

async function dispatch(argv: string[]): Promise<void> {
  const first = argv.findIndex((arg) => !arg.startsWith("-"));
  const globals = first < 0 ? argv : argv.slice(0, first);
  const { values } = parseOrExplain(() =>
    parseArgs({
      args: globals,
      strict: true,
      options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
    }),
  );
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.version) {
    process.stdout.write(`${weftVersion()}\n`);
    return;
  }
  if (first < 0) {
    process.stderr.write(HELP);
    process.exitCode = 2;
    return;
  }
  const name = argv[first]!;
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}" (see weft --help)`);
  const rest = argv.slice(first + 1);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(HELP);
    return;
  }
  await command(rest);
}

/** Runs the CLI with `argv` (without `node` and the script); sets `process.exitCode` on a usage error. */
export async function main(argv: string[]): Promise<void> {
  try {
    await dispatch(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`weft: ${error.message}\n`);
    process.exitCode = 2;
  }
}
