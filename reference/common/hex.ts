/**
 * Lowercase hex, the wire encoding of signatures and digests (spec/common-profile.md).
 *
 * Decoding is strict because a signature has exactly one accepted spelling: upper-case or odd-length
 * input is refused rather than normalised, so two different strings never verify as the same signature.
 */
import { Buffer } from "node:buffer";

const LOWER_HEX = /^(?:[0-9a-f]{2})*$/;

/**
 * Encodes bytes as lowercase hex.
 *
 * @example
 * ```ts
 * bytesToHex(new Uint8Array([0, 255])) // "00ff"
 * ```
 */
export function bytesToHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
}

/**
 * Decodes lowercase hex with an even number of digits; anything else (upper case, odd length, other
 * characters, white space) yields `null`.
 *
 * @example
 * ```ts
 * hexToBytes("00ff") // Uint8Array [0, 255]
 * hexToBytes("00FF") // null
 * ```
 */
export function hexToBytes(s: string): Uint8Array | null {
  if (typeof s !== "string" || !LOWER_HEX.test(s)) return null;
  const out = new Uint8Array(s.length >>> 1);
  // Buffer's decoder stops silently at the first bad digit; the regex above has already excluded that.
  Buffer.from(out.buffer).write(s, "hex");
  return out;
}
