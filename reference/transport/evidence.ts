/**
 * Reading the transport evidence items (the `_meta` twins of the MCP-* headers) from a `tools/call`'s
 * `params._meta["org.mcp-trust/evidence"].items[]` (spec/transport-headers.md): each known item must be version 1
 * and match its closed schema (`envelope_malformed`), and each type may appear once (`evidence_ambiguous`). The body
 * is authoritative: every transport check reads these values, never the headers.
 */
import type { Actor } from "../../generated/types/actor.js";
import type { AgentIdentity } from "../../generated/types/agent-identity.js";
import type { AgentIntent } from "../../generated/types/agent-intent.js";
import type { AgentSession } from "../../generated/types/agent-session.js";
import type { CapToken } from "../../generated/types/cap-token.js";
import { validateActor } from "../../generated/validators/actor.js";
import { validateAgentIdentity } from "../../generated/validators/agent-identity.js";
import { validateAgentIntent } from "../../generated/validators/agent-intent.js";
import { validateAgentSession } from "../../generated/validators/agent-session.js";
import { validateCapToken } from "../../generated/validators/cap-token.js";
import { McpTrustError, pointerAppend } from "../common/errors.js";
import type { JsonValue } from "../common/strict-json.js";

/** The one `_meta` key of the evidence container (the same as the attestation's carriage). */
export const EVIDENCE_META_KEY = "org.mcp-trust/evidence";

/** The transport evidence item types, in the order the policy's presence check names them. */
export const TRANSPORT_ITEM_TYPES = Object.freeze(["actor", "cap-token", "agent-identity", "agent-intent", "agent-session"] as const);
export type TransportItemType = (typeof TRANSPORT_ITEM_TYPES)[number];

export interface TransportEvidence {
  actor?: Actor;
  "cap-token"?: CapToken;
  "agent-identity"?: AgentIdentity;
  "agent-intent"?: AgentIntent;
  "agent-session"?: AgentSession;
}

type Validator = ((v: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
const VALIDATORS: Readonly<Record<TransportItemType, Validator>> = {
  actor: validateActor,
  "cap-token": validateCapToken,
  "agent-identity": validateAgentIdentity,
  "agent-intent": validateAgentIntent,
  "agent-session": validateAgentSession,
};

const CONTAINER_POINTER = pointerAppend("/_meta", EVIDENCE_META_KEY);
const ITEM_TYPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ATTESTATION_ITEM_TYPE = "tool-call-attestation";
const isObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === "object" && !Array.isArray(v);
const isTransportType = (t: unknown): t is TransportItemType => (TRANSPORT_ITEM_TYPES as readonly unknown[]).includes(t);

/** The `tools/call` tool name, after checking the request shape around the evidence (`request_malformed`). */
export function toolNameOf(params: JsonValue): string {
  if (!isObject(params)) throw new McpTrustError("request_malformed", "tools/call params is not an object");
  const { name, _meta: meta, arguments: args } = params;
  if (typeof name !== "string") throw new McpTrustError("request_malformed", "tools/call params has no string name", { pointer: "/name" });
  if (args !== undefined && !isObject(args)) throw new McpTrustError("request_malformed", "tools/call arguments is not an object", { pointer: "/arguments" });
  if (meta !== undefined && !isObject(meta)) throw new McpTrustError("request_malformed", "_meta is not an object", { pointer: "/_meta" });
  return name;
}

/**
 * The evidence container's items (`params._meta["org.mcp-trust/evidence"].items`), after checking the request shape
 * and the container's structure as tool-call-attestation step 3 does (`envelope_malformed`): one member `items` of 1
 * to 16 items, each exactly `{type, version, value}` with a kebab-case type, an integer version 1..65535 and an object
 * value, and version 1 for every transport type. `undefined` when there is no container.
 */
export function evidenceItemsOf(params: JsonValue): readonly JsonValue[] | undefined {
  toolNameOf(params);
  const meta = (params as Record<string, JsonValue>)["_meta"];
  if (meta === undefined || !Object.hasOwn(meta as object, EVIDENCE_META_KEY)) return undefined;
  const container = (meta as Record<string, JsonValue>)[EVIDENCE_META_KEY];
  const items = isObject(container) ? container["items"] : undefined;
  if (!isObject(container) || Object.keys(container).length !== 1 || !Array.isArray(items) || items.length < 1 || items.length > 16) {
    throw new McpTrustError("envelope_malformed", "the evidence container holds exactly one member, items: 1 to 16 items", { pointer: CONTAINER_POINTER });
  }
  items.forEach((item, i) => {
    const at = pointerAppend(`${CONTAINER_POINTER}/items`, i);
    const fail = (message: string, member?: string): never => {
      throw new McpTrustError("envelope_malformed", message, { pointer: member === undefined ? at : `${at}/${member}` });
    };
    if (!isObject(item)) fail("an evidence item is an object");
    const it = item as Record<string, JsonValue>;
    const unknown = Object.keys(it).find((k) => k !== "type" && k !== "version" && k !== "value");
    if (unknown !== undefined) fail(`an evidence item has no member ${JSON.stringify(unknown)}`, unknown);
    for (const m of ["type", "version", "value"]) if (!Object.hasOwn(it, m)) fail(`an evidence item needs ${m}`, m);
    const { type, version, value } = it;
    if (typeof type !== "string" || type.length > 64 || !ITEM_TYPE.test(type)) fail("an evidence item type is a kebab-case name", "type");
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > 65535) fail("an evidence item version is an integer 1..65535", "version");
    if (!isObject(value)) fail("an evidence item value is an object", "value");
    if ((isTransportType(type) || type === ATTESTATION_ITEM_TYPE) && version !== 1) fail(`${String(type)} version ${String(version)} is not known`, "version");
  });
  return items;
}

/**
 * The transport evidence items of `params` (absent ones are absent): request shape, container structure, then each
 * item. Items of other types (the tool-call attestation, unknown types) are left to their own readers.
 */
export function readTransportEvidence(params: JsonValue): TransportEvidence {
  return readTransportItems(evidenceItemsOf(params));
}

/**
 * {@link readTransportEvidence} on items whose container {@link evidenceItemsOf} checked: every item's schema, type
 * by type in {@link TRANSPORT_ITEM_TYPES} order (`envelope_malformed`), then one item per type (`evidence_ambiguous`).
 */
export function readTransportItems(items: readonly JsonValue[] | undefined): TransportEvidence {
  const byType = new Map<TransportItemType, { value: JsonValue; at: string }[]>();
  (items ?? []).forEach((item, i) => {
    const type = isObject(item) ? item["type"] : undefined;
    if (!isTransportType(type)) return;
    const found = { value: (item as Record<string, JsonValue>)["value"]!, at: pointerAppend(`${CONTAINER_POINTER}/items`, i) };
    byType.set(type, [...(byType.get(type) ?? []), found]);
  });
  for (const type of TRANSPORT_ITEM_TYPES) {
    const validate = VALIDATORS[type];
    for (const { value, at } of byType.get(type) ?? []) {
      if (validate(value)) continue;
      const e = validate.errors?.[0];
      throw new McpTrustError("envelope_malformed", `the ${type} item does not match its schema: ${e?.instancePath || "/"} ${e?.message ?? ""}`, {
        pointer: `${at}/value${e?.instancePath ?? ""}`,
      });
    }
  }
  const out: TransportEvidence = {};
  for (const type of TRANSPORT_ITEM_TYPES) {
    const found = byType.get(type) ?? [];
    if (found.length > 1) throw new McpTrustError("evidence_ambiguous", `two ${type} items`, { pointer: found[1]!.at });
    if (found.length === 1) (out as Record<string, unknown>)[type] = found[0]!.value;
  }
  return out;
}
