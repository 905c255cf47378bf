// Test helper: real keys and real compact JWS tokens signed by jose, for the transport tests.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { CompactSign, calculateJwkThumbprint, type JWK } from "jose";
import type { Jwk, TrustStore as TrustStoreDoc } from "../../generated/types/trust-store.js";
import type { TokenAlgorithm } from "./jws.js";

export interface TestKey {
  alg: TokenAlgorithm;
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Public JWK with kid and alg, as a trust store holds it. */
  jwk: Record<string, string>;
}

export function testKey(alg: TokenAlgorithm, kid = `${alg.toLowerCase()}-1`): TestKey {
  const { privateKey, publicKey } = alg === "ES256" ? generateKeyPairSync("ec", { namedCurve: "P-256" }) : generateKeyPairSync("ed25519");
  const raw = publicKey.export({ format: "jwk" }) as Record<string, string>;
  return { alg, kid, privateKey, publicKey, jwk: { ...raw, kid, alg } };
}

export async function thumbprint(key: TestKey): Promise<string> {
  const { kid: _k, alg: _a, ...members } = key.jwk;
  return calculateJwkThumbprint(members as JWK, "sha256");
}

/** Signs `claims` (serialised as given) with `key`; `header` overrides or adds protected-header members. */
export async function signToken(key: TestKey, typ: string, claims: object | string, header: Record<string, unknown> = {}): Promise<string> {
  const payload = typeof claims === "string" ? claims : JSON.stringify(claims);
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: key.alg, typ, kid: key.kid, ...header })
    .sign(key.privateKey);
}

/** Seconds for a fixed test clock. */
export const NOW_S = 1_780_000_000;
export const NOW_MS = NOW_S * 1000;

/**
 * Signs exactly the given header and payload text, for negative tests jose would refuse to build (duplicate members,
 * forbidden parameters): the signature is valid, so only the pre-check can refuse the token.
 */
export function signRaw(key: TestKey, headerJson: string, payloadJson: string): string {
  const input = `${Buffer.from(headerJson).toString("base64url")}.${Buffer.from(payloadJson).toString("base64url")}`;
  const sig = key.alg === "ES256" ? sign("sha256", Buffer.from(input), { key: key.privateKey, dsaEncoding: "ieee-p1363" }) : sign(null, Buffer.from(input), key.privateKey);
  return `${input}.${sig.toString("base64url")}`;
}

/** A trust-store document holding `keys` per issuer. */
export function trustStoreDoc(byIssuer: Record<string, TestKey[]>): TrustStoreDoc {
  const issuers: TrustStoreDoc["issuers"] = {};
  for (const [iss, keys] of Object.entries(byIssuer)) issuers[iss] = { keys: keys.map((k) => k.jwk as unknown as Jwk) };
  return { issuers };
}

export const ROOT_ISS = "https://auth.example";
export const GATEWAY = "https://gateway.example/mcp";
export const AUDIENCE = "https://files.example/mcp";
export const ACTOR = "user:alice@example.com";

let jtiCounter = 0;
/** Capability-token claims for a root token to AUDIENCE covering delete_file, with a fresh jti. */
export function capClaims(over: Record<string, unknown> = {}): Record<string, unknown> {
  jtiCounter += 1;
  return {
    iss: ROOT_ISS,
    sub: ACTOR,
    aud: AUDIENCE,
    scope: "tools/call:delete_file tools/list",
    iat: NOW_S - 10,
    exp: NOW_S + 200,
    jti: `jti-${String(jtiCounter).padStart(12, "0")}`,
    ...over,
  };
}
