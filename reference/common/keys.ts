/**
 * The trust store: one JWKS per issuer (schemas/trust-store.schema.json), imported once into node
 * `KeyObject`s so that finding the key for an envelope is three map lookups on the verifier's hot path.
 *
 * A document that is not a trust store is a configuration error and throws. A single unusable key is
 * not: it is skipped into `rejected` with a reason, so one bad entry cannot take every issuer offline,
 * and the operator can still see what was dropped and why. The exception is an Ed25519 key of small
 * order (see {@link isSmallOrderEd25519}): no honest key generator produces one and it lets one forged
 * signature verify for every message, so a store holding one is refused as a whole.
 *
 * Besides the attestation algorithms of signature.ts the store holds Ed25519 keys (`EdDSA`, RFC 8037)
 * for the transport tokens, which jose verifies. EdDSA is opt-in through `algorithms`: the default
 * allow-list is unchanged, and the attestation verifier never asks for an EdDSA key.
 */
import { Buffer } from "node:buffer";
import { type KeyObject, createPublicKey, createSecretKey, generateKeyPairSync, randomBytes } from "node:crypto";
import type { Jwk } from "../../generated/types/trust-store.js";
import { validateTrustStore } from "../../generated/validators/trust-store.js";
import {
  MIN_HMAC_KEY_BYTES,
  MIN_RSA_MODULUS_BITS,
  SIGNATURE_ALGORITHMS,
  keyFitsAlgorithm,
} from "./signature.js";

/** Why a key was skipped at load; tests and operators branch on these, never on message text. */
export type RejectedKeyWhy =
  | "duplicate_kid" // (kid, alg) appears more than once for the issuer: which one is meant is unknowable
  | "unsupported_algorithm" // alg is not HS256, ES256, RS256 or EdDSA
  | "algorithm_not_allowed" // alg is ours but outside the configured allow-list
  | "key_type_mismatch" // kty (and crv) do not fit alg: oct↔HS256, EC P-256↔ES256, RSA↔RS256, OKP Ed25519↔EdDSA
  | "non_canonical_base64url" // k, x, y, n or e has padding, foreign characters or non-zero unused bits
  | "key_too_small" // HMAC secret < 32 bytes, RSA modulus < 2048 bits
  | "invalid_key"; // a required member is missing, an integer is not minimal, an Ed25519 x that is no canonical curve point, or node refuses the key

/** Every algorithm a trust-store key can serve: the attestation algorithms plus EdDSA (Ed25519) for transport tokens. */
export const TRUST_STORE_ALGORITHMS = Object.freeze([...SIGNATURE_ALGORITHMS, "EdDSA"] as const);
export type KeyAlgorithm = (typeof TRUST_STORE_ALGORITHMS)[number];

/** Narrows an untrusted algorithm name to one a trust-store key can serve. */
export function isKeyAlgorithm(x: string): x is KeyAlgorithm {
  return (TRUST_STORE_ALGORITHMS as readonly string[]).includes(x);
}

export interface RejectedKey {
  iss: string;
  kid: string;
  alg: string;
  why: RejectedKeyWhy;
}

export interface TrustStoreOptions {
  /**
   * Algorithms a key may be used with, a subset of {@link TRUST_STORE_ALGORITHMS}; default {@link SIGNATURE_ALGORITHMS}
   * (HS256, ES256, RS256: EdDSA must be asked for, e.g. `["ES256", "EdDSA"]` for transport-token issuers).
   */
  algorithms?: readonly KeyAlgorithm[];
}

type KeyIndex = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<KeyAlgorithm, KeyObject>>>;

const BASE64URL_MEMBERS = ["k", "x", "y", "n", "e"] as const;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const BASE64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * The verifier's keys, looked up by the envelope's `iss`, `kid` and `alg`.
 *
 * @example
 * ```ts
 * const store = TrustStore.load(JSON.parse(readFileSync("trust-store.json", "utf8")), { algorithms: ["ES256"] });
 * for (const r of store.rejected) console.warn(`skipped ${r.iss} ${r.kid} ${r.alg}: ${r.why}`);
 * const key = store.find("https://tools.example", "2026-01", "ES256");
 * ```
 */
export class TrustStore {
  readonly rejected: readonly RejectedKey[];
  readonly algorithms: readonly KeyAlgorithm[];
  readonly #keys: KeyIndex;

  private constructor(keys: KeyIndex, rejected: readonly RejectedKey[], algorithms: readonly KeyAlgorithm[]) {
    this.#keys = keys;
    this.rejected = rejected;
    this.algorithms = algorithms;
  }

  /**
   * Validates `doc` against the trust-store schema and imports every usable key. Throws a plain
   * `Error` (a configuration error, not a verification outcome) when `doc` or `options` is invalid, or when `doc`
   * holds an Ed25519 public key of small order (in any spelling, whatever its `alg`).
   */
  static load(doc: unknown, options: TrustStoreOptions = {}): TrustStore {
    const algorithms = allowList(options.algorithms);
    if (!validateTrustStore(doc)) {
      const detail = (validateTrustStore.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`)
        .join("; ");
      throw new Error(`not a trust store (schemas/trust-store.schema.json): ${detail}`);
    }
    for (const [iss, jwks] of Object.entries(doc.issuers)) {
      for (const jwk of jwks?.keys ?? []) {
        if (jwk.kty === "OKP" && typeof jwk.x === "string" && isSmallOrderEd25519(Buffer.from(jwk.x, "base64url"))) {
          throw new Error(`trust store: issuer ${JSON.stringify(iss)} key ${JSON.stringify(jwk.kid)} is an Ed25519 point of small order (a forged signature would verify for every message)`);
        }
      }
    }
    const byIssuer = new Map<string, Map<string, Map<KeyAlgorithm, KeyObject>>>();
    const rejected: RejectedKey[] = [];
    for (const [iss, jwks] of Object.entries(doc.issuers)) {
      const jwkList = jwks?.keys ?? [];
      const seen = new Map<string, number>();
      for (const jwk of jwkList) seen.set(pairKey(jwk), (seen.get(pairKey(jwk)) ?? 0) + 1);
      const byKid = new Map<string, Map<KeyAlgorithm, KeyObject>>();
      for (const jwk of jwkList) {
        const outcome = seen.get(pairKey(jwk))! > 1 ? "duplicate_kid" : importJwk(jwk, algorithms);
        if (typeof outcome === "string") {
          rejected.push({ iss, kid: jwk.kid, alg: jwk.alg, why: outcome });
          continue;
        }
        let byAlg = byKid.get(jwk.kid);
        if (byAlg === undefined) byKid.set(jwk.kid, (byAlg = new Map()));
        byAlg.set(jwk.alg as KeyAlgorithm, outcome);
      }
      if (byKid.size > 0) byIssuer.set(iss, byKid);
    }
    return new TrustStore(byIssuer, Object.freeze(rejected), algorithms);
  }

  /** The key for (`iss`, `kid`, `alg`), or `undefined` when there is none or it was rejected at load. */
  find(iss: string, kid: string, alg: KeyAlgorithm): KeyObject | undefined {
    return this.#keys.get(iss)?.get(kid)?.get(alg);
  }
}

/**
 * A fresh key for `alg` and the JWK to put in a trust store (without `kid` and `alg`, which the caller
 * chooses). For HS256 the "public" JWK is the 32-byte shared secret as an `oct` key; for EdDSA an `OKP` Ed25519 key.
 *
 * @example
 * ```ts
 * const { privateKey, publicJwk } = generateKeyPair("ES256");
 * const doc = { issuers: { "https://tools.example": { keys: [{ ...publicJwk, kid: "k1", alg: "ES256" }] } } };
 * ```
 */
export function generateKeyPair(alg: KeyAlgorithm): { privateKey: KeyObject; publicJwk: Record<string, string> } {
  switch (alg) {
    case "HS256": {
      const secret = randomBytes(MIN_HMAC_KEY_BYTES);
      return { privateKey: createSecretKey(secret), publicJwk: { kty: "oct", k: secret.toString("base64url") } };
    }
    case "ES256": {
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
      return { privateKey, publicJwk: stringMembers(publicKey.export({ format: "jwk" })) };
    }
    case "RS256": {
      const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: MIN_RSA_MODULUS_BITS });
      return { privateKey, publicJwk: stringMembers(publicKey.export({ format: "jwk" })) };
    }
    case "EdDSA": {
      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      return { privateKey, publicJwk: stringMembers(publicKey.export({ format: "jwk" })) };
    }
    default:
      throw new TypeError(`unsupported signature algorithm ${String(alg)}`);
  }
}

/** Imports one JWK, or names why it is unusable. Every rule is checked before node sees the key. */
function importJwk(jwk: Jwk, allowed: readonly KeyAlgorithm[]): KeyObject | RejectedKeyWhy {
  const { alg } = jwk;
  if (!isKeyAlgorithm(alg)) return "unsupported_algorithm";
  if (!allowed.includes(alg)) return "algorithm_not_allowed";
  const ktyFits =
    alg === "HS256"
      ? jwk.kty === "oct"
      : alg === "ES256"
        ? jwk.kty === "EC" && jwk.crv === "P-256"
        : alg === "EdDSA"
          ? jwk.kty === "OKP" && jwk.crv === "Ed25519"
          : jwk.kty === "RSA";
  if (!ktyFits) return "key_type_mismatch";
  // jose and node both accept padded or sloppy base64url, which would give one key many spellings.
  for (const m of BASE64URL_MEMBERS) {
    const v = jwk[m];
    if (v !== undefined && !isCanonicalBase64url(v)) return "non_canonical_base64url";
  }
  let key: KeyObject;
  try {
    if (alg === "HS256") {
      if (jwk.k === undefined) return "invalid_key";
      const secret = Buffer.from(jwk.k, "base64url");
      if (secret.length < MIN_HMAC_KEY_BYTES) return "key_too_small";
      key = createSecretKey(secret);
    } else if (alg === "ES256") {
      if (jwk.x === undefined || jwk.y === undefined) return "invalid_key";
      // RFC 7518 §6.2.1.2: each coordinate is exactly 32 octets for P-256; node also takes 33 with a leading zero.
      if (Buffer.from(jwk.x, "base64url").length !== 32 || Buffer.from(jwk.y, "base64url").length !== 32) return "invalid_key";
      // node checks that the point is on the curve.
      key = createPublicKey({ key: { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y }, format: "jwk" });
    } else if (alg === "EdDSA") {
      if (jwk.x === undefined || jwk.y !== undefined) return "invalid_key";
      // RFC 8032 §5.1.3: a canonical encoding (y < p) of a curve point; node would import any 32 bytes (isEd25519Point).
      // (Small-order points never get here: load refuses the whole store first.)
      const imported = importEd25519PublicKey(Buffer.from(jwk.x, "base64url"));
      return typeof imported === "string" ? "invalid_key" : imported;
    } else {
      if (jwk.n === undefined || jwk.e === undefined) return "invalid_key";
      // RFC 7518 §6.3.1: n and e use the minimum number of octets, so a leading zero octet is refused.
      if (!isMinimalUnsigned(jwk.n) || !isMinimalUnsigned(jwk.e)) return "invalid_key";
      // FIPS 186-5: the public exponent is odd and at least 65537; e = 1 would make every message its own signature.
      if (!isAcceptableExponent(jwk.e)) return "invalid_key";
      key = createPublicKey({ key: { kty: "RSA", n: jwk.n, e: jwk.e }, format: "jwk" });
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_MODULUS_BITS) return "key_too_small";
    }
  } catch {
    return "invalid_key";
  }
  // The signature layer's own rule is the last word, so the store never holds a key it would refuse.
  return keyFitsAlgorithm(alg, key, "public") ? key : "invalid_key";
}

/** RFC 4648 §5 without padding, and §3.5: the unused low bits of the last character are zero. */
export function isCanonicalBase64url(s: string): boolean {
  if (!BASE64URL.test(s)) return false;
  const rem = s.length % 4;
  if (rem === 1) return false;
  if (rem === 0) return true;
  const lastValue = BASE64URL_ALPHABET.indexOf(s[s.length - 1]!);
  const unusedBits = rem === 2 ? 4 : 2;
  return (lastValue & ((1 << unusedBits) - 1)) === 0;
}

function isMinimalUnsigned(b64url: string): boolean {
  const bytes = Buffer.from(b64url, "base64url");
  return bytes.length > 0 && bytes[0] !== 0;
}

function isAcceptableExponent(b64url: string): boolean {
  const bytes = Buffer.from(b64url, "base64url");
  if (bytes.length > 32) return false;
  const e = BigInt(`0x${bytes.toString("hex") || "0"}`);
  return e >= 65537n && (e & 1n) === 1n;
}

function pairKey(jwk: Jwk): string {
  // kid is printable ASCII without spaces (schema), so the space cannot be forged from either side.
  return `${jwk.kid} ${jwk.alg}`;
}

function allowList(algorithms: readonly KeyAlgorithm[] | undefined): readonly KeyAlgorithm[] {
  if (algorithms === undefined) return SIGNATURE_ALGORITHMS;
  if (!Array.isArray(algorithms) || algorithms.length === 0 || !algorithms.every((a) => isKeyAlgorithm(a))) {
    throw new Error(`trust store options: algorithms must be a non-empty subset of ${TRUST_STORE_ALGORITHMS.join(", ")}`);
  }
  return Object.freeze([...new Set(algorithms)]);
}

function stringMembers(jwk: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(jwk)) if (typeof v === "string") out[k] = v;
  return out;
}

/** Length of an Ed25519 public key, a compressed point (RFC 8032 §5.1.5). */
export const ED25519_PUBLIC_KEY_BYTES = 32;

/** The field prime of edwards25519, p = 2^255 − 19. */
const ED25519_P = (1n << 255n) - 19n;

/**
 * Every 32-byte string that decodes (strictly, or by the lenient rules OpenSSL applies: y ≥ p reduced, the sign bit of
 * x = 0 ignored) to one of the eight points of small order, the torsion subgroup of edwards25519 (RFC 8032 §5.1;
 * "Taming the many EdDSAs", Chalkias et al. 2020, table 6). Their y-coordinates are 1 (the identity, order 1), p − 1
 * (order 2), 0 (x = ±√−1, order 4) and ±Y8 (order 8); keys.test.ts checks the orders by point arithmetic.
 *
 * Why: node (OpenSSL) accepts such a public key A and then checks [S]B = R + [k]A with [k]A in a group of at most 8
 * elements, so the signature R = identity, S = 0 verifies for EVERY message under A = identity, and for the other
 * points a signature valid for every message is one small search away. Computed once at module load: 14 encodings.
 */
const SMALL_ORDER_ED25519: ReadonlySet<string> = (() => {
  const y8 = 2707385501144840649318225287225658788936804267575313519463743609750303402022n;
  const out = new Set<string>();
  for (const y of [1n, ED25519_P - 1n, 0n, y8, ED25519_P - y8]) {
    for (const spelled of [y, y + ED25519_P]) {
      if (spelled >= 1n << 255n) continue; // no room for a second spelling of this y in 255 bits
      for (const sign of [0n, 1n << 255n]) out.add(littleEndian32(spelled | sign).toString("hex"));
    }
  }
  return out;
})();

/**
 * Whether `publicKey` is an encoding of an Ed25519 point of small order (the identity point 01 00…00 among them), in
 * any spelling. Such a key must never be loaded: one forged signature would verify for every message. Keys of any
 * other length are not small-order points (they are not Ed25519 keys at all) and yield `false`.
 */
export function isSmallOrderEd25519(publicKey: Uint8Array): boolean {
  return publicKey.length === ED25519_PUBLIC_KEY_BYTES && SMALL_ORDER_ED25519.has(Buffer.from(publicKey).toString("hex"));
}

/** Whether the 255-bit y of a 32-byte Ed25519 encoding is ≥ p: RFC 8032 §5.1.3 refuses it, OpenSSL reduces it. */
export function isNonCanonicalEd25519(publicKey: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) return false;
  const bytes = Buffer.from(publicKey);
  bytes[31] = bytes[31]! & 0x7f;
  return BigInt(`0x${Buffer.from(bytes).reverse().toString("hex")}`) >= ED25519_P;
}

/**
 * Whether a canonical 32-byte encoding names a point of edwards25519 (RFC 8032 §5.1.3 steps 2–3): x² = (y² − 1) /
 * (d·y² + 1) must have a square root, i.e. its Legendre symbol (Euler's criterion) is not −1. Node imports any 32
 * bytes as an Ed25519 key and only fails later, at every verification; refusing at load reports a bad key as a bad
 * key instead of as a bad signature. (x = 0 with the sign bit set only occurs for y = ±1, small-order spellings.)
 */
export function isEd25519Point(publicKey: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES || isNonCanonicalEd25519(publicKey)) return false;
  const bytes = Buffer.from(publicKey);
  bytes[31] = bytes[31]! & 0x7f;
  const y = BigInt(`0x${Buffer.from(bytes).reverse().toString("hex")}`);
  const u = mod(y * y - 1n);
  const v = mod(ED25519_D * y * y + 1n);
  const x2 = mod(u * powMod(v, ED25519_P - 2n));
  return x2 === 0n || powMod(x2, (ED25519_P - 1n) / 2n) === 1n;
}

/** The curve constant d = −121665/121666 of edwards25519 (RFC 8032 §5.1). */
const ED25519_D = mod(-121665n * powMod(121666n, ED25519_P - 2n));

function mod(a: bigint): bigint {
  const r = a % ED25519_P;
  return r < 0n ? r + ED25519_P : r;
}

function powMod(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  for (let b = mod(base), e = exponent; e > 0n; e >>= 1n, b = mod(b * b)) if (e & 1n) result = mod(result * b);
  return result;
}

/**
 * An Ed25519 public key from its 32 raw bytes (did:key, a DID document's multibase or JWK), with the store's rules:
 * `"small_order"` for a small-order point, `"invalid_key"` for a wrong length, y ≥ p, a y that is on no curve point,
 * or bytes node refuses.
 */
export function importEd25519PublicKey(raw: Uint8Array): KeyObject | "small_order" | "invalid_key" {
  if (raw.length !== ED25519_PUBLIC_KEY_BYTES) return "invalid_key";
  if (isSmallOrderEd25519(raw)) return "small_order";
  if (!isEd25519Point(raw)) return "invalid_key";
  try {
    return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
  } catch {
    return "invalid_key";
  }
}

function littleEndian32(n: bigint): Buffer {
  return Buffer.from(n.toString(16).padStart(64, "0"), "hex").reverse();
}
