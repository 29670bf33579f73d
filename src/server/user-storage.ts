/**
 * What each hosted app's hub gets for presence and storage: its `storageKey` (given, or derived
 * from its path), the presence grace period, and its `page.userStorage` (the app's store, each
 * app's records under its own key), or why it has none.
 */
import { storageKeyOfPath, UserStorageHub, type ManyUsersOptions } from "../core/index.js";
import type { ResolvedStorage } from "./storage-options.js";

export function hubStorageOptions(storage: ResolvedStorage, path: string): ManyUsersOptions {
  const storageKey = storage.storageKey ?? storageKeyOfPath(path);
  const options: ManyUsersOptions = {
    storageKey,
    userStorage: storage.user
      ? new UserStorageHub(storage.user.store, storageKey)
      : { reason: "the app has no user storage: give it the storageSecret option (and a userStore to survive restarts), docs/storage.md" },
  };
  if (storage.presenceGraceMs !== undefined) options.presenceGraceMs = storage.presenceGraceMs;
  return options;
}
