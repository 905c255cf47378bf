// DO NOT EDIT: this file is generated.
// Source: schemas/agent-intent.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

import type { AgentIntent } from "../types/agent-intent.js";
import { validateAgentIntent } from "../validators/agent-intent.js";
import { parseHeader, serializeHeader, type HeaderResult, type HeaderSpec } from "./runtime.js";

/** The `MCP-Agent-Intent` header: mirror of the `agent-intent` evidence item (schemas/agent-intent.schema.json, `x-mcp-header`). */
export const MCP_AGENT_INTENT_HEADER: HeaderSpec = Object.freeze({
  "name": "MCP-Agent-Intent",
  "itemType": "agent-intent",
  "maxBytes": 8192,
  "structure": "dictionary",
  "dictionaryMembers": {
    "purpose": {
      "member": "purpose",
      "type": "text"
    },
    "scope": {
      "member": "scope",
      "type": "string-inner-list"
    }
  }
} as const);

/** Decodes a `MCP-Agent-Intent` value into the `agent-intent` twin value; `header_malformed` on any defect. Never throws. */
export function parseMcpAgentIntentHeader(value: string): HeaderResult<AgentIntent> {
  return parseHeader(MCP_AGENT_INTENT_HEADER, validateAgentIntent, value);
}

/** Writes the `agent-intent` twin value as a `MCP-Agent-Intent` value (RFC 9651 canonical form). Never throws. */
export function serializeMcpAgentIntentHeader(value: AgentIntent): HeaderResult<string> {
  return serializeHeader(MCP_AGENT_INTENT_HEADER, validateAgentIntent, value);
}
