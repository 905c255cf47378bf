/* DO NOT EDIT: this file is generated.
 * Source: schemas/operator-credential-claims.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { ActorId, AlgorithmName, Identifier, SessionId, UnixTime } from "./common.js";

/**
 * The claims of an operator credential (identity type `operator`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-operator-credential+jwt`, issued by the operator itself (its `iss` is the operatorId and is in the policy's identity.operator trust store). Closed. Lifetime (at most 86400 seconds) is checked by the verifier.
 */
export interface OperatorCredentialClaims {
  /**
   * The operator identifier (operatorId).
   */
  iss: Identifier;
  /**
   * The agent identifier (agentId).
   */
  sub: ActorId;
  aud: Identifier;
  iat: UnixTime;
  exp: UnixTime;
  sid?: SessionId;
}
/**
 * The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.
 *
 * This interface was referenced by `OperatorCredentialClaims`'s JSON-Schema
 * via the `definition` "header".
 */
export interface OperatorCredentialHeader {
  alg: AlgorithmName;
  typ: "mcp-operator-credential+jwt";
  /**
   * The key identifier in the operator's JWKS.
   */
  kid: string;
}
