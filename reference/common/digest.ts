import { hash, timingSafeEqual } from "node:crypto";
import { canonicalString } from "./jcs.js";
import type { JsonValue } from "./strict-json.js";

/**
 * The one digest notation of the common profile: `sha256:` and 64 lowercase hex digits. Upper-case hex, other
 * separators and base64 are not alternative spellings; they are malformed, so that equal digests are equal strings.
 */
export const DIGEST_PATTERN: RegExp = /^sha256:[0-9a-f]{64}$/;

const PREFIX_LENGTH = "sha256:".length;

// crypto.hash (Node ≥ 20.12) is one native call without a Hash object; about 1.7× createHash for envelope-sized input.

/** `sha256:` + lowercase hex of the SHA-256 of `bytes`. */
export function sha256Digest(bytes: Uint8Array): string {
  return "sha256:" + hash("sha256", bytes, "hex");
}

/** True when `s` is a digest in the common notation. False for anything else, including non-strings at run time. */
export function isDigest(s: string): boolean {
  return typeof s === "string" && DIGEST_PATTERN.test(s);
}

/**
 * Compares two digests in constant time over their hex part, as when checking an arguments commitment, so that timing
 * says nothing about how many leading digits an attacker guessed. False when either side is malformed.
 */
export function digestEquals(a: string, b: string): boolean {
  if (!isDigest(a) || !isDigest(b)) return false;
  // Both are valid, so both hex parts are 64 ASCII characters and the latin1 buffers have equal length.
  return timingSafeEqual(Buffer.from(a.slice(PREFIX_LENGTH), "latin1"), Buffer.from(b.slice(PREFIX_LENGTH), "latin1"));
}

/**
 * The digest of the RFC 8785 form of `value`: `sha256Digest(canonicalBytes(value))`. Throws as
 * {@link canonicalString} does.
 *
 * @example
 * ```ts
 * digestOfJson({ path: "/archive/2024-Q3.md" }) // "sha256:866290b0…e8f8"
 * ```
 */
export function digestOfJson(value: JsonValue): string {
  // Hashing the string lets node:crypto encode UTF-8 straight into the hash, skipping the copy canonicalBytes makes.
  return "sha256:" + hash("sha256", canonicalString(value), "hex");
}
