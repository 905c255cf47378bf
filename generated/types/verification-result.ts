/* DO NOT EDIT: this file is generated.
 * Source: schemas/verification-result.schema.json, schemas/reason.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Reason } from "./reason.js";

/**
 * The one JSON line an adapter prints on stdout for a verification verb (conformance/adapter-protocol.md).
 */
export interface VerificationResult {
  verdict: "accept" | "reject";
  reason: Reason | null;
  argsCommitment?: "identity" | "hash" | "reference" | "redacted" | null;
  signingInput?: string;
  pointer?: string;
  [k: string]: unknown;
}
