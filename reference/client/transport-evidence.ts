// The client side of the transport identity headers (spec/transport-headers.md): the evidence items (actor,
// capability-token chain, agent identity, intent, session) in a tools/call's `_meta`, which is what a verifier reads,
// and their optional HTTP mirrors, written by the generated RFC 9651 serializers so header and twin always agree.
import type { Transport, TransportSendOptions } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { TRANSPORT_HEADER_CODECS, type TransportHeaderValues, type TransportItemType } from "../../generated/headers/registry.js";
import type { AgentIdentity } from "../../generated/types/agent-identity.js";
import type { AgentIntent } from "../../generated/types/agent-intent.js";

/** The transport evidence a client presents; every member optional. */
export interface TransportEvidence {
  /** `actor`: the principal on whose behalf the call runs (`MCP-Actor`). */
  actor?: string;
  /** `cap-token`: the capability-token chain, root first, the leaf (presented to this server) last (`MCP-Cap-Token`). */
  capTokens?: readonly string[];
  /** `agent-identity`: a typed proof of the agent (`MCP-Agent-Identity`). */
  agentIdentity?: AgentIdentity;
  /** `agent-intent`: declared purpose and scope (`MCP-Agent-Intent`). */
  intent?: AgentIntent;
  /** `agent-session`: the session id binding a sequence of calls (`MCP-Agent-Session`). */
  session?: string;
}

/** Fixed evidence, or evidence chosen per call (e.g. an intent per tool); `undefined` attaches none. */
export type TransportEvidenceSource = TransportEvidence | ((toolName: string, args: Record<string, unknown>) => TransportEvidence | undefined);

const EVIDENCE_META_KEY = "org.mcp-trust/evidence";
const ITEM_TYPES: readonly TransportItemType[] = ["actor", "cap-token", "agent-identity", "agent-intent", "agent-session"];

/** The twin values of `evidence`, by item type. */
export function transportEvidenceValues(evidence: TransportEvidence): TransportHeaderValues {
  return {
    ...(evidence.actor === undefined ? {} : { actor: { id: evidence.actor } }),
    ...(evidence.capTokens === undefined ? {} : { "cap-token": { tokens: [...evidence.capTokens] } }),
    ...(evidence.agentIdentity === undefined ? {} : { "agent-identity": { type: evidence.agentIdentity.type, credential: evidence.agentIdentity.credential } }),
    ...(evidence.intent === undefined ? {} : { "agent-intent": { purpose: evidence.intent.purpose, scope: [...evidence.intent.scope] } }),
    ...(evidence.session === undefined ? {} : { "agent-session": { id: evidence.session } }),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Returns `_meta` with the evidence items of `evidence` in the evidence container: an item of a type `evidence`
 * sets replaces the caller's item of that type (two would be `evidence_ambiguous`); every other item stays.
 */
export function attachTransportEvidence(meta: Record<string, unknown> | undefined, evidence: TransportEvidence): Record<string, unknown> {
  const values = transportEvidenceValues(evidence);
  const types = ITEM_TYPES.filter((t) => values[t] !== undefined);
  if (types.length === 0) return { ...(meta ?? {}) };
  const out: Record<string, unknown> = { ...(meta ?? {}) };
  const existing = isObject(out[EVIDENCE_META_KEY]) ? (out[EVIDENCE_META_KEY] as { items?: unknown }).items : undefined;
  const kept = (Array.isArray(existing) ? existing : []).filter((it) => !(types as readonly unknown[]).includes(isObject(it) ? it["type"] : undefined));
  out[EVIDENCE_META_KEY] = { items: [...kept, ...types.map((type) => ({ type, version: 1, value: values[type] }))] };
  return out;
}

/**
 * The HTTP mirrors of `evidence` (header name → RFC 9651 value), for a Streamable HTTP client's
 * `requestInit.headers`. They go on every request of the transport, so use them for evidence that is the same for
 * every call; the `_meta` items stay authoritative and must carry the same values (else `header_mismatch`).
 *
 * @throws TypeError when a value breaks its schema or cannot be written as its structured field type.
 * @example
 * ```ts
 * const evidence = { actor: "user:alice@example.com", capTokens: [rootJws, leafJws] };
 * const http = new StreamableHTTPClientTransport(url, { requestInit: { headers: transportEvidenceHeaders(evidence) } });
 * await client.connect(transportEvidenceTransport(http, evidence));
 * ```
 */
export function transportEvidenceHeaders(evidence: TransportEvidence): Record<string, string> {
  const values = transportEvidenceValues(evidence);
  const out: Record<string, string> = {};
  for (const type of ITEM_TYPES) {
    const value = values[type];
    if (value === undefined) continue;
    const codec = TRANSPORT_HEADER_CODECS[type] as { spec: { name: string }; serialize: (v: unknown) => { ok: true; value: string } | { ok: false; detail: string } };
    const written = codec.serialize(value);
    if (!written.ok) throw new TypeError(`${codec.spec.name}: ${written.detail}`);
    out[codec.spec.name] = written.value;
  }
  return out;
}

/** `evidence` for one call: fixed, or the source function's answer. */
export function evidenceFor(source: TransportEvidenceSource, toolName: string, args: Record<string, unknown>): TransportEvidence | undefined {
  return typeof source === "function" ? source(toolName, args) : source;
}

/** Adds `evidence` to the `_meta` of a tools/call request message (others unchanged). */
export function withTransportEvidence(message: JSONRPCMessage, source: TransportEvidenceSource): JSONRPCMessage {
  const m = message as { method?: string; id?: unknown; params?: unknown };
  if (m.method !== "tools/call" || m.id === undefined) return message;
  const params = isObject(m.params) ? m.params : {};
  const name = typeof params["name"] === "string" ? params["name"] : "";
  const evidence = evidenceFor(source, name, isObject(params["arguments"]) ? params["arguments"] : {});
  if (evidence === undefined) return message;
  const _meta = attachTransportEvidence(isObject(params["_meta"]) ? params["_meta"] : undefined, evidence);
  return { ...message, params: { ...params, _meta } } as JSONRPCMessage;
}

/**
 * Wraps a client transport so that every outgoing `tools/call` request carries `evidence` in its `_meta` (no
 * attestation; for one as well, use `signingTransport`'s `transportEvidence` option).
 */
export function transportEvidenceTransport(inner: Transport, evidence: TransportEvidenceSource): Transport {
  return new EvidenceTransport(inner, evidence);
}

class EvidenceTransport implements Transport {
  constructor(
    readonly inner: Transport,
    readonly evidence: TransportEvidenceSource,
  ) {}

  start(): Promise<void> {
    return this.inner.start();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    return this.inner.send(withTransportEvidence(message, this.evidence), options);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  get setProtocolVersion(): ((version: string) => void) | undefined {
    const inner = this.inner;
    return inner.setProtocolVersion === undefined ? undefined : (version) => inner.setProtocolVersion!(version);
  }

  get onmessage(): Transport["onmessage"] {
    return this.inner.onmessage;
  }

  set onmessage(handler: Transport["onmessage"]) {
    this.inner.onmessage = handler;
  }

  get onclose(): Transport["onclose"] {
    return this.inner.onclose;
  }

  set onclose(handler: Transport["onclose"]) {
    this.inner.onclose = handler;
  }

  get onerror(): Transport["onerror"] {
    return this.inner.onerror;
  }

  set onerror(handler: Transport["onerror"]) {
    this.inner.onerror = handler;
  }
}
