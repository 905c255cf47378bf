/* DO NOT EDIT: this file is generated.
 * Source: schemas/actor.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { ActorId } from "./common.js";

/**
 * The `actor` evidence item's value (spec/transport-headers.md#mcp-actor): whom the call is made for. Mirrored by the HTTP header `MCP-Actor` (an sf-string); the body is authoritative.
 */
export interface Actor {
  id: ActorId;
}
