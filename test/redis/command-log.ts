/**
 * Every command a test's redis-server runs, as `MONITOR` on a connection of its own reports it:
 * which client sent it (by the name the client gave with `client: { name }`), the command and
 * its first argument (a channel, for the pub/sub commands). `sync()` waits until everything sent
 * so far is in the log, so a count taken after it is complete.
 */
import { createClient } from "redis";

export interface LoggedCommand {
  /** The sending client's name (`CLIENT SETNAME`), or its address when it has none. */
  readonly client: string;
  /** Upper case: `PUBLISH`, `SUBSCRIBE`, … */
  readonly command: string;
  /** Every argument after the command, as MONITOR quotes them (binary payloads escaped). */
  readonly args: readonly string[];
}

type Client = ReturnType<typeof createClient>;

/** `1339518083.107412 [0 127.0.0.1:60866] "PUBLISH" "weft:all" "…"` → address and quoted words. */
function parse(line: string): { address: string; words: string[] } | undefined {
  const match = /^\S+ \[\d+ ([^\]]+)\] (.*)$/.exec(line);
  if (!match) return undefined;
  const words = [...match[2]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  return { address: match[1]!, words };
}

export class CommandLog {
  readonly #monitor: Client;
  readonly #control: Client;
  readonly #raw: Array<{ address: string; words: string[] }> = [];
  #names = new Map<string, string>();
  #syncs = 0;

  private constructor(url: string) {
    this.#monitor = createClient({ url, name: "command-log-monitor" });
    this.#control = createClient({ url, name: "command-log-control" });
  }

  /** Connects and starts monitoring. */
  static async start(url: string): Promise<CommandLog> {
    const log = new CommandLog(url);
    await Promise.all([log.#monitor.connect(), log.#control.connect()]);
    await log.#monitor.monitor((line: string) => {
      const parsed = parse(String(line));
      if (parsed) log.#raw.push(parsed);
    });
    return log;
  }

  /** Waits until the monitor has reported every command run so far, and learns the clients' names. */
  async sync(boundMs = 5000): Promise<void> {
    const list = String(await this.#control.sendCommand(["CLIENT", "LIST"]));
    for (const line of list.split("\n")) {
      const address = / addr=(\S+)/.exec(line)?.[1];
      const name = / name=(\S*)/.exec(line)?.[1];
      if (address && name) this.#names.set(address, name);
    }
    const sentinel = `command-log-sync-${++this.#syncs}`;
    await this.#control.sendCommand(["ECHO", sentinel]);
    const deadline = Date.now() + boundMs;
    while (!this.#raw.some((c) => c.words[0]?.toUpperCase() === "ECHO" && c.words[1] === sentinel)) {
      if (Date.now() > deadline) throw new Error(`MONITOR did not report ${sentinel} within ${boundMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** What the log holds now (call `sync()` first), the log's own commands left out. */
  get commands(): LoggedCommand[] {
    return this.#raw
      .map(({ address, words }) => ({ client: this.#names.get(address) || address, command: (words[0] ?? "").toUpperCase(), args: words.slice(1) }))
      .filter((c) => !c.client.startsWith("command-log-"));
  }

  /** Commands named `command` whose first argument is `channel`, by sending client. */
  byClient(command: string, channel: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.commands) if (c.command === command && c.args.includes(channel)) counts[c.client] = (counts[c.client] ?? 0) + 1;
    return counts;
  }

  /** Forgets what was logged so far (the next counts start from here). */
  clear(): void {
    this.#raw.length = 0;
  }

  /** `PUBSUB NUMSUB channel`: how many connections Redis holds subscribed to it. */
  async subscribers(channel: string): Promise<number> {
    const reply = (await this.#control.sendCommand(["PUBSUB", "NUMSUB", channel])) as unknown[];
    return Number(reply[1]);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#monitor.destroy(), this.#control.close()]);
  }
}
