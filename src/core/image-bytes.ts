/**
 * `Image.srcBytes`: picture bytes, checked to be a picture and sent as base64 (`srcBase64`), so the
 * browser builds a `data:image/…` URL of the type it reads from the same first bytes. Bytes that
 * are no known picture format are refused here, with the reason, rather than dropped silently.
 */
import { ControlError, ErrorCode } from "./errors.js";

const SIGNATURES: Array<[bytes: number[], type: string]> = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "image/png"],
  [[0xff, 0xd8, 0xff], "image/jpeg"],
  [[0x47, 0x49, 0x46, 0x38], "image/gif"],
  [[0x52, 0x49, 0x46, 0x46], "image/webp"],
  [[0x3c, 0x73, 0x76, 0x67], "image/svg+xml"],
  [[0x3c, 0x3f, 0x78, 0x6d, 0x6c, 0x20], "image/svg+xml"],
  [[0x42, 0x4d], "image/bmp"],
  [[0x00, 0x00, 0x01, 0x00], "image/x-icon"],
];

/** The picture type the bytes start with, or undefined. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([sig]) => sig.every((b, i) => bytes[i] === b))?.[1];
}

/** The bytes as base64; throws `control.bad-value` when they are not a picture. */
export function imageBytesToBase64(bytes: unknown): string {
  if (!(bytes instanceof Uint8Array)) {
    throw new ControlError(ErrorCode.badValue, `Image srcBytes must be a Uint8Array, got ${bytes === null ? "null" : typeof bytes}`);
  }
  if (!sniffImageType(bytes)) {
    throw new ControlError(ErrorCode.badValue, "Image srcBytes is not a PNG, JPEG, GIF, WebP, SVG, BMP or ICO picture (its first bytes say so)");
  }
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
