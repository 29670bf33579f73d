/**
 * What each hosted app's hub gets for presence and storage: its `storageKey` (given, or derived
 * from its path), the presence grace period, its `page.userStorage` (the app's store, each
 * app's records under its own key) or why it has none, and the seal on moved tabs' snapshots.
 */
import { storageKeyOfPath, UserStorageHub, type HubOptions, type ManyUsersOptions } from "../core/index.js";
import { snapshotSeal } from "./snapshot-seal.js";
import type { ResolvedStorage } from "./storage-options.js";

export function hubStorageOptions(storage: ResolvedStorage, path: string): ManyUsersOptions & Pick<HubOptions, "snapshotSeal"> {
  const storageKey = storage.storageKey ?? storageKeyOfPath(path);
  const options: ManyUsersOptions & Pick<HubOptions, "snapshotSeal"> = {
    // A moved tab's snapshot travels only under a secret every process shares (decision 0039).
    snapshotSeal: storage.secret === undefined ? undefined : snapshotSeal(storage.secret, storageKey),
    storageKey,
    userStorage: storage.user
      ? new UserStorageHub(storage.user.store, storageKey)
      : { reason: "the app has no user storage: give it the storageSecret option (and a userStore to survive restarts), docs/storage.md" },
  };
  if (storage.presenceGraceMs !== undefined) options.presenceGraceMs = storage.presenceGraceMs;
  return options;
}
