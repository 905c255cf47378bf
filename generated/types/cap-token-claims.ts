/* DO NOT EDIT: this file is generated.
 * Source: schemas/cap-token-claims.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { ActorId, AlgorithmName, Digest, Identifier, JwkThumbprint, ScopeString, SessionId, UnixTime } from "./common.js";

/**
 * The claims set of one capability token (spec/transport-headers.md#capability-token), a compact JWS whose protected header is `$defs/header`. Closed: an unknown claim makes the token malformed (`token_malformed`). Lifetime, chain and scope rules are checked by the verifier, not by this schema.
 */
export interface CapTokenClaims {
  /**
   * The issuer: a root issuer, or the server that forwards the token (the parent's `aud`).
   */
  iss: Identifier;
  /**
   * The actor the capability is granted to; equal along a chain.
   */
  sub: ActorId;
  /**
   * The audience identifier of the server the token is presented to.
   */
  aud: Identifier;
  scope: ScopeString;
  iat: UnixTime;
  exp: UnixTime;
  nbf?: UnixTime;
  /**
   * The token identifier: 16 to 128 base64url characters; the replay key of a single-use token.
   */
  jti: string;
  cnf?: CapTokenConfirmation;
  /**
   * In a forwarded token: the digest of the parent token's compact ASCII bytes.
   */
  parent?: Digest;
  sid?: SessionId;
}
/**
 * Proof-of-possession confirmation (RFC 7800): the RFC 7638 thumbprint of the key the caller must prove possession of.
 */
export interface CapTokenConfirmation {
  jkt: JwkThumbprint;
}
/**
 * The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.
 *
 * This interface was referenced by `CapTokenClaims`'s JSON-Schema
 * via the `definition` "header".
 */
export interface CapTokenHeader {
  alg: AlgorithmName;
  typ: "mcp-cap+jwt";
  /**
   * The key identifier in the issuer's JWKS.
   */
  kid: string;
}
