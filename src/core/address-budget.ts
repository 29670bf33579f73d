/**
 * Sessions per client address (`maxSessionsPerClient`), counted so that the limit refuses an
 * attacker and not a person. Every session of an address counts, but a detached one (its tab
 * went away without saying so, and it waits for a resume) gives way: when the address is at its
 * limit, the session detached longest ago is ended to make room. Only as many *connected*
 * sessions as the limit refuse a new tab. A tab reloaded 100 times in 21 s, or 100 people behind
 * one NAT, locked that address out for the 15 minutes the detached sessions waited; now the
 * reloads evict their own leftovers (and usually end them at once with `bye`).
 */

/** What the budget needs of a session entry. */
export interface Budgeted {
  readonly address: string;
}

interface Held<E> {
  /** Every session of the address. */
  all: Set<E>;
  /** The detached ones, least recently detached first (a Set keeps insertion order). */
  detached: Set<E>;
}

/** What `admit` decided: room (after ending `evict`, when given), or a refusal. */
export type Admission<E> = { ok: true; evict?: E } | { ok: false; connected: number };

export class AddressBudget<E extends Budgeted> {
  readonly #byAddress = new Map<string, Held<E>>();

  constructor(private readonly limit: number) {}

  /** Whether `address` may start one more session, and which detached session must end first. */
  admit(address: string): Admission<E> {
    const held = this.#byAddress.get(address);
    if ((held?.all.size ?? 0) < this.limit) return { ok: true };
    const oldest = held?.detached.values().next();
    if (!oldest || oldest.done) return { ok: false, connected: held?.all.size ?? 0 };
    return { ok: true, evict: oldest.value };
  }

  /** A new session, connected. */
  add(entry: E): void {
    let held = this.#byAddress.get(entry.address);
    if (!held) this.#byAddress.set(entry.address, (held = { all: new Set(), detached: new Set() }));
    held.all.add(entry);
  }

  /** The session lost its connection: it may give way to a new tab. */
  detach(entry: E): void {
    const held = this.#byAddress.get(entry.address);
    if (!held) return;
    held.detached.delete(entry);
    held.detached.add(entry);
  }

  /** The session's tab came back. */
  attach(entry: E): void {
    this.#byAddress.get(entry.address)?.detached.delete(entry);
  }

  /** The session ended. */
  remove(entry: E): void {
    const held = this.#byAddress.get(entry.address);
    if (!held) return;
    held.all.delete(entry);
    held.detached.delete(entry);
    if (held.all.size === 0) this.#byAddress.delete(entry.address);
  }
}
