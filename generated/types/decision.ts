/* DO NOT EDIT: this file is generated.
 * Source: schemas/decision.schema.json, schemas/common.schema.json, schemas/reason.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Timestamp } from "./common.js";
import type { Reason } from "./reason.js";

/**
 * What a verifier decided about one tools/call and why (spec/gateway-decision.md). Returned in error.data.decision on deny or challenge and at result._meta["org.mcp-trust/decision"] on allow.
 */
export interface Decision {
  decision: "allow" | "deny" | "challenge";
  requestId: string | number | null;
  /**
   * The verified agent (the attestation's sub), or null when none was verified.
   */
  agentId: string | null;
  /**
   * The verified operator (the attestation's iss), or null.
   */
  operatorId: string | null;
  tool?: string;
  /**
   * Every check in the order the verifier runs them (spec/gateway-decision.md#decision-object; the transport identity checks headers, agent-identity, cap-token, actor, agent-session and agent-intent in spec/transport-headers.md#verification-order).
   */
  checks: DecisionCheck[];
  reason: Reason | null;
  /**
   * True when a failing dependency was bypassed under failureMode open.
   */
  bypass?: boolean;
  latencyMs: number;
  /**
   * Identifier of the audit record (null until the audit extension lands).
   */
  auditLogId: string | null;
  /**
   * Until when the evidence behind an allow stays valid.
   */
  expiresAt: Timestamp | null;
}
/**
 * This interface was referenced by `Decision`'s JSON-Schema
 * via the `definition` "check".
 */
export interface DecisionCheck {
  name:
    | "headers"
    | "evidence"
    | "envelope"
    | "algorithm"
    | "key"
    | "signature"
    | "lifetime"
    | "tool-call"
    | "arguments"
    | "issuer"
    | "capability"
    | "nonce"
    | "agent-identity"
    | "cap-token"
    | "actor"
    | "agent-session"
    | "agent-intent";
  result: "pass" | "fail" | "skip" | "error";
  reason?: Reason;
}
