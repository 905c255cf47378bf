// DO NOT EDIT: this file is generated.
// Source: schemas/agent-identity.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

import type { AgentIdentity } from "../types/agent-identity.js";
import { validateAgentIdentity } from "../validators/agent-identity.js";
import { parseHeader, serializeHeader, type HeaderResult, type HeaderSpec } from "./runtime.js";

/** The `MCP-Agent-Identity` header: mirror of the `agent-identity` evidence item (schemas/agent-identity.schema.json, `x-mcp-header`). */
export const MCP_AGENT_IDENTITY_HEADER: HeaderSpec = Object.freeze({
  "name": "MCP-Agent-Identity",
  "itemType": "agent-identity",
  "maxBytes": 8192,
  "structure": "item",
  "bareItem": {
    "member": "type",
    "type": "token"
  },
  "parameters": {
    "credential": {
      "member": "credential",
      "type": "string"
    }
  }
} as const);

/** Decodes a `MCP-Agent-Identity` value into the `agent-identity` twin value; `header_malformed` on any defect. Never throws. */
export function parseMcpAgentIdentityHeader(value: string): HeaderResult<AgentIdentity> {
  return parseHeader(MCP_AGENT_IDENTITY_HEADER, validateAgentIdentity, value);
}

/** Writes the `agent-identity` twin value as a `MCP-Agent-Identity` value (RFC 9651 canonical form). Never throws. */
export function serializeMcpAgentIdentityHeader(value: AgentIdentity): HeaderResult<string> {
  return serializeHeader(MCP_AGENT_IDENTITY_HEADER, validateAgentIdentity, value);
}
