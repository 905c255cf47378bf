/* DO NOT EDIT: this file is generated.
 * Source: schemas/error.schema.json, schemas/reason.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Reason } from "./reason.js";

/**
 * The JSON-RPC error object every mcp-trust verifier returns on a refused request (spec/common-profile.md#errors). One code, outside the JSON-RPC reserved range -32768..-32000; the cause is in `data.reason`.
 */
export interface TrustError {
  code: -31000;
  message: string;
  data: TrustErrorData;
}
export interface TrustErrorData {
  reason: Reason;
  requestId?: string | number | null;
  /**
   * RFC 6901 JSON pointer to the offending member, when there is one.
   */
  pointer?: string;
  [k: string]: unknown;
}
