/**
 * How a session's changes leave it: dirty controls are collected into one patch frame per flush,
 * with `beforeUpdate` run first and `didMount` after, the page's own insert ahead of the first
 * patch and the server-to-client calls behind each; or, after a resume that cannot replay, the
 * whole page as a snapshot.
 */
import { CloseCode, Op, ROOT_ID, ROOT_SLOT, type Connection, type PatchOp } from "../protocol/index.js";
import type { AppRunner } from "./app-runner.js";
import { SESSION, appendAll, type Control } from "./control.js";
import { ErrorCode } from "./errors.js";
import { FlowControl } from "./flow-control.js";
import type { Session } from "./session.js";
import type { Logger, SessionLimits } from "./session-types.js";
import type { UserControl } from "./user-control.js";

export class SessionFlush {
  readonly #session: Session;
  readonly #runner: AppRunner;
  /** Holds patches back while the client reads nothing; cuts off a client that stays stalled. */
  readonly flow: FlowControl;
  #flushing = false;
  /** Call ops waiting for the next flush. */
  #callOps: PatchOp[] = [];
  /** The page's own insert, until the first flush sends it ahead of what `main` added. */
  #rootOp: PatchOp | undefined;

  constructor(session: Session, runner: AppRunner, limits: SessionLimits, logger: Logger) {
    this.#session = session;
    this.#runner = runner;
    this.flow = new FlowControl(
      limits,
      () => session.flush(),
      (connection, stalledMs, waitingBytes) => {
        logger.warn(
          `[weft] session ${session.id}: cut off a client that read nothing for ${Math.round(stalledMs / 1000)} s ` +
            `with ${waitingBytes} bytes waiting (${ErrorCode.slowClient}); it may resume`,
        );
        connection.close(CloseCode.policyViolation, ErrorCode.slowClient);
      },
    );
  }

  /** True while a flush runs. */
  get flushing(): boolean {
    return this.#flushing;
  }

  /** Mounts the page at the root; its insert goes out first, in the next flush. */
  mountRoot(): void {
    const session = this.#session;
    this.#rootOp = session.tree.mountRoot(session.page, ROOT_ID, ROOT_SLOT);
  }

  /** Queues a call op for the next flush. */
  queueCall(op: PatchOp): void {
    this.#callOps.push(op);
  }

  /** See `Session.flush`: collects and sends, unless a flush runs or the client has stopped reading. */
  flush(connection: Connection): void {
    const { outbox, tree } = this.#session;
    if (this.#flushing || !this.flow.mayFlush(connection, outbox.bytesSent)) return;
    this.#flushing = true;
    const ops: PatchOp[] = [];
    if (this.#rootOp) ops.push(this.#rootOp);
    this.#rootOp = undefined;
    let mounted: UserControl[];
    try {
      if (tree.beforeUpdates.size) this.#runBeforeUpdate([...tree.beforeUpdates]);
      mounted = tree.collect(ops);
      const fresh = tree.takeFreshBeforeUpdates();
      if (fresh.length) {
        this.#runBeforeUpdate(fresh);
        appendAll(mounted, tree.collect(ops));
      }
      this.#takeCallOps(ops);
    } finally {
      this.#flushing = false;
    }
    if (ops.length) outbox.sendPatch(ops);
    this.#runDidMount(mounted);
  }

  /** Replaces the client's whole tree: pending changes are applied first, then the page is sent whole. */
  sendSnapshot(): void {
    const { outbox, tree, page } = this.#session;
    this.#rootOp = undefined;
    const mounted = tree.collect([]);
    const ops: PatchOp[] = [[Op.clean, ROOT_ID, ROOT_SLOT], [Op.insert, ROOT_ID, ROOT_SLOT, 0, tree.serialize(page)]];
    this.#takeCallOps(ops);
    outbox.sendPatch(ops);
    this.#runDidMount(mounted);
  }

  /** Moves the waiting call ops onto `ops` (a loop: a spread of thousands of calls overflows the stack). */
  #takeCallOps(ops: PatchOp[]): void {
    if (!this.#callOps.length) return;
    appendAll(ops, this.#callOps);
    this.#callOps = [];
  }

  /** Runs `beforeUpdate` of each control still on this page; a throw is reported as its own. */
  #runBeforeUpdate(controls: readonly Control[]): void {
    const session = this.#session;
    const runner = this.#runner;
    for (const control of controls) {
      if (control[SESSION] !== session) continue;
      const entry = runner.entry("beforeUpdate", control);
      try {
        runner.run(entry, () => control.beforeUpdate());
      } catch (thrown) {
        session.reportError(thrown, "beforeUpdate", control, undefined);
      }
    }
  }

  #runDidMount(mounted: UserControl[]): void {
    const session = this.#session;
    for (const control of mounted) {
      if (control[SESSION] === session) this.#runner.runHook(control, "didMount", () => control.didMount());
    }
  }
}
