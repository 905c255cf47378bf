// DO NOT EDIT: this file is generated.
// Source: schemas/agent-session.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

import type { AgentSession } from "../types/agent-session.js";
import { validateAgentSession } from "../validators/agent-session.js";
import { parseHeader, serializeHeader, type HeaderResult, type HeaderSpec } from "./runtime.js";

/** The `MCP-Agent-Session` header: mirror of the `agent-session` evidence item (schemas/agent-session.schema.json, `x-mcp-header`). */
export const MCP_AGENT_SESSION_HEADER: HeaderSpec = Object.freeze({
  "name": "MCP-Agent-Session",
  "itemType": "agent-session",
  "maxBytes": 8192,
  "structure": "item",
  "bareItem": {
    "member": "id",
    "type": "string"
  }
} as const);

/** Decodes a `MCP-Agent-Session` value into the `agent-session` twin value; `header_malformed` on any defect. Never throws. */
export function parseMcpAgentSessionHeader(value: string): HeaderResult<AgentSession> {
  return parseHeader(MCP_AGENT_SESSION_HEADER, validateAgentSession, value);
}

/** Writes the `agent-session` twin value as a `MCP-Agent-Session` value (RFC 9651 canonical form). Never throws. */
export function serializeMcpAgentSessionHeader(value: AgentSession): HeaderResult<string> {
  return serializeHeader(MCP_AGENT_SESSION_HEADER, validateAgentSession, value);
}
