/** A minimal WebSocket client of one tab, for server tests: it clicks buttons by their text. */
import { WebSocket } from "ws";

/** One tab's session over a WebSocket: click a button by its text, wait for a frame. */
export class TabClient {
  readonly frames: string[] = [];
  #ws: WebSocket;
  #seq = 0;
  #waiters = new Set<() => void>();
  #code = 0;

  private constructor(ws: WebSocket) {
    this.#ws = ws;
    ws.once("close", (code) => (this.#code = code));
    ws.on("message", (data) => {
      this.frames.push(String(data));
      for (const wake of this.#waiters) wake();
    });
  }

  static async open(port: number, path = "/_weft/ws", headers?: Record<string, string>): Promise<TabClient> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, headers ? { headers } : undefined);
    const tab = new TabClient(ws);
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
    await tab.waitFor(/^\["patch"/);
    return tab;
  }

  /** The session's id, from its welcome. */
  get session(): string {
    return /"session":"(\w+)"/.exec(this.frames[0] ?? "")![1]!;
  }

  click(text: string): void {
    const id = new RegExp(`"id":(\\d+),"t":"elevatedbutton","p":\\{"text":${JSON.stringify(text)}`).exec(this.frames.join("\n"));
    if (!id) throw new Error(`no button ${JSON.stringify(text)} in the frames received`);
    this.#ws.send(JSON.stringify(["event", { seq: ++this.#seq, id: Number(id[1]), name: "click" }]));
  }

  /** Resolves once a frame matches, or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(wake);
        reject(new Error(`no frame matching ${pattern} within ${timeoutMs} ms; got:\n${this.frames.join("\n")}`));
      }, timeoutMs);
      const wake = () => {
        const frame = this.frames.find((f) => pattern.test(f));
        if (frame === undefined) return;
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve(frame);
      };
      this.#waiters.add(wake);
      wake();
    });
  }

  /** Resolves once the server (or `close()`) has closed the socket. */
  get closed(): Promise<void> {
    if (this.#ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => this.#ws.once("close", () => resolve()));
  }

  /** Says the tab is going away for good: the server ends its session at once. */
  bye(): void {
    this.#ws.send(JSON.stringify(["bye", {}]));
  }

  /** The close code the server closed with, once it has. */
  get closeCode(): Promise<number> {
    return new Promise((resolve) => {
      if (this.#ws.readyState === WebSocket.CLOSED) resolve(this.#code);
      else this.#ws.once("close", (code) => resolve(code));
    });
  }

  close(): void {
    this.#ws.terminate();
  }
}
