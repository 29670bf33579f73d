/**
 * What a control on a page reaches of its session, and nothing more: the page, the patch it is
 * part of, the browser calls it makes, and the file host an upload needs. `Session` is the one
 * implementation; a control never names it, so the session's own parts (runner, input, flush,
 * tree) can change without a control's knowing (as `ErrorHost` and `TreeHooks` do for the tree).
 */
import type { JsonValue } from "../protocol/index.js";
import type { Control } from "./control.js";
import type { FileHost } from "./file-host.js";
import type { Page } from "./page.js";

export interface ControlHost {
  /** The session's id (an upload URL is signed for it). */
  readonly id: string;
  readonly page: Page;
  /** The host's file service (uploads and downloads); `undefined` where there is none (a static site). */
  readonly files: FileHost | undefined;
  /** Marks a control changed; the next flush sends its changed props and slots. */
  markDirty(control: Control): void;
  /** Sends every pending change as one patch; resolves once it is handed to the connection. */
  update(): Promise<void>;
  /** Runs a method of the control's renderer in the browser and resolves to its result. */
  call(control: Control, method: string, args?: JsonValue[]): Promise<JsonValue | undefined>;
}
