// DO NOT EDIT: this file is generated.
// Source: schemas/actor.schema.json, schemas/common.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

import type { Actor } from "../types/actor.js";
import { validateActor } from "../validators/actor.js";
import { parseHeader, serializeHeader, type HeaderResult, type HeaderSpec } from "./runtime.js";

/** The `MCP-Actor` header: mirror of the `actor` evidence item (schemas/actor.schema.json, `x-mcp-header`). */
export const MCP_ACTOR_HEADER: HeaderSpec = Object.freeze({
  "name": "MCP-Actor",
  "itemType": "actor",
  "maxBytes": 8192,
  "structure": "item",
  "bareItem": {
    "member": "id",
    "type": "string"
  }
} as const);

/** Decodes a `MCP-Actor` value into the `actor` twin value; `header_malformed` on any defect. Never throws. */
export function parseMcpActorHeader(value: string): HeaderResult<Actor> {
  return parseHeader(MCP_ACTOR_HEADER, validateActor, value);
}

/** Writes the `actor` twin value as a `MCP-Actor` value (RFC 9651 canonical form). Never throws. */
export function serializeMcpActorHeader(value: Actor): HeaderResult<string> {
  return serializeHeader(MCP_ACTOR_HEADER, validateActor, value);
}
