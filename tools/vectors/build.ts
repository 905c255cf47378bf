import { hashProjection, identityProjection } from "../../reference/attestation/sign.js";
import { signingInput } from "../../reference/attestation/signing-input.js";
import { bytesToHex, hexToBytes } from "../../reference/common/hex.js";
import { keyFitsAlgorithm, signBytes, verifyBytes } from "../../reference/common/signature.js";
import type { JsonValue } from "../../reference/common/strict-json.js";
import { createHash, createHmac, createPublicKey, sign as cryptoSign } from "node:crypto";
import { ARGS, IAT, INTENT, ISS, KEYS, nonceFor, SERVER, SUB, TOOL, type TestKey } from "./fixtures.js";

export type Obj = { [k: string]: JsonValue };

/**
 * ECDSA signatures are randomised; to keep regeneration byte-stable, every ES256 signature the vectors use is kept in
 * ecdsa-signatures.json (keyed by kid and SHA-256 of the signing input) and reused after checking it still verifies.
 */
export const signatureCache = new Map<string, string>();
/** The cache entries this run used: only these are written back. */
export const usedSignatures = new Map<string, string>();

export function signWith(unsigned: Obj, key: TestKey): Obj {
  const input = signingInput(unsigned);
  const cacheKey = `${key.kid}:${key.alg}:${createHash("sha256").update(input).digest("hex")}`;
  const cached = signatureCache.get(cacheKey);
  const verifyKey = key.alg === "HS256" ? key.signingKey : createPublicKey(key.signingKey);
  let signature: string;
  if (cached !== undefined && verifyBytes(key.alg, verifyKey, input, hexToBytes(cached)!)) signature = cached;
  else signature = bytesToHex(keyFitsAlgorithm(key.alg, key.signingKey, "private") ? signBytes(key.alg, key.signingKey, input) : weakSign(key, input));
  signatureCache.set(cacheKey, signature);
  if (key.alg === "ES256") usedSignatures.set(cacheKey, signature);
  return { ...unsigned, signature };
}

// The library refuses to sign with keys below its minimums; vectors that prove verifiers refuse them need such signatures.
function weakSign(key: TestKey, input: Uint8Array): Uint8Array {
  if (key.alg === "HS256") return createHmac("sha256", key.signingKey).update(input).digest();
  return cryptoSign("sha256", input, key.signingKey);
}


export interface ToolCallSpec {
  name?: string;
  serverFingerprint?: string;
  argsProjection?: string;
  argsRef?: { uri: string; digest: string };
}

/** The unsigned SEP-2787 envelope every case starts from: one call of TOOL on SERVER with an identity projection. */
export function sepUnsigned(name: string, key: TestKey, patch: { ia?: Obj; pd?: Obj; toolCalls?: ToolCallSpec[] } = {}): Obj {
  const toolCalls = (patch.toolCalls ?? [{}]).map((tc) => ({
    name: tc.name ?? TOOL,
    serverFingerprint: tc.serverFingerprint ?? SERVER,
    ...(tc.argsRef === undefined ? {} : { argsRef: tc.argsRef }),
    ...(tc.argsProjection === undefined && tc.argsRef === undefined ? { argsProjection: identityProjection(ARGS) } : {}),
    ...(tc.argsProjection === undefined ? {} : { argsProjection: tc.argsProjection }),
  }));
  return {
    issuerAsserted: {
      alg: key.alg,
      iss: ISS,
      sub: SUB,
      secretVersion: key.kid,
      iat: IAT,
      expSeconds: 300,
      nonce: nonceFor(name),
      ...(patch.ia ?? {}),
    },
    plannerDeclared: { intent: INTENT, ...(patch.pd ?? {}) },
    payloadDerived: { toolCalls },
  };
}

export function sepSigned(name: string, key: TestKey = KEYS.es256, patch: Parameters<typeof sepUnsigned>[2] = {}): Obj {
  return signWith(sepUnsigned(name, key, patch), key);
}

/** The earlier shape of the PR 2789 / vaara vectors: version 1, top-level alg, nested args. */
export function vaaraUnsigned(name: string, key: TestKey, args: Obj, patch: { top?: Obj; ia?: Obj } = {}): Obj {
  return {
    version: 1,
    alg: key.alg,
    issuerAsserted: { alg: key.alg, expSeconds: 300, iat: IAT, iss: ISS, nonce: nonceFor(name), secretVersion: key.kid, sub: SUB, ...(patch.ia ?? {}) },
    plannerDeclared: { intent: INTENT },
    payloadDerived: { toolCalls: [{ name: TOOL, serverFingerprint: SERVER, args }] },
    ...(patch.top ?? {}),
  };
}

export { hashProjection, identityProjection };

/** Replaces the value at a path of a signed envelope without re-signing (tampering). */
export function tamper(envelope: Obj, path: (string | number)[], value: JsonValue): Obj {
  const copy = structuredClone(envelope) as Obj;
  let at: JsonValue = copy;
  for (const p of path.slice(0, -1)) at = (at as Record<string | number, JsonValue>)[p] as JsonValue;
  (at as Record<string | number, JsonValue>)[path[path.length - 1]!] = value;
  return copy;
}

export function b64(text: string | Uint8Array): string {
  return Buffer.from(typeof text === "string" ? new TextEncoder().encode(text) : text).toString("base64");
}
