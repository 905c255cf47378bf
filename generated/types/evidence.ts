/* DO NOT EDIT: this file is generated.
 * Source: schemas/evidence.schema.json, schemas/actor.schema.json, schemas/agent-identity.schema.json, schemas/agent-intent.schema.json, schemas/agent-session.schema.json, schemas/cap-token.schema.json, schemas/common.schema.json, schemas/tool-call-attestation.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

/**
 * The evidence container carried at `params._meta["org.mcp-trust/evidence"]` of a `tools/call` request (spec/common-profile.md#evidence-container). Known item types: `tool-call-attestation` (spec/tool-call-attestation.md) and the transport identity items `actor`, `cap-token`, `agent-identity`, `agent-intent`, `agent-session` (spec/transport-headers.md). Each item is typed and versioned; a verifier checks the items its policy requires and ignores item types it does not know.
 */
export interface Evidence {
  /**
   * @minItems 1
   * @maxItems 16
   */
  items: EvidenceItem[];
}
/**
 * This interface was referenced by `Evidence`'s JSON-Schema
 * via the `definition` "evidenceItem".
 */
export interface EvidenceItem {
  type: string;
  version: number;
  value: {
    [k: string]: unknown;
  };
}
