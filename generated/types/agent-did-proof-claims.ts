/* DO NOT EDIT: this file is generated.
 * Source: schemas/agent-did-proof-claims.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { AlgorithmName, Identifier, SessionId, UnixTime } from "./common.js";

/**
 * The claims of a DID proof (identity type `did`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-agent-did+jwt`, signed with a key of the DID's document over a fresh server challenge. Closed. Lifetime (at most 300 seconds) and the challenge are checked by the verifier.
 */
export interface AgentDidProofClaims {
  /**
   * The DID (W3C DID Core syntax, at most 512 characters); the agentId.
   */
  iss: string;
  aud: Identifier;
  /**
   * The server's challenge: `<unix seconds>.<base64url HMAC-SHA256>`.
   */
  challenge: string;
  iat: UnixTime;
  exp: UnixTime;
  sid?: SessionId;
}
/**
 * The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.
 *
 * This interface was referenced by `AgentDidProofClaims`'s JSON-Schema
 * via the `definition` "header".
 */
export interface AgentDidProofHeader {
  alg: AlgorithmName;
  typ: "mcp-agent-did+jwt";
  /**
   * A DID URL naming the verification method: the DID, `#`, and a fragment.
   */
  kid: string;
}
