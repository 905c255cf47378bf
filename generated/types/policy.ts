/* DO NOT EDIT: this file is generated.
 * Source: schemas/policy.schema.json, schemas/common.schema.json, schemas/trust-store.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Digest, Identifier } from "./common.js";
import type { TrustStore } from "./trust-store.js";

/**
 * What a verifier in front of an MCP server (middleware or gateway) requires, per tool (spec/gateway-decision.md#policy). Configuration written by the operator; never taken from a request.
 */
export interface Policy {
  $schema?: string;
  server: {
    fingerprint: Digest;
  };
  trustStore: TrustStore;
  /**
   * Algorithm allow-list (default: HS256, ES256, RS256).
   *
   * @minItems 1
   */
  algorithms?: ("HS256" | "ES256" | "RS256")[];
  clockSkewSeconds?: number;
  /**
   * What happens when a dependency (replay store, key source) fails: closed refuses the call, open lets it through and records the bypass.
   */
  failureMode?: "closed" | "open";
  defaults?: ToolPolicy;
  transport?: TransportPolicy;
  /**
   * Per-tool policy by exact tool name; a tool not listed gets `defaults`.
   */
  tools?: {
    [k: string]: ToolPolicy;
  };
}
/**
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "toolPolicy".
 */
export interface ToolPolicy {
  /**
   * Evidence item types this tool requires; an empty list requires none.
   */
  evidence?: ("tool-call-attestation" | "actor" | "cap-token" | "agent-identity" | "agent-intent" | "agent-session")[];
  /**
   * Issuers whose attestations this tool accepts (default: every issuer in the trust store).
   *
   * @minItems 1
   */
  issuers?: string[];
  /**
   * plannerDeclared.requestedCapability must equal this.
   */
  requiredCapability?: string;
  /**
   * Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).
   *
   * @minItems 1
   */
  argsCommitment?: ("identity" | "hash" | "reference" | "redacted")[];
  failureMode?: "closed" | "open";
  /**
   * Agent identity types this tool accepts (spec/transport-headers.md#agent-identity-types); default every type the transport section configures. Another type is identity_invalid.
   *
   * @minItems 1
   */
  identityTypes?: ("jwt" | "did" | "oauth" | "mtls" | "operator")[];
  /**
   * Consume the leaf capability token's (iss, jti) so that it serves one call (default false).
   */
  singleUseCapToken?: boolean;
  /**
   * Require a cnf confirmation on the leaf capability token (default false).
   */
  requireProofOfPossession?: boolean;
}
/**
 * Configuration of the transport identity checks (spec/transport-headers.md#policy).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "transportPolicy".
 */
export interface TransportPolicy {
  /**
   * This server's audience identifier: the aud that capability tokens and identity credentials must name.
   */
  audience: Identifier;
  /**
   * Algorithm allow-list for capability tokens and identity credentials (default ES256, EdDSA). HS* never.
   *
   * @minItems 1
   */
  tokenAlgorithms?: ("ES256" | "EdDSA")[];
  /**
   * Keys of the root capability-token issuers and of the servers that forward tokens; the root issuer must be listed here.
   */
  capTokenIssuers?: TrustStore;
  /**
   * Longest accepted capability token chain (default 4).
   */
  maxChainLength?: number;
  identity?: {
    /**
     * Issuers of agent identity JWTs (types jwt and mtls).
     */
    jwt?: {
      issuers: TrustStore;
    };
    /**
     * Operators whose credentials are accepted (type operator); each issuer is an operatorId.
     */
    operator?: {
      issuers: TrustStore;
    };
    /**
     * DID proofs (type did): the secret of the stateless challenge and how long a challenge stays valid.
     */
    did?: {
      /**
       * At least 32 random bytes, base64url without padding.
       */
      challengeSecret: string;
      /**
       * Default 120.
       */
      challengeTtlSeconds?: number;
    };
    /**
     * OAuth access tokens (type oauth), checked by RFC 7662 token introspection.
     */
    oauth?: {
      introspectionUrl: string;
    };
  };
}
