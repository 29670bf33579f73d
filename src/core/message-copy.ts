/**
 * What crosses from one session to another (pub/sub messages, presence metadata) is copied:
 * once when sent, so the sender's later changes do not travel, and once per receiving session,
 * so none can change what another received (decision 0025).
 */
import { Control } from "./control.js";
import { ErrorCode, WeftError } from "./errors.js";

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

/** A copy of a message for one receiver (primitives need none). */
export function copyOf(message: unknown): unknown {
  return isPrimitive(message) ? message : structuredClone(message);
}

/** The message as it is now, so later changes by the sender do not travel; a clear error if it cannot be copied. */
export function snapshot(message: unknown, method: string): unknown {
  if (isPrimitive(message)) {
    if (typeof message === "symbol") throw badMessage(method, "a symbol", undefined);
    return message;
  }
  // A control would arrive as a plain object without its behaviour: say so rather than copy it.
  if (message instanceof Control) throw badMessage(method, `a ${message.constructor.name} control (send its data, and build the control where it arrives)`, undefined);
  try {
    return structuredClone(message);
  } catch (thrown) {
    const what = typeof message === "function" ? "a function" : "a value that cannot be copied (it holds a function, a symbol, a class with private state or a host object)";
    throw badMessage(method, what, thrown);
  }
}

function badMessage(method: string, what: string, cause: unknown): WeftError {
  return new WeftError(
    ErrorCode.badMessage,
    `${method} was given ${what}: messages must be structured-clone-safe values (numbers, strings, plain objects, arrays, Maps, Dates)`,
    { cause },
  );
}

