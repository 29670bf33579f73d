/**
 * The browser build's `FileStore`: a static site has no server and no files, so an app file that
 * gives `userStore: new FileStore(dir)` still loads there, and the store is ignored (the worker's
 * `app()` drops `userStore`). Using it directly says why it cannot work.
 */
import { ErrorCode, WeftError, type Store, type StoreRecord } from "../core/index.js";

const refuse = (): Promise<never> => Promise.reject(new WeftError(ErrorCode.userStorage, "FileStore needs a Node server; a static site keeps data in page.clientStorage"));

export class FileStore implements Store {
  /** Accepts the server's argument, so one app file works in both builds. */
  constructor(_dir: string) {}

  load(_id: string): Promise<StoreRecord | undefined> {
    return refuse();
  }

  save(_id: string, _record: StoreRecord): Promise<void> {
    return refuse();
  }

  remove(_id: string): Promise<void> {
    return refuse();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
