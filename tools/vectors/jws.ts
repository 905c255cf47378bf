// Compact JWS for the transport vectors, signed by jose. EdDSA is deterministic; ES256 is randomised, so every ES256
// signature is kept in es256-token-signatures.json (keyed by kid and SHA-256 of the signing input) and reused after
// checking that it still verifies: regeneration stays byte-stable.
import { createHash, sign as cryptoSign, verify as cryptoVerify } from "node:crypto";
import { CompactSign } from "jose";
import type { TokenKey } from "./transport-fixtures.js";

export const tokenSignatureCache = new Map<string, string>();
/** The cache entries this run used: only these are written back. */
export const usedTokenSignatures = new Map<string, string>();

const b64u = (s: string | Uint8Array) => Buffer.from(s).toString("base64url");

/** Signs `payload` (an object serialised with JSON.stringify, or exact text) under the protected header `{alg, typ, kid}`. */
export async function signJws(key: TokenKey, typ: string, payload: object | string, header: Record<string, unknown> = {}): Promise<string> {
  const text = typeof payload === "string" ? payload : JSON.stringify(payload);
  const token = await new CompactSign(new TextEncoder().encode(text)).setProtectedHeader({ alg: key.alg, typ, kid: key.kid, ...header }).sign(key.privateKey);
  return key.alg === "ES256" ? await stable(key, token) : token;
}

/**
 * Signs exactly the given header and payload text, for tokens jose refuses to build (duplicate members, forbidden or
 * foreign header parameters): the signature is valid, so only a verifier's pre-check can refuse them.
 */
export async function signRawJws(key: TokenKey, headerJson: string, payloadJson: string): Promise<string> {
  const input = `${b64u(headerJson)}.${b64u(payloadJson)}`;
  const sig = key.alg === "ES256" ? cryptoSign("sha256", Buffer.from(input), { key: key.privateKey, dsaEncoding: "ieee-p1363" }) : cryptoSign(null, Buffer.from(input), key.privateKey);
  const token = `${input}.${b64u(sig)}`;
  return key.alg === "ES256" ? await stable(key, token) : token;
}

async function stable(key: TokenKey, token: string): Promise<string> {
  const input = token.slice(0, token.lastIndexOf("."));
  const cacheKey = `${key.kid}:${createHash("sha256").update(input).digest("hex")}`;
  const cached = tokenSignatureCache.get(cacheKey);
  let signature = token.slice(input.length + 1);
  if (cached !== undefined && verifies(`${input}.${cached}`, key)) signature = cached;
  tokenSignatureCache.set(cacheKey, signature);
  usedTokenSignatures.set(cacheKey, signature);
  return `${input}.${signature}`;
}

// Raw tokens may carry header members jose refuses to verify; only the ES256 signature over the input matters here.
function verifies(token: string, key: TokenKey): boolean {
  const dot = token.lastIndexOf(".");
  return cryptoVerify("sha256", Buffer.from(token.slice(0, dot)), { key: key.publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(token.slice(dot + 1), "base64url"));
}

/** Replaces one segment of a compact JWS (0 header, 1 payload, 2 signature) with exact text, without re-signing. */
export function withSegment(token: string, index: 0 | 1 | 2, text: string): string {
  const parts = token.split(".");
  parts[index] = text;
  return parts.join(".");
}

/** A token whose last signature byte is flipped: a forgery of the same header and claims. */
export function forged(token: string): string {
  const dot = token.lastIndexOf(".");
  const sig = Buffer.from(token.slice(dot + 1), "base64url");
  sig[sig.length - 1] = sig[sig.length - 1]! ^ 0x01;
  return `${token.slice(0, dot)}.${b64u(sig)}`;
}

export { b64u };
