/**
 * The seal on a moved tab's snapshot (decision 0039): AES-256-GCM under a key derived (HKDF-SHA256)
 * from the app's `storageSecret`, with the app's storage key as associated data and an expiry
 * inside. The snapshot rides in the `moved` frame and comes back in the next hello, so the browser
 * carries it but can neither read nor change it, nor hand it to another app; every process that
 * shares the secret opens it. Text: `v1.` + base64url(iv ‖ tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { ErrorCode, WeftError, type SnapshotSeal } from "../core/index.js";

/** How long a sealed snapshot may take to come back: a tab offline longer starts without it. */
export const SNAPSHOT_TTL_MS = 10 * 60_000;
const PREFIX = "v1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function refused(why: string): WeftError {
  return new WeftError(ErrorCode.badValue, `the snapshot ${why}`);
}

/** The seal of one app (`storageKey`) under `secret`; `now` is for tests. */
export function snapshotSeal(secret: string, storageKey: string, now: () => number = Date.now): SnapshotSeal {
  const key = Buffer.from(hkdfSync("sha256", secret, "weft", "move-snapshot", 32));
  const aad = Buffer.from(`weft-move:${storageKey}`);
  return {
    seal(json: string): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(aad);
      const body = Buffer.concat([cipher.update(`${now() + SNAPSHOT_TTL_MS}\n${json}`, "utf8"), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
    },
    open(sealed: string): string {
      if (!sealed.startsWith(PREFIX)) throw refused("is not one this server sealed");
      const bytes = Buffer.from(sealed.slice(PREFIX.length), "base64url");
      if (bytes.length < IV_BYTES + TAG_BYTES) throw refused("is cut short");
      let text: string;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES)).setAAD(aad);
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
      } catch {
        throw refused("does not open: it was changed, or sealed by another app or under another storageSecret");
      }
      const newline = text.indexOf("\n");
      const expires = Number(text.slice(0, newline));
      if (newline < 0 || !Number.isFinite(expires)) throw refused("is malformed");
      if (now() > expires) throw refused(`came back more than ${SNAPSHOT_TTL_MS / 60_000} minutes after the move`);
      return text.slice(newline + 1);
    },
  };
}
