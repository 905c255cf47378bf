/* DO NOT EDIT: this file is generated.
 * Source: schemas/agent-identity.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { CompactJws } from "./common.js";

/**
 * The `agent-identity` evidence item's value (spec/transport-headers.md#mcp-agent-identity): a proof of which agent (and operator) makes the call, of one of five types. Mirrored by the HTTP header `MCP-Agent-Identity` (an sf-token with the parameter `credential`, an sf-string).
 */
export interface AgentIdentity {
  /**
   * The kind of proof (spec/transport-headers.md#agent-identity-types).
   */
  type: "jwt" | "did" | "oauth" | "mtls" | "operator";
  /**
   * The proof: a compact JWS for jwt, did, mtls and operator; an opaque access token for oauth.
   */
  credential: CompactJws;
}
