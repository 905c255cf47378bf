/* DO NOT EDIT: this file is generated.
 * Source: schemas/agent-jwt-claims.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { ActorId, AlgorithmName, Identifier, JwkThumbprint, SessionId, UnixTime } from "./common.js";

/**
 * The claims of an agent identity JWT (identity types `jwt` and `mtls`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-agent+jwt`, issued by an issuer in the policy's identity.jwt trust store. Closed. Lifetime (at most 3600 seconds) is checked by the verifier.
 */
export interface AgentJwtClaims {
  iss: Identifier;
  /**
   * The agent identifier (agentId).
   */
  sub: ActorId;
  aud: Identifier;
  iat: UnixTime;
  exp: UnixTime;
  /**
   * The operator identifier (operatorId); default `iss`.
   */
  operator?: Identifier;
  sid?: SessionId;
  cnf?: AgentJwtConfirmation;
}
/**
 * Confirmation (RFC 7800): `jkt`, the RFC 7638 thumbprint of a key, or `x5t#S256`, the base64url SHA-256 of the client certificate's DER (RFC 8705, required for type mtls).
 */
export interface AgentJwtConfirmation {
  jkt?: JwkThumbprint;
  "x5t#S256"?: JwkThumbprint;
}
/**
 * The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.
 *
 * This interface was referenced by `AgentJwtClaims`'s JSON-Schema
 * via the `definition` "header".
 */
export interface AgentJwtHeader {
  alg: AlgorithmName;
  typ: "mcp-agent+jwt";
  /**
   * The key identifier in the issuer's JWKS.
   */
  kid: string;
}
