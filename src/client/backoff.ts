/** Reconnect delays: exponential from `baseMs`, capped at `capMs`, with ±20% jitter so that many
 * tabs dropped at once by a restarting server do not all come back in the same instant. */
export function backoffDelay(attempt: number, random: () => number = Math.random, baseMs = 500, capMs = 10_000): number {
  const nominal = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(nominal * (0.8 + 0.4 * random()));
}
