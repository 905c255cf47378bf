/**
 * The one compact-JWS verifier of the transport layer, shared by capability tokens and every JWS-shaped agent
 * identity (`jwt`, `operator`, `mtls`, `did`).
 *
 * jose does the cryptography; this module decides what jose is allowed to see. jose (like most JOSE libraries)
 * accepts padded or sloppy base64url, duplicate JSON members, and header parameters such as `jku`, `jwk` or `x5u`
 * that would let a token name its own key. A strict pre-check refuses all of those as `token_malformed` first, so
 * that one token has exactly one spelling and the key always comes from configuration.
 */
import { Buffer } from "node:buffer";
import type { KeyObject } from "node:crypto";
import { compactVerify, errors as joseErrors } from "jose";
import { McpTrustError } from "../common/errors.js";
import { isCanonicalBase64url } from "../common/keys.js";
import { readStrictJson, type JsonValue } from "../common/strict-json.js";

/** The JWS algorithms a transport token may use. HS* never: a shared secret cannot say who signed. */
export const TOKEN_ALGORITHMS = Object.freeze(["ES256", "EdDSA"] as const);
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

/** Largest token accepted by default, in characters (the header value limit). */
export const DEFAULT_MAX_TOKEN_LENGTH = 8192;

/** The closed protected header every transport token carries. */
export interface JwsHeader {
  alg: TokenAlgorithm;
  typ: string;
  kid: string;
}

export type JwtClaims = { [name: string]: JsonValue };

/** The claims every transport JWS has, after the generic checks: integer seconds. */
export interface TimeClaims {
  iat: number;
  exp: number;
  nbf?: number;
}

/**
 * Finds the verification key for a token whose structure, header and claims have passed the pre-check (the signature
 * has not been checked yet, so nothing in `claims` is trusted). Return `undefined` for "no such key"
 * (→ `key_unavailable`); throw an `McpTrustError` to refuse with another reason (e.g. `identity_invalid`,
 * `resolver_unavailable`, `issuer_not_permitted`).
 */
export type JwsKeyResolver = (header: JwsHeader, claims: JwtClaims) => KeyObject | undefined | Promise<KeyObject | undefined>;

/** How a token is read before any cryptography: everything here refuses with `token_malformed`. */
export interface JwsParseOptions {
  /** The required protected-header `typ`, compared exactly (e.g. `mcp-cap+jwt`). */
  typ: string;
  /**
   * Checks the claims' closed member set and types, after the generic `iat`/`exp`/`nbf` checks. Throw
   * `McpTrustError` (normally `token_malformed`) to refuse. `header.alg` is not yet checked against any allow-list.
   */
  claimsValidator?: (claims: JwtClaims, header: ParsedJwsHeader) => void;
  /** Largest accepted token, characters; default {@link DEFAULT_MAX_TOKEN_LENGTH}. */
  maxLength?: number;
}

/** How a parsed token is verified. */
export interface JwsVerifyOptions {
  /** Algorithm allow-list from configuration; `alg` outside it is `algorithm_unsupported`. Subset of {@link TOKEN_ALGORITHMS}. */
  algorithms: readonly TokenAlgorithm[];
  resolveKey: JwsKeyResolver;
  /** The verifier's clock, epoch MILLISECONDS (token times are seconds; this module converts). */
  now: number;
  /** Tolerated clock difference, seconds. */
  skew: number;
  /** Largest `exp - iat`, seconds; beyond it is `lifetime_exceeded`. */
  maxLifetime: number;
}

export type CompactJwsOptions = JwsParseOptions & JwsVerifyOptions;

/** The protected header as read, before `alg` is checked against an allow-list. */
export interface ParsedJwsHeader {
  alg: string;
  typ: string;
  kid: string;
}

/** A token that passed the pre-check: nothing in it is authentic yet. */
export interface ParsedJws {
  token: string;
  header: ParsedJwsHeader;
  claims: JwtClaims;
  time: TimeClaims;
}

export interface VerifiedJws<C extends JwtClaims = JwtClaims> {
  header: JwsHeader;
  claims: C & TimeClaims;
  /** The key that verified the signature. */
  key: KeyObject;
}

const HEADER_MEMBERS = new Set(["alg", "typ", "kid"]);
// common.schema.json#/$defs/algorithmName; a DID URL kid may be 1024 characters (agent-did-proof-claims.schema.json).
const ALG_NAME = /^[A-Za-z0-9+_-]{1,32}$/;
const KID = /^[\x21-\x7e]{1,1024}$/;

/**
 * Verifies one compact JWS: {@link parseCompactJws} (structure, canonical base64url, strict JSON, closed header
 * `{alg, typ, kid}` with the expected `typ`, integer `iat`/`exp`/`nbf`, `claimsValidator`: all `token_malformed`), then
 * {@link verifyParsedJws} (`alg` in `algorithms` → else `algorithm_unsupported`, `resolveKey` → else
 * `key_unavailable`, jose `compactVerify` with the algorithm pinned → else `signature_invalid`, then time:
 * `iat > now + skew` or `nbf > now + skew` → `not_yet_valid`, `exp - iat > maxLifetime` → `lifetime_exceeded`,
 * `now - skew ≥ exp` → `expired`). Refusals are thrown as `McpTrustError`; nothing is consumed here.
 *
 * @example
 * ```ts
 * const { header, claims, key } = await verifyCompactJws(token, {
 *   typ: "mcp-cap+jwt", algorithms: ["ES256", "EdDSA"], now: Date.now(), skew: 30, maxLifetime: 300,
 *   resolveKey: (h, c) => typeof c.iss === "string" ? store.find(c.iss, h.kid, h.alg) : undefined,
 * });
 * ```
 */
export async function verifyCompactJws<C extends JwtClaims = JwtClaims>(token: unknown, options: CompactJwsOptions): Promise<VerifiedJws<C>> {
  return verifyParsedJws<C>(parseCompactJws(token, options), options);
}

/**
 * The pre-check alone, before any key or cryptography: a chain reads every token with it first, so that a malformed
 * token anywhere is `token_malformed` whatever the others' signatures.
 */
export function parseCompactJws(token: unknown, options: JwsParseOptions): ParsedJws {
  const { header, claims } = readCompactJws(token, options.typ, options.maxLength);
  const time = readTimeClaims(claims);
  options.claimsValidator?.(claims, header);
  return { token: token as string, header, claims, time };
}

/** Algorithm, key, signature and time of a token {@link parseCompactJws} accepted. */
export async function verifyParsedJws<C extends JwtClaims = JwtClaims>(parsed: ParsedJws, options: JwsVerifyOptions): Promise<VerifiedJws<C>> {
  const { alg: name, typ, kid } = parsed.header;
  if (!(TOKEN_ALGORITHMS as readonly string[]).includes(name) || !options.algorithms.includes(name as TokenAlgorithm)) {
    throw new McpTrustError("algorithm_unsupported", `algorithm ${JSON.stringify(name)} is not on this verifier's allow-list`);
  }
  const header: JwsHeader = { alg: name as TokenAlgorithm, typ, kid };
  const key = await options.resolveKey(header, parsed.claims);
  if (key === undefined) {
    throw new McpTrustError("key_unavailable", `no ${header.alg} key ${JSON.stringify(kid)} for this token's issuer`);
  }
  if (!keyFits(header.alg, key)) {
    throw new McpTrustError("key_unavailable", `key ${JSON.stringify(kid)} does not fit ${header.alg}`);
  }
  try {
    await compactVerify(parsed.token, key, { algorithms: [header.alg] });
  } catch (e) {
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) {
      throw new McpTrustError("signature_invalid", "the token's signature does not verify", { cause: e });
    }
    // Anything else jose refuses after our pre-check (an unusable key) is a key problem, never an acceptance.
    throw new McpTrustError("key_unavailable", `the key cannot verify this token: ${(e as Error).message}`, { cause: e });
  }
  checkTokenTime(parsed.time, options.now, options.skew, options.maxLifetime);
  return { header, claims: parsed.claims as C & TimeClaims, key };
}

/**
 * Structure, canonical base64url, strict JSON, closed header with the expected `typ` and well-formed `alg` and `kid`.
 * Exposed so that callers can read an unverified token's header (e.g. to pick a resolver) with the same rules.
 */
export function readCompactJws(token: unknown, typ: string, maxLength = DEFAULT_MAX_TOKEN_LENGTH): { header: ParsedJwsHeader; claims: JwtClaims } {
  if (typeof token !== "string") throw malformed("the token is not a string");
  if (token.length > maxLength) throw malformed(`the token is longer than ${maxLength} characters`);
  const segments = token.split(".");
  if (segments.length !== 3) throw malformed("a compact JWS has exactly three segments");
  const [h, p] = segments as [string, string, string];
  for (const seg of segments) {
    if (seg.length === 0 || !isCanonicalBase64url(seg) || Buffer.from(seg, "base64url").toString("base64url") !== seg) {
      throw malformed("a segment is not canonical unpadded base64url");
    }
  }
  const header = readJsonObject(h, "header");
  const claims = readJsonObject(p, "claims");
  for (const name of Object.keys(header)) {
    if (!HEADER_MEMBERS.has(name)) throw malformed(`protected header parameter ${JSON.stringify(name)} is not accepted`);
  }
  const { alg, typ: actualTyp, kid } = header;
  if (typeof alg !== "string" || typeof actualTyp !== "string" || typeof kid !== "string") {
    throw malformed("the protected header needs string alg, typ and kid");
  }
  if (!ALG_NAME.test(alg)) throw malformed("alg is not a JWS algorithm name");
  if (actualTyp !== typ) throw malformed(`typ ${JSON.stringify(actualTyp)} is not ${JSON.stringify(typ)}`);
  if (!KID.test(kid)) throw malformed("kid is not 1..1024 printable ASCII characters");
  return { header: { alg, typ: actualTyp, kid }, claims };
}

/** The time rules of every transport token (see {@link verifyCompactJws}); `now` in epoch milliseconds. */
export function checkTokenTime(time: TimeClaims, now: number, skew: number, maxLifetime: number): void {
  const nowS = now / 1000;
  if (time.iat > nowS + skew) throw new McpTrustError("not_yet_valid", "issued later than now plus the clock skew");
  if (time.nbf !== undefined && time.nbf > nowS + skew) throw new McpTrustError("not_yet_valid", "not valid before a later time");
  if (time.exp - time.iat > maxLifetime) {
    throw new McpTrustError("lifetime_exceeded", `lifetime ${time.exp - time.iat} s is longer than ${maxLifetime} s`);
  }
  if (nowS - skew >= time.exp) throw new McpTrustError("expired", "the token has expired");
}

/** A JWS algorithm's key kind, so that jose is never handed a key of another kind. */
function keyFits(alg: TokenAlgorithm, key: KeyObject): boolean {
  if (key.type !== "public") return false;
  if (alg === "ES256") return key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1";
  return key.asymmetricKeyType === "ed25519";
}

function readTimeClaims(claims: JwtClaims): TimeClaims {
  const { iat, exp, nbf } = claims;
  if (!isSeconds(iat) || !isSeconds(exp)) throw malformed("iat and exp must be non-negative integers (seconds)");
  if (nbf !== undefined && !isSeconds(nbf)) throw malformed("nbf must be a non-negative integer (seconds)");
  return nbf === undefined ? { iat, exp } : { iat, exp, nbf };
}

function isSeconds(x: unknown): x is number {
  return typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
}

function readJsonObject(segment: string, what: string): JwtClaims {
  let read;
  try {
    read = readStrictJson(Buffer.from(segment, "base64url"));
  } catch (e) {
    throw malformed(`the ${what} is not strict JSON`, e);
  }
  const value = read.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw malformed(`the ${what} is not a JSON object`);
  // Every number in a transport token is an integer (seconds); a fraction or exponent is a second spelling.
  if (read.nonIntegerNumbers.length > 0) throw malformed(`the ${what} holds a non-integer number`);
  return value;
}

function malformed(message: string, cause?: unknown): McpTrustError {
  return new McpTrustError("token_malformed", message, cause === undefined ? {} : { cause });
}
