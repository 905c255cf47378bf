/* DO NOT EDIT: this file is generated.
 * Source: schemas/agent-intent.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { ScopeEntry } from "./common.js";

/**
 * The `agent-intent` evidence item's value (spec/transport-headers.md#mcp-agent-intent): what the agent declares it is doing, and the methods and tools that covers. A declaration, not authority. Mirrored by the HTTP header `MCP-Agent-Intent` (an sf-dictionary).
 */
export interface AgentIntent {
  /**
   * The declared purpose: 1 to 256 characters, not only white space, no control characters.
   */
  purpose: string;
  /**
   * 1 to 32 distinct scope entries.
   *
   * @minItems 1
   * @maxItems 32
   */
  scope: ScopeEntry[];
}
