/** Turns `node:util` `parseArgs` failures into one-line usage errors. */
import { UsageError } from "./usage-error.js";

export function parseOrExplain<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = (error as Error).message ?? String(error);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown option ${option} (see weft --help)`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /^Option '(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? "an option";
      // A flag given a value (`--watch=yes`): it is on when named, off when not.
      if (/does not take an argument/.test(message)) throw new UsageError(`${option} takes no value; write ${option} alone`);
      // "ambiguous": the value starts with a dash (`--port -1`), which parseArgs will not take.
      const hint = /ambiguous/.test(message) ? `; to pass a value starting with a dash, write ${option}=<value>` : "";
      throw new UsageError(`${option} needs a value${hint}`);
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError(message);
    throw error;
  }
}
