/**
 * Watches a set of files for changes, debounced: one call for a burst of writes (an editor's save
 * is often several). It watches the files' folders rather than the files, so a save that replaces
 * the file (write to a temporary file, then rename) is still seen.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";

/** Default quiet time after the last change before `onChange` runs. */
export const DEBOUNCE_MS = 60;

export class FileWatcher {
  readonly #onChange: (files: string[]) => void;
  readonly #debounceMs: number;
  readonly #folders = new Map<string, FSWatcher>();
  #files = new Set<string>();
  #changed = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(onChange: (files: string[]) => void, debounceMs = DEBOUNCE_MS) {
    this.#onChange = onChange;
    this.#debounceMs = debounceMs;
  }

  /** The files watched now. */
  get files(): string[] {
    return [...this.#files];
  }

  /** Watches exactly `files` (absolute paths) from now on. */
  watch(files: Iterable<string>): void {
    if (this.#closed) return;
    this.#files = new Set(files);
    const folders = new Set([...this.#files].map((file) => dirname(file)));
    for (const [folder, watcher] of this.#folders) {
      if (folders.has(folder)) continue;
      watcher.close();
      this.#folders.delete(folder);
    }
    for (const folder of folders) {
      if (this.#folders.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => this.#seen(folder, name));
        watcher.on("error", () => this.#forget(folder));
        this.#folders.set(folder, watcher);
      } catch {
        // The folder is gone; the next successful build watches what exists then.
      }
    }
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    for (const watcher of this.#folders.values()) watcher.close();
    this.#folders.clear();
  }

  #forget(folder: string): void {
    this.#folders.get(folder)?.close();
    this.#folders.delete(folder);
  }

  #seen(folder: string, name: string | Buffer | null): void {
    if (this.#closed || name === null) return;
    const file = `${folder}/${basename(name.toString())}`;
    if (!this.#files.has(file)) return;
    this.#changed.add(file);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), this.#debounceMs);
  }

  #flush(): void {
    const changed = [...this.#changed];
    this.#changed.clear();
    if (!this.#closed && changed.length > 0) this.#onChange(changed);
  }
}
