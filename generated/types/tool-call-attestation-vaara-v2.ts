/* DO NOT EDIT: this file is generated.
 * Source: schemas/tool-call-attestation-vaara-v2.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { AlgorithmName, Digest, Identifier, SignatureHex, Timestamp } from "./common.js";

/**
 * The earlier SEP-2787 shape used by the PR 2789 and vaara vectors, read as the `vaara-v2` compatibility profile (spec/tool-call-attestation.md#compatibility-profile-vaara-v2). The schema is closed.
 */
export interface ToolCallAttestationVaaraV2 {
  version: 1;
  alg: AlgorithmName;
  issuerAsserted: {
    alg: AlgorithmName;
    iss: Identifier;
    sub: Identifier;
    secretVersion: string;
    iat: Timestamp;
    expSeconds: number;
    nonce: string;
  };
  plannerDeclared: {
    intent: string;
    requestedCapability?: string;
  };
  payloadDerived: {
    /**
     * @minItems 1
     * @maxItems 64
     */
    toolCalls: {
      name: string;
      serverFingerprint: string;
      args: VaaraArgsRef | VaaraArgsProjection;
    }[];
  };
  signature: SignatureHex;
}
/**
 * This interface was referenced by `ToolCallAttestationVaaraV2`'s JSON-Schema
 * via the `definition` "argsRef".
 */
export interface VaaraArgsRef {
  ref: string;
  digest: Digest;
  canonicalization: "jcs";
}
/**
 * This interface was referenced by `ToolCallAttestationVaaraV2`'s JSON-Schema
 * via the `definition` "argsProjection".
 */
export interface VaaraArgsProjection {
  projection: string;
  projectionDigest: Digest;
}
