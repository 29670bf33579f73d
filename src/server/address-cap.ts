/**
 * A cap on how many of something (open connections, sockets that have not said hello) one client
 * address may hold at once. Holds no entry for an address that holds nothing, so a scan from many
 * addresses leaves no trace once its sockets close.
 */
export class AddressCap {
  readonly #held = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Takes one for `address`; false, taking nothing, when it already holds `max`. */
  take(address: string): boolean {
    const held = this.#held.get(address) ?? 0;
    if (held >= this.max) return false;
    this.#held.set(address, held + 1);
    return true;
  }

  /** Gives back one that `take` gave. */
  release(address: string): void {
    const held = (this.#held.get(address) ?? 1) - 1;
    if (held > 0) this.#held.set(address, held);
    else this.#held.delete(address);
  }

  /** How many `address` holds now. */
  held(address: string): number {
    return this.#held.get(address) ?? 0;
  }
}
