/* DO NOT EDIT: this file is generated.
 * Source: schemas/tool-call-attestation.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { AlgorithmName, Digest, Identifier, SignatureHex, Timestamp } from "./common.js";

/**
 * A signed tool-call attestation in the SEP-2787 shape (spec/tool-call-attestation.md#envelope). The signature covers the RFC 8785 canonical form of every member except `signature`. The schema is closed: a verifier rejects unknown members.
 */
export interface ToolCallAttestation {
  issuerAsserted: IssuerAsserted;
  plannerDeclared: PlannerDeclared;
  payloadDerived: PayloadDerived;
  signature: SignatureHex;
}
/**
 * What the issuer vouches for: who signed, for whom, with which key, and when.
 *
 * This interface was referenced by `ToolCallAttestation`'s JSON-Schema
 * via the `definition` "issuerAsserted".
 */
export interface IssuerAsserted {
  alg: AlgorithmName;
  iss: Identifier;
  sub: Identifier;
  /**
   * The key identifier: the `kid` of the issuer's key in the verifier's trust store.
   */
  secretVersion: string;
  iat: Timestamp;
  /**
   * Lifetime in seconds after `iat`, written as an integer literal.
   */
  expSeconds: number;
  /**
   * At least 16 random bytes, base64url without padding (22 to 256 characters).
   */
  nonce: string;
}
/**
 * What the planner declares: the purpose of the call. Signed, but not checked against anything by this extension.
 *
 * This interface was referenced by `ToolCallAttestation`'s JSON-Schema
 * via the `definition` "plannerDeclared".
 */
export interface PlannerDeclared {
  intent: string;
  requestedCapability?: string;
  plannerRef?: string;
}
/**
 * What is derived from the call itself: one entry per (server, tool) pair.
 *
 * This interface was referenced by `ToolCallAttestation`'s JSON-Schema
 * via the `definition` "payloadDerived".
 */
export interface PayloadDerived {
  /**
   * @minItems 1
   * @maxItems 64
   */
  toolCalls: ToolCall[];
}
/**
 * This interface was referenced by `ToolCallAttestation`'s JSON-Schema
 * via the `definition` "toolCall".
 */
export interface ToolCall {
  name: string;
  serverFingerprint: Digest;
  argsRef?: ArgsRef;
  /**
   * The RFC 8785 canonical JSON text of the arguments (identity), of a redacted view of them, or of {"digest": <digest of the canonical arguments>} (hash-only).
   */
  argsProjection?: string;
}
/**
 * A reference to content that must be exactly the RFC 8785 canonical bytes of the arguments.
 *
 * This interface was referenced by `ToolCallAttestation`'s JSON-Schema
 * via the `definition` "argsRef".
 */
export interface ArgsRef {
  uri: string;
  digest: Digest;
}
