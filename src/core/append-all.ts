/**
 * Appends every item of `from` to `to`. A loop, not `to.push(...from)`: a spread passes each item
 * as an argument, and an app's list of a million controls overflows the stack.
 */
export function appendAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}
