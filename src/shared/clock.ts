/**
 * Time as the client session core sees it: the current time and one-shot timers. Hosts pass the
 * system's; the core's own tests pass a fake one, so every timer fires exactly when the test says.
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/**
 * The system's clock. The globals are looked up at each call, not kept, so that a test that
 * mocks them (`t.mock.timers`) after this module loaded still controls them.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};
