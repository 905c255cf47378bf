/**
 * Identity type `did`: a compact JWS (`typ` `mcp-agent-did+jwt`, claims agent-did-proof-claims.schema.json) signed
 * with a verification method of the agent's DID over a fresh server challenge. Header `kid` = `<did>#<fragment>`
 * with `<did>` = `iss` (the agentId); operatorId = the DID document's `controller` when it is a string, else the DID.
 * Lifetime ≤ 300 s.
 *
 * Order (as the conformance vectors fix it): structure and claims (`token_malformed`) → algorithm allow-list → DID
 * and key resolution (`identity_invalid`, `resolver_unavailable`) → signature → time → `aud` → challenge
 * (`challenge_required`). The challenge is returned for the caller to consume last, never consumed here.
 *
 * Keys (did:key and DID documents) pass the trust store's own import rules, so an Ed25519 small-order point or a
 * non-canonical encoding is refused here exactly as in a configured trust store — as `identity_invalid`, since it
 * comes from the request, not from configuration.
 */
import { Buffer } from "node:buffer";
import { ECDH, createPublicKey, type KeyObject } from "node:crypto";
import { calculateJwkThumbprint, type JWK } from "jose";
import { base58btc } from "multiformats/bases/base58";
import { varint } from "multiformats";
import { validateAgentDidProofClaims } from "../../../generated/validators/agent-did-proof-claims.js";
import { DEFAULT_CLOCK_SKEW_SECONDS } from "../../common/clock.js";
import { McpTrustError } from "../../common/errors.js";
import { TrustStore, importEd25519PublicKey } from "../../common/keys.js";
import { TOKEN_ALGORITHMS, type TokenAlgorithm, verifyCompactJws } from "../jws.js";
import { verifyChallenge } from "./challenge.js";
import { checkAudience, checkClaims, malformed } from "./signed.js";
import { DEFAULT_CHALLENGE_TTL_SECONDS, type DidConfig, type IdentityContext, type VerifiedIdentity } from "./types.js";

export const DID_PROOF_TYP = "mcp-agent-did+jwt";
export const DID_PROOF_MAX_LIFETIME_SECONDS = 300;

/** Multicodec codes (multiformats/multicodec table): ed25519-pub and p256-pub (compressed point). */
export const ED25519_PUB = 0xed;
export const P256_PUB = 0x1200;

/** The header `kid` of a DID proof (agent-did-proof-claims.schema.json `$defs/header`). */
const DID_URL = /^(did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-])#([A-Za-z0-9._~%!$&'()*+,;=:@/?-]{1,256})$/;

export interface ResolvedDidKey {
  key: KeyObject;
  alg: TokenAlgorithm;
  /** The DID document's `controller` when it is a string; `undefined` for did:key and other documents. */
  controller?: string;
}

export async function verifyDidIdentity(credential: string, ctx: IdentityContext): Promise<VerifiedIdentity> {
  const config = ctx.did;
  if (config === undefined) throw invalid("DID proofs are not configured");
  const skew = ctx.skew ?? DEFAULT_CLOCK_SKEW_SECONDS;
  let controller: string | undefined;
  const { claims, key } = await verifyCompactJws(credential, {
    typ: DID_PROOF_TYP,
    algorithms: ctx.algorithms ?? TOKEN_ALGORITHMS,
    now: ctx.now,
    skew,
    maxLifetime: DID_PROOF_MAX_LIFETIME_SECONDS,
    claimsValidator: (c, header) => {
      if (header.kid.length > 1024 || !DID_URL.test(header.kid)) throw malformed("kid is not a DID URL <did>#<fragment>");
      checkClaims(validateAgentDidProofClaims, c);
    },
    resolveKey: async (header, c) => {
      const did = c["iss"] as string;
      if (DID_URL.exec(header.kid)![1] !== did) throw invalid("kid is not a verification method of the DID in iss");
      const resolved = await resolveDidKey(did, header.kid, config);
      if (resolved.alg !== header.alg) throw invalid(`the DID key is not an ${header.alg} key`);
      controller = resolved.controller;
      return resolved.key;
    },
  });
  const did = claims["iss"] as string;
  checkAudience(claims["aud"] as string, ctx.audience);
  const ttl = config.challengeTtlSeconds ?? DEFAULT_CHALLENGE_TTL_SECONDS;
  const challenge = claims["challenge"] as string;
  const issued = verifyChallenge(challenge, { secret: config.challengeSecret, audience: ctx.audience, now: ctx.now, ttlSeconds: ttl });
  const out: VerifiedIdentity = {
    type: "did",
    agentId: did,
    operatorId: controller ?? did,
    keyThumbprint: await calculateJwkThumbprint(key.export({ format: "jwk" }) as JWK, "sha256"),
    challenge,
    challengeExpiresAt: (issued + ttl + skew) * 1000,
  };
  if (typeof claims["sid"] === "string") out.sid = claims["sid"];
  return out;
}

/**
 * The verification method `kid` (`<did>#<fragment>`) of `did`: for did:key the one method `#<multibase value>`; for
 * did:web a method of the resolved document that is authorised for `authentication` or `assertionMethod`.
 */
export async function resolveDidKey(did: string, kid: string, config: DidConfig): Promise<ResolvedDidKey> {
  const fragment = kid.slice(did.length + 1);
  if (did.startsWith("did:key:")) {
    const value = did.slice("did:key:".length);
    if (fragment !== value) throw invalid("a did:key has one verification method, #<its own multibase value>");
    return keyFromMultibase(value);
  }
  if (!did.startsWith("did:web:")) throw invalid("unsupported DID method");
  if (config.resolveDidWeb === undefined) throw invalid("did:web resolution is not configured");
  let doc: unknown;
  try {
    doc = await config.resolveDidWeb(did);
  } catch (e) {
    if (e instanceof McpTrustError) throw e;
    throw new McpTrustError("resolver_unavailable", "did:web resolution failed", { cause: e });
  }
  if (doc === undefined) throw invalid("the DID does not resolve");
  return keyFromDocument(doc, did, kid, fragment);
}

/** The key of method `kid` in a DID document (W3C DID Core §5.2, §5.3), with its controller. */
export function keyFromDocument(doc: unknown, did: string, kid: string, fragment: string): ResolvedDidKey {
  if (!isObject(doc) || doc["id"] !== did) throw invalid("the DID document's id is not the DID");
  const names = (x: unknown) => isObject(x) && (x["id"] === kid || x["id"] === `#${fragment}`);
  const refers = (x: unknown) => x === kid || x === `#${fragment}` || names(x);
  const listed = arrayOrEmpty(doc["verificationMethod"]);
  const relationships = [arrayOrEmpty(doc["authentication"]), arrayOrEmpty(doc["assertionMethod"])];
  // A method is either listed in verificationMethod or embedded in a relationship; it must exist exactly once.
  const found = [...listed, ...relationships.flat()].filter(names);
  if (found.length !== 1) throw invalid(`the DID document has ${found.length === 0 ? "no" : "more than one"} verification method ${kid}`);
  if (!relationships.some((r) => r.some(refers))) throw invalid("the method is not authorised for authentication or assertionMethod");
  const method = found[0] as Record<string, unknown>;
  const hasJwk = method["publicKeyJwk"] !== undefined;
  if (hasJwk === (method["publicKeyMultibase"] !== undefined)) throw invalid("a verification method holds exactly one of publicKeyJwk and publicKeyMultibase");
  const key = hasJwk ? keyFromJwk(method["publicKeyJwk"]) : keyFromMultibase(method["publicKeyMultibase"]);
  const controller = doc["controller"];
  return typeof controller === "string" ? { ...key, controller } : key;
}

/** A multibase base58btc (`z…`) multicodec public key: ed25519-pub (32 bytes) or p256-pub (33-byte compressed point). */
export function keyFromMultibase(value: unknown): ResolvedDidKey {
  if (typeof value !== "string" || !value.startsWith("z")) throw invalid("the key is not multibase base58btc");
  let bytes: Uint8Array;
  let code: number;
  let length: number;
  try {
    bytes = base58btc.decode(value);
    [code, length] = varint.decode(bytes);
  } catch (e) {
    throw new McpTrustError("identity_invalid", "the key is not base58btc multicodec", { cause: e });
  }
  // A multicodec prefix has one spelling: the minimal varint.
  if (length !== varint.encodingLength(code)) throw invalid("the multicodec prefix is not a minimal varint");
  const raw = bytes.subarray(length);
  if (code === ED25519_PUB && raw.length === 32) {
    const key = importEd25519PublicKey(raw);
    if (key === "small_order") throw invalid("the Ed25519 key is a point of small order");
    if (key === "invalid_key") throw invalid("the Ed25519 key is not a canonical point encoding");
    return { key, alg: "EdDSA" };
  }
  if (code === P256_PUB && raw.length === 33 && (raw[0] === 2 || raw[0] === 3)) {
    let point: Buffer;
    try {
      // OpenSSL decompresses and checks that the point is on the curve.
      point = ECDH.convertKey(raw, "prime256v1", undefined, undefined, "uncompressed") as Buffer;
    } catch (e) {
      throw new McpTrustError("identity_invalid", "the P-256 key is not a point on the curve", { cause: e });
    }
    const x = point.subarray(1, 33).toString("base64url");
    const y = point.subarray(33, 65).toString("base64url");
    return { key: createPublicKey({ key: { kty: "EC", crv: "P-256", x, y }, format: "jwk" }), alg: "ES256" };
  }
  throw invalid("the key is neither an ed25519-pub nor a p256-pub multicodec key");
}

/**
 * A `publicKeyJwk`: EC P-256 or OKP Ed25519, public members only. Imported through {@link TrustStore.load} so that
 * a document's key meets every rule a configured key does (canonical base64url, coordinate lengths, on the curve,
 * no small-order Ed25519 point).
 */
export function keyFromJwk(jwk: unknown): ResolvedDidKey {
  if (!isObject(jwk) || ["d", "p", "q", "dp", "dq", "qi", "oth", "k"].some((m) => m in jwk)) throw invalid("publicKeyJwk is not a public key");
  const alg: TokenAlgorithm | undefined =
    jwk["kty"] === "OKP" && jwk["crv"] === "Ed25519" ? "EdDSA" : jwk["kty"] === "EC" && jwk["crv"] === "P-256" ? "ES256" : undefined;
  if (alg === undefined) throw invalid("publicKeyJwk is neither EC P-256 nor OKP Ed25519");
  const members = Object.fromEntries(["kty", "crv", "x", "y"].filter((m) => jwk[m] !== undefined).map((m) => [m, jwk[m]]));
  let store: TrustStore;
  try {
    store = TrustStore.load({ issuers: { did: { keys: [{ ...members, kid: "k", alg }] } } }, { algorithms: [alg] });
  } catch (e) {
    throw new McpTrustError("identity_invalid", "publicKeyJwk is not a usable key", { cause: e });
  }
  const key = store.find("did", "k", alg);
  if (key === undefined) throw invalid(`publicKeyJwk is not a usable key (${store.rejected[0]?.why ?? "rejected"})`);
  return { key, alg };
}

function arrayOrEmpty(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function invalid(message: string): McpTrustError {
  return new McpTrustError("identity_invalid", message);
}
