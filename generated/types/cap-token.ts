/* DO NOT EDIT: this file is generated.
 * Source: schemas/cap-token.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { CompactJws } from "./common.js";

/**
 * The `cap-token` evidence item's value (spec/transport-headers.md#mcp-cap-token): a capability token chain, root first and the leaf (the token presented to this server) last. Mirrored by the HTTP header `MCP-Cap-Token` (an sf-list of sf-strings). Each token is a compact JWS whose header and claims are cap-token-claims.schema.json.
 */
export interface CapToken {
  /**
   * @minItems 1
   * @maxItems 4
   */
  tokens: CompactJws[];
}
