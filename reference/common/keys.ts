/**
 * The trust store: one JWKS per issuer (schemas/trust-store.schema.json), imported once into node
 * `KeyObject`s so that finding the key for an envelope is three map lookups on the verifier's hot path.
 *
 * A document that is not a trust store is a configuration error and throws. A single unusable key is
 * not: it is skipped into `rejected` with a reason, so one bad entry cannot take every issuer offline,
 * and the operator can still see what was dropped and why.
 */
import { Buffer } from "node:buffer";
import { type KeyObject, createPublicKey, createSecretKey, generateKeyPairSync, randomBytes } from "node:crypto";
import type { Jwk } from "../../generated/types/trust-store.js";
import { validateTrustStore } from "../../generated/validators/trust-store.js";
import {
  MIN_HMAC_KEY_BYTES,
  MIN_RSA_MODULUS_BITS,
  SIGNATURE_ALGORITHMS,
  type SignatureAlgorithm,
  isSignatureAlgorithm,
  keyFitsAlgorithm,
} from "./signature.js";

/** Why a key was skipped at load; tests and operators branch on these, never on message text. */
export type RejectedKeyWhy =
  | "duplicate_kid" // (kid, alg) appears more than once for the issuer: which one is meant is unknowable
  | "unsupported_algorithm" // alg is not HS256, ES256 or RS256
  | "algorithm_not_allowed" // alg is ours but outside the configured allow-list
  | "key_type_mismatch" // kty (and crv) do not fit alg: oct↔HS256, EC P-256↔ES256, RSA↔RS256
  | "non_canonical_base64url" // k, x, y, n or e has padding, foreign characters or non-zero unused bits
  | "key_too_small" // HMAC secret < 32 bytes, RSA modulus < 2048 bits
  | "invalid_key"; // a required member is missing, an integer is not minimal, or node refuses the key

export interface RejectedKey {
  iss: string;
  kid: string;
  alg: string;
  why: RejectedKeyWhy;
}

export interface TrustStoreOptions {
  /** Algorithms a key may be used with; default all of {@link SIGNATURE_ALGORITHMS}. */
  algorithms?: readonly SignatureAlgorithm[];
}

type KeyIndex = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<SignatureAlgorithm, KeyObject>>>;

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
  readonly algorithms: readonly SignatureAlgorithm[];
  readonly #keys: KeyIndex;

  private constructor(keys: KeyIndex, rejected: readonly RejectedKey[], algorithms: readonly SignatureAlgorithm[]) {
    this.#keys = keys;
    this.rejected = rejected;
    this.algorithms = algorithms;
  }

  /**
   * Validates `doc` against the trust-store schema and imports every usable key. Throws a plain
   * `Error` (a configuration error, not a verification outcome) when `doc` or `options` is invalid.
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
    const byIssuer = new Map<string, Map<string, Map<SignatureAlgorithm, KeyObject>>>();
    const rejected: RejectedKey[] = [];
    for (const [iss, jwks] of Object.entries(doc.issuers)) {
      const jwkList = jwks?.keys ?? [];
      const seen = new Map<string, number>();
      for (const jwk of jwkList) seen.set(pairKey(jwk), (seen.get(pairKey(jwk)) ?? 0) + 1);
      const byKid = new Map<string, Map<SignatureAlgorithm, KeyObject>>();
      for (const jwk of jwkList) {
        const outcome = seen.get(pairKey(jwk))! > 1 ? "duplicate_kid" : importJwk(jwk, algorithms);
        if (typeof outcome === "string") {
          rejected.push({ iss, kid: jwk.kid, alg: jwk.alg, why: outcome });
          continue;
        }
        let byAlg = byKid.get(jwk.kid);
        if (byAlg === undefined) byKid.set(jwk.kid, (byAlg = new Map()));
        byAlg.set(jwk.alg as SignatureAlgorithm, outcome);
      }
      if (byKid.size > 0) byIssuer.set(iss, byKid);
    }
    return new TrustStore(byIssuer, Object.freeze(rejected), algorithms);
  }

  /** The key for (`iss`, `kid`, `alg`), or `undefined` when there is none or it was rejected at load. */
  find(iss: string, kid: string, alg: SignatureAlgorithm): KeyObject | undefined {
    return this.#keys.get(iss)?.get(kid)?.get(alg);
  }
}

/**
 * A fresh key for `alg` and the JWK to put in a trust store (without `kid` and `alg`, which the caller
 * chooses). For HS256 the "public" JWK is the 32-byte shared secret as an `oct` key.
 *
 * @example
 * ```ts
 * const { privateKey, publicJwk } = generateKeyPair("ES256");
 * const doc = { issuers: { "https://tools.example": { keys: [{ ...publicJwk, kid: "k1", alg: "ES256" }] } } };
 * ```
 */
export function generateKeyPair(alg: SignatureAlgorithm): { privateKey: KeyObject; publicJwk: Record<string, string> } {
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
    default:
      throw new TypeError(`unsupported signature algorithm ${String(alg)}`);
  }
}

/** Imports one JWK, or names why it is unusable. Every rule is checked before node sees the key. */
function importJwk(jwk: Jwk, allowed: readonly SignatureAlgorithm[]): KeyObject | RejectedKeyWhy {
  const { alg } = jwk;
  if (!isSignatureAlgorithm(alg)) return "unsupported_algorithm";
  if (!allowed.includes(alg)) return "algorithm_not_allowed";
  const ktyFits =
    alg === "HS256" ? jwk.kty === "oct" : alg === "ES256" ? jwk.kty === "EC" && jwk.crv === "P-256" : jwk.kty === "RSA";
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

function allowList(algorithms: readonly SignatureAlgorithm[] | undefined): readonly SignatureAlgorithm[] {
  if (algorithms === undefined) return SIGNATURE_ALGORITHMS;
  if (!Array.isArray(algorithms) || algorithms.length === 0 || !algorithms.every((a) => isSignatureAlgorithm(a))) {
    throw new Error(`trust store options: algorithms must be a non-empty subset of ${SIGNATURE_ALGORITHMS.join(", ")}`);
  }
  return Object.freeze([...new Set(algorithms)]);
}

function stringMembers(jwk: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(jwk)) if (typeof v === "string") out[k] = v;
  return out;
}
