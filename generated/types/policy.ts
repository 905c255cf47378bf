/* DO NOT EDIT: this file is generated.
 * Source: schemas/policy.schema.json, schemas/common.schema.json, schemas/trust-store.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Digest } from "./common.js";
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
  evidence?: "tool-call-attestation"[];
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
}
