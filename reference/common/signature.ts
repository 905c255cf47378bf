/**
 * The signature layer of the common profile: HS256, ES256 and RS256 over bytes, with node:crypto keys.
 *
 * Verification is synchronous (`crypto.verify`, `createHmac`) on pre-imported `KeyObject`s: WebCrypto's
 * promise API costs a thread-pool hop per call, which halved verifier throughput when measured.
 * Every check that decides *whether* to call into OpenSSL is made here, explicitly, so the accepted
 * signature set does not depend on what a given OpenSSL build happens to tolerate.
 */
import { KeyObject, constants, createHmac, sign, timingSafeEqual, verify } from "node:crypto";

export const SIGNATURE_ALGORITHMS = Object.freeze(["HS256", "ES256", "RS256"] as const);
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

/** RFC 7518 §3.2: an HS256 key MUST be at least as long as the hash output. */
export const MIN_HMAC_KEY_BYTES = 32;
/** RFC 7518 §3.3: an RS256 key MUST be 2048 bits or larger. */
export const MIN_RSA_MODULUS_BITS = 2048;

const HMAC_BYTES = 32;
const P256_SCALAR_BYTES = 32;
/** The order n of the P-256 base point (SEC 2 §2.4.2), big-endian. */
const P256_ORDER = Uint8Array.from(
  "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551".match(/../g)!,
  (h) => parseInt(h, 16),
);

/**
 * Narrows an untrusted algorithm name (an envelope member) to one this layer implements.
 *
 * @example
 * ```ts
 * isSignatureAlgorithm("ES256") // true
 * isSignatureAlgorithm("none")  // false
 * ```
 */
export function isSignatureAlgorithm(x: string): x is SignatureAlgorithm {
  return (SIGNATURE_ALGORITHMS as readonly string[]).includes(x);
}

/**
 * Whether `key` may be used for `alg` in the role `type` ("public" to verify, "private" to sign; HS256
 * always needs a secret key). Binding the key kind to the algorithm is what stops algorithm confusion:
 * an HS256 signature is never checked against a public key's bytes used as an HMAC secret.
 */
export function keyFitsAlgorithm(alg: SignatureAlgorithm, key: KeyObject, type: "public" | "private"): boolean {
  switch (alg) {
    case "HS256":
      return key.type === "secret" && (key.symmetricKeySize ?? 0) >= MIN_HMAC_KEY_BYTES;
    case "ES256":
      return key.type === type && key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1";
    case "RS256":
      // "rsa" only: an "rsa-pss" key would make node use PSS padding.
      return (
        key.type === type &&
        key.asymmetricKeyType === "rsa" &&
        (key.asymmetricKeyDetails?.modulusLength ?? 0) >= MIN_RSA_MODULUS_BITS
      );
    default:
      return false;
  }
}

/**
 * Signs `data`: HS256 yields the 32-byte HMAC-SHA-256 tag, ES256 raw r‖s (IEEE P1363, 64 bytes, never
 * DER), RS256 an RSASSA-PKCS1-v1_5 signature as long as the modulus. Throws a `TypeError` when the key
 * does not fit the algorithm.
 *
 * @example
 * ```ts
 * const { privateKey } = generateKeyPair("ES256");
 * const sig = signBytes("ES256", privateKey, bytes); // sig.length === 64
 * ```
 */
export function signBytes(alg: SignatureAlgorithm, key: KeyObject, data: Uint8Array): Uint8Array {
  if (!isSignatureAlgorithm(alg) || !(key instanceof KeyObject) || !keyFitsAlgorithm(alg, key, "private")) {
    throw new TypeError(`key does not fit signature algorithm ${String(alg)}`);
  }
  switch (alg) {
    case "HS256":
      return createHmac("sha256", key).update(data).digest();
    case "ES256":
      return sign("sha256", data, { key, dsaEncoding: "ieee-p1363" });
    case "RS256":
      return sign("sha256", data, { key, padding: constants.RSA_PKCS1_PADDING });
  }
}

/**
 * Checks `signature` over `data`. Never throws: any malformed input, a key that does not fit `alg`, or
 * a signature of the wrong length or (ES256) out of range yields `false`.
 *
 * @example
 * ```ts
 * const key = store.find(iss, kid, "ES256");
 * if (key && verifyBytes("ES256", key, jcsBytes, sigBytes)) { ... }
 * ```
 */
export function verifyBytes(alg: SignatureAlgorithm, key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (!(key instanceof KeyObject) || !(data instanceof Uint8Array) || !(signature instanceof Uint8Array)) return false;
    if (!isSignatureAlgorithm(alg) || !keyFitsAlgorithm(alg, key, "public")) return false;
    switch (alg) {
      case "HS256": {
        if (signature.length !== HMAC_BYTES) return false;
        const tag = createHmac("sha256", key).update(data).digest();
        return timingSafeEqual(tag, signature);
      }
      case "ES256":
        if (signature.length !== 2 * P256_SCALAR_BYTES || !inScalarRange(signature, 0) || !inScalarRange(signature, P256_SCALAR_BYTES)) {
          return false;
        }
        return verify("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature);
      case "RS256": {
        // A shorter signature is not left-padded: RFC 8017 §8.2.2 step 1 requires exactly k octets.
        const k = Math.ceil(key.asymmetricKeyDetails!.modulusLength! / 8);
        if (signature.length !== k) return false;
        return verify("sha256", data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
      }
    }
  } catch {
    return false;
  }
}

/** 1 ≤ x < n for the 32-byte big-endian scalar at `sig[at..at+32]` (SEC 1 §4.1.4 step 1). */
function inScalarRange(sig: Uint8Array, at: number): boolean {
  let nonZero = 0;
  for (let i = 0; i < P256_SCALAR_BYTES; i++) nonZero |= sig[at + i]!;
  if (nonZero === 0) return false;
  for (let i = 0; i < P256_SCALAR_BYTES; i++) {
    const a = sig[at + i]!;
    const b = P256_ORDER[i]!;
    if (a !== b) return a < b;
  }
  return false; // equal to n
}
