/* DO NOT EDIT: this file is generated.
 * Source: schemas/agent-session.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { SessionId } from "./common.js";

/**
 * The `agent-session` evidence item's value (spec/transport-headers.md#mcp-agent-session): the agent session this call belongs to. Mirrored by the HTTP header `MCP-Agent-Session` (an sf-string).
 */
export interface AgentSession {
  id: SessionId;
}
