// DO NOT EDIT: this file is generated.
// Source: schemas/actor.schema.json, schemas/agent-identity.schema.json, schemas/agent-intent.schema.json, schemas/agent-session.schema.json, schemas/cap-token.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

import type { Actor } from "../types/actor.js";
import type { AgentIdentity } from "../types/agent-identity.js";
import type { AgentIntent } from "../types/agent-intent.js";
import type { AgentSession } from "../types/agent-session.js";
import type { CapToken } from "../types/cap-token.js";
import { MCP_ACTOR_HEADER, parseMcpActorHeader, serializeMcpActorHeader } from "./actor.js";
import { MCP_AGENT_IDENTITY_HEADER, parseMcpAgentIdentityHeader, serializeMcpAgentIdentityHeader } from "./agent-identity.js";
import { MCP_AGENT_INTENT_HEADER, parseMcpAgentIntentHeader, serializeMcpAgentIntentHeader } from "./agent-intent.js";
import { MCP_AGENT_SESSION_HEADER, parseMcpAgentSessionHeader, serializeMcpAgentSessionHeader } from "./agent-session.js";
import { MCP_CAP_TOKEN_HEADER, parseMcpCapTokenHeader, serializeMcpCapTokenHeader } from "./cap-token.js";
import type { HeaderResult, HeaderSpec } from "./runtime.js";

/** The decoded value of each transport header, by the evidence item type it mirrors. */
export interface TransportHeaderValues {
  "actor"?: Actor;
  "agent-identity"?: AgentIdentity;
  "agent-intent"?: AgentIntent;
  "agent-session"?: AgentSession;
  "cap-token"?: CapToken;
}

export type TransportItemType = keyof TransportHeaderValues;

export interface TransportHeaderCodec<K extends TransportItemType> {
  readonly spec: HeaderSpec;
  readonly parse: (value: string) => HeaderResult<NonNullable<TransportHeaderValues[K]>>;
  readonly serialize: (value: NonNullable<TransportHeaderValues[K]>) => HeaderResult<string>;
}

/** Every transport header codec, by item type. */
export const TRANSPORT_HEADER_CODECS: { readonly [K in TransportItemType]: TransportHeaderCodec<K> } = Object.freeze({
  "actor": { spec: MCP_ACTOR_HEADER, parse: parseMcpActorHeader, serialize: serializeMcpActorHeader },
  "agent-identity": { spec: MCP_AGENT_IDENTITY_HEADER, parse: parseMcpAgentIdentityHeader, serialize: serializeMcpAgentIdentityHeader },
  "agent-intent": { spec: MCP_AGENT_INTENT_HEADER, parse: parseMcpAgentIntentHeader, serialize: serializeMcpAgentIntentHeader },
  "agent-session": { spec: MCP_AGENT_SESSION_HEADER, parse: parseMcpAgentSessionHeader, serialize: serializeMcpAgentSessionHeader },
  "cap-token": { spec: MCP_CAP_TOKEN_HEADER, parse: parseMcpCapTokenHeader, serialize: serializeMcpCapTokenHeader },
});

/** Lower-cased header name → item type, for case-insensitive lookup in a raw header list. */
export const TRANSPORT_HEADER_ITEM_TYPES: ReadonlyMap<string, TransportItemType> = new Map<string, TransportItemType>([
  ["mcp-actor", "actor"],
  ["mcp-agent-identity", "agent-identity"],
  ["mcp-agent-intent", "agent-intent"],
  ["mcp-agent-session", "agent-session"],
  ["mcp-cap-token", "cap-token"],
]);
