/**
 * A `Store` in a directory: one JSON file per browser id. A save writes a temporary file in the
 * same directory, fsyncs it, renames it over the record (atomic on POSIX file systems) and fsyncs
 * the directory, so a crash at any moment leaves either the old record or the new one, never a
 * torn file. Ids are checked to be plain names (the runtime's are hex), so none leaves the directory.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { ErrorCode, WeftError, type Store, type StoreRecord } from "../../core/index.js";

const ID = /^[A-Za-z0-9_-]{1,128}$/;

export class FileStore implements Store {
  readonly #dir: string;

  /** Keeps records in `dir` (made when missing). */
  constructor(dir: string) {
    if (typeof dir !== "string" || dir === "") throw new WeftError(ErrorCode.badOption, "FileStore needs a directory path");
    mkdirSync(dir, { recursive: true });
    // Temporary files of saves a crash cut short: never renamed, so no record refers to them.
    for (const name of readdirSync(dir)) if (name.startsWith(".") && name.endsWith(".tmp")) rmSync(join(dir, name), { force: true });
    this.#dir = dir;
  }

  async load(id: string): Promise<StoreRecord | undefined> {
    let text: string;
    try {
      text = await readFile(this.#path(id), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    const record = JSON.parse(text) as unknown;
    if (typeof record !== "object" || record === null || Array.isArray(record)) throw new Error(`the record of ${id} is not an object`);
    return record as StoreRecord;
  }

  async save(id: string, record: StoreRecord): Promise<void> {
    const target = this.#path(id);
    const temp = join(this.#dir, `.${id}.${randomBytes(6).toString("hex")}.tmp`);
    const file = await open(temp, "w", 0o600);
    try {
      await file.writeFile(JSON.stringify(record), "utf8");
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await this.#syncDir();
  }

  async remove(id: string): Promise<void> {
    await rm(this.#path(id), { force: true });
    await this.#syncDir();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  #path(id: string): string {
    if (!ID.test(id)) throw new WeftError(ErrorCode.userStorage, `FileStore: ${JSON.stringify(id.slice(0, 40))} is not a valid record id`);
    return join(this.#dir, `${id}.json`);
  }

  /** Makes the rename itself durable; some systems refuse to sync a directory, which is fine there. */
  async #syncDir(): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    let dir;
    try {
      dir = await open(this.#dir, "r");
      await dir.sync();
    } catch {
      // Not supported on this platform (Windows): the rename is still atomic.
    } finally {
      await dir?.close();
    }
  }
}
