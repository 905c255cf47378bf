// DO NOT EDIT: this file is generated.
// Source: schemas/cap-token.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

import type { CapToken } from "../types/cap-token.js";
import { validateCapToken } from "../validators/cap-token.js";
import { parseHeader, serializeHeader, type HeaderResult, type HeaderSpec } from "./runtime.js";

/** The `MCP-Cap-Token` header: mirror of the `cap-token` evidence item (schemas/cap-token.schema.json, `x-mcp-header`). */
export const MCP_CAP_TOKEN_HEADER: HeaderSpec = Object.freeze({
  "name": "MCP-Cap-Token",
  "itemType": "cap-token",
  "maxBytes": 16384,
  "structure": "list",
  "listMembers": {
    "member": "tokens",
    "type": "string"
  }
} as const);

/** Decodes a `MCP-Cap-Token` value into the `cap-token` twin value; `header_malformed` on any defect. Never throws. */
export function parseMcpCapTokenHeader(value: string): HeaderResult<CapToken> {
  return parseHeader(MCP_CAP_TOKEN_HEADER, validateCapToken, value);
}

/** Writes the `cap-token` twin value as a `MCP-Cap-Token` value (RFC 9651 canonical form). Never throws. */
export function serializeMcpCapTokenHeader(value: CapToken): HeaderResult<string> {
  return serializeHeader(MCP_CAP_TOKEN_HEADER, validateCapToken, value);
}
