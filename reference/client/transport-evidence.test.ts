import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "../common/strict-json.js";
import { signerOptions } from "../middleware/test-support.js";
import { readTransportEvidence } from "../transport/evidence.js";
import { readTransportHeaders } from "../transport/headers.js";
import { signingTransport } from "./signing-transport.js";
import { attachTransportEvidence, transportEvidenceHeaders, type TransportEvidence } from "./transport-evidence.js";

const evidence: TransportEvidence = {
  actor: "user:alice@example.com",
  capTokens: ["eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln", "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ5In0.c2ln"],
  agentIdentity: { type: "did", credential: "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQifQ.c2ln" },
  intent: { purpose: "archive the Q3 report — für Jörg", scope: ["tools/call:delete_file", "tools/list"] },
  session: "s-0123456789abcdef",
};

/** A transport that records what it is asked to send. */
function recorder(): Transport & { sent: JSONRPCMessage[] } {
  const sent: JSONRPCMessage[] = [];
  return { sent, start: async () => {}, close: async () => {}, send: async (m: JSONRPCMessage) => void sent.push(m) };
}

describe("client transport evidence", () => {
  it("writes headers that the server's header check reads back as equal to the _meta items", () => {
    const meta = attachTransportEvidence(undefined, evidence);
    const items = (meta["org.mcp-trust/evidence"] as { items: unknown[] }).items;
    const headers = Object.entries(transportEvidenceHeaders(evidence));
    expect(headers.map(([name]) => name)).toEqual(["MCP-Actor", "MCP-Cap-Token", "MCP-Agent-Identity", "MCP-Agent-Intent", "MCP-Agent-Session"]);
    expect(() => readTransportHeaders(headers, items)).not.toThrow();
    expect(readTransportEvidence({ name: "delete_file", _meta: meta } as unknown as JsonValue)).toMatchObject({ actor: { id: evidence.actor }, "agent-session": { id: evidence.session } });
  });

  it("replaces the caller's item of a type it sets and keeps the others", () => {
    const meta = attachTransportEvidence({ "org.mcp-trust/evidence": { items: [{ type: "actor", version: 1, value: { id: "user:old" } }, { type: "x-other", version: 1, value: {} }] } }, { actor: "user:new" });
    expect((meta["org.mcp-trust/evidence"] as { items: unknown[] }).items).toEqual([
      { type: "x-other", version: 1, value: {} },
      { type: "actor", version: 1, value: { id: "user:new" } },
    ]);
  });

  it("refuses to write a header for a value its schema forbids", () => {
    expect(() => transportEvidenceHeaders({ session: "short" })).toThrow(TypeError);
  });

  it("signingTransport's transportEvidence adds the items beside a fresh attestation, per call", async () => {
    const inner = recorder();
    const t = signingTransport(inner, signerOptions({ transportEvidence: (tool) => (tool === "ping" ? undefined : { actor: "user:alice@example.com", session: `s-for-${tool}-0123456789` }) }));
    await t.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "delete_file", arguments: { path: "/a" } } });
    await t.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "ping", arguments: {} } });
    const typesOf = (m: JSONRPCMessage) => ((m as { params: { _meta: Record<string, { items: { type: string }[] }> } }).params._meta["org.mcp-trust/evidence"]!.items.map((i) => i.type));
    expect(typesOf(inner.sent[0]!)).toEqual(["actor", "agent-session", "tool-call-attestation"]);
    expect(typesOf(inner.sent[1]!)).toEqual(["tool-call-attestation"]);
  });
});
