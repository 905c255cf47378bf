/**
 * One capability token (spec/transport-headers.md#capability-token): a compact JWS with `typ` `mcp-cap+jwt`, its
 * closed claim set, and a lifetime of at most 300 s. The chain rules that tie several tokens together are in
 * cap-token-chain.ts; this module judges a token on its own.
 */
import type { KeyObject } from "node:crypto";
import type { CapTokenClaims } from "../../generated/types/cap-token-claims.js";
import { validateCapTokenClaims as validateCapTokenClaimsSchema } from "../../generated/validators/cap-token-claims.js";
import { McpTrustError } from "../common/errors.js";
import { parseCompactJws, verifyParsedJws, type JwsHeader, type JwtClaims, type ParsedJws, type TokenAlgorithm, TOKEN_ALGORITHMS } from "./jws.js";
import { parseScopeString } from "./scope.js";

export const CAP_TOKEN_TYP = "mcp-cap+jwt";
/** Longest lifetime (`exp - iat`) of a capability token, seconds. */
export const CAP_TOKEN_MAX_LIFETIME_SECONDS = 300;
/** Longest token in a chain, characters (common.schema.json#/$defs/compactJws). */
export const CAP_TOKEN_MAX_LENGTH = 4096;

/** Where capability-token keys come from: (`iss`, `kid`, `alg`) → public key. `TrustStore` fits once it knows EdDSA. */
export interface TokenKeyStore {
  find(iss: string, kid: string, alg: TokenAlgorithm): KeyObject | undefined;
}

export type { CapTokenClaims };

export interface VerifiedCapToken {
  /** The compact token as presented (its ASCII bytes are what a child's `parent` digests). */
  token: string;
  header: JwsHeader;
  claims: CapTokenClaims;
  /** The `scope` claim split into its entries. */
  scope: readonly string[];
  key: KeyObject;
}

export interface CapTokenOptions {
  keys: TokenKeyStore;
  /** Algorithm allow-list (policy `transport.tokenAlgorithms`); default ES256 and EdDSA. */
  algorithms?: readonly TokenAlgorithm[];
  /** Epoch milliseconds. */
  now: number;
  /** Clock skew, seconds. */
  skew: number;
}

/** A capability token that passed the pre-check and its claims schema; not yet authentic. */
export interface ParsedCapToken extends ParsedJws {
  claims: CapTokenClaims & JwtClaims;
}

/** Verifies one capability token: pre-check, claims, algorithm, key by (`iss`, `kid`, `alg`), signature, time. */
export async function verifyCapToken(token: unknown, options: CapTokenOptions): Promise<VerifiedCapToken> {
  return verifyParsedCapToken(parseCapToken(token), options);
}

/** The pre-check (format, header with `typ` `mcp-cap+jwt` and a JWKS kid, closed claims): `token_malformed`. */
export function parseCapToken(token: unknown): ParsedCapToken {
  return parseCompactJws(token, {
    typ: CAP_TOKEN_TYP,
    maxLength: CAP_TOKEN_MAX_LENGTH,
    claimsValidator: (claims, header) => {
      // cap-token-claims.schema.json#/$defs/header: a trust-store kid is at most 128 characters.
      if (header.kid.length > 128) throw new McpTrustError("token_malformed", "kid is longer than 128 characters");
      validateCapTokenClaims(claims);
    },
  }) as ParsedCapToken;
}

/** Algorithm, key by (`iss`, `kid`, `alg`), signature and time (lifetime at most 300 s) of a parsed token. */
export async function verifyParsedCapToken(parsed: ParsedCapToken, options: CapTokenOptions): Promise<VerifiedCapToken> {
  const verified = await verifyParsedJws(parsed, {
    algorithms: options.algorithms ?? TOKEN_ALGORITHMS,
    now: options.now,
    skew: options.skew,
    maxLifetime: CAP_TOKEN_MAX_LIFETIME_SECONDS,
    resolveKey: (header) => options.keys.find(parsed.claims.iss, header.kid, header.alg),
  });
  const claims = parsed.claims;
  return { token: parsed.token, header: verified.header, claims, scope: parseScopeString(claims.scope)!, key: verified.key };
}

/**
 * The closed claim set and claim types of cap-token-claims.schema.json (generated validator) and the scope entries'
 * length; anything else is `token_malformed`.
 */
export function validateCapTokenClaims(claims: JwtClaims): void {
  if (!validateCapTokenClaimsSchema(claims)) {
    const e = validateCapTokenClaimsSchema.errors?.[0];
    throw new McpTrustError("token_malformed", `the capability token's claims do not match the schema: ${e?.instancePath || "/"} ${e?.message ?? ""}`);
  }
  // Each entry is at most 160 characters, which the scope string's pattern cannot say.
  if (parseScopeString(claims.scope) === undefined) throw new McpTrustError("token_malformed", "scope holds an entry longer than 160 characters");
}
