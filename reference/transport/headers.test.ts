import { once } from "node:events";
import { createServer, request, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "../common/errors.js";
import { readTransportHeaders, type RawHeaders } from "./headers.js";

const TWINS = {
  actor: { id: "user:alice@example.com" },
  "cap-token": { tokens: ["eyJhbGciOiJFUzI1NiJ9.e30.c2ln", "eyJhbGciOiJFZERTQSJ9.e30.c2ln"] },
  "agent-identity": { type: "did", credential: "eyJhbGciOiJFZERTQSJ9.e30.c2ln" },
  "agent-intent": { purpose: "archive the Q3 report", scope: ["tools/call:delete_file", "tools/list"] },
  "agent-session": { id: "s-7f3a9c2e4b1d8f60" },
} as const;
const items = (twins: Record<string, unknown> = TWINS) => Object.entries(twins).map(([type, value]) => ({ type, version: 1, value }));

const WIRE: [string, string][] = [
  ["MCP-Actor", '"user:alice@example.com"'],
  ["MCP-Cap-Token", '"eyJhbGciOiJFUzI1NiJ9.e30.c2ln", "eyJhbGciOiJFZERTQSJ9.e30.c2ln"'],
  ["MCP-Agent-Identity", 'did;credential="eyJhbGciOiJFZERTQSJ9.e30.c2ln"'],
  ["MCP-Agent-Intent", 'purpose="archive the Q3 report", scope=("tools/call:delete_file" "tools/list")'],
  ["MCP-Agent-Session", '"s-7f3a9c2e4b1d8f60"'],
];

/** The reason readTransportHeaders refuses with, or "ok". */
function outcome(raw: RawHeaders, evidence: readonly unknown[] | "none" = items()): string {
  try {
    readTransportHeaders(raw, evidence === "none" ? undefined : evidence);
    return "ok";
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
}

describe("readTransportHeaders", () => {
  it("decodes every header that equals its twin", () => {
    expect(readTransportHeaders(WIRE, items())).toEqual(TWINS);
  });

  it("takes Node's flat rawHeaders, matches names case-insensitively and ignores other headers", () => {
    const flat = ["Host", "x", "mcp-actor", '"user:alice@example.com"', "MCP-AGENT-SESSION", '"s-7f3a9c2e4b1d8f60"', "Accept", "*/*"];
    expect(readTransportHeaders(flat, items())).toEqual({ actor: TWINS.actor, "agent-session": TWINS["agent-session"] });
  });

  it("accepts no headers at all (stdio) and twins without headers", () => {
    expect(readTransportHeaders([], undefined)).toEqual({});
    expect(readTransportHeaders([], items())).toEqual({});
  });

  it("compares by value (RFC 8785), not by member order", () => {
    const reordered = items({ "agent-intent": { scope: ["tools/call:delete_file", "tools/list"], purpose: "archive the Q3 report" } });
    expect(outcome([WIRE[3]!], reordered)).toBe("ok");
  });

  it("refuses a header twice, in any case, as header_duplicated — the check Node's joined req.headers would hide", () => {
    expect(outcome([WIRE[0]!, WIRE[0]!])).toBe("header_duplicated");
    expect(outcome([WIRE[1]!, ["mcp-cap-token", '"eyJhbGciOiJFUzI1NiJ9.e30.c2ln"']])).toBe("header_duplicated");
    // Two lines that are each a valid list would join into one valid, longer list.
    expect(outcome(["MCP-Cap-Token", '"a.b.c"', "MCP-Cap-Token", '"d.e.f"'])).toBe("header_duplicated");
  });

  it.each([
    ["empty", "MCP-Actor", ""],
    ["not an sf-string", "MCP-Actor", "user"],
    ["trailing garbage", "MCP-Actor", '"a" x'],
    ["a parameter on the actor", "MCP-Actor", '"user:alice@example.com";x=1'],
    ["non-ASCII", "MCP-Actor", '"üser"'],
    ["a control character", "MCP-Actor", '"user\tx"'],
    ["over 8192 bytes", "MCP-Actor", `"${"a".repeat(8191)}"`],
    ["over 256 characters (schema)", "MCP-Actor", `"${"a".repeat(257)}"`],
    ["a session id too short (schema)", "MCP-Agent-Session", '"short"'],
    ["an inner list as cap token member", "MCP-Cap-Token", '("a.b.c")'],
    ["five cap tokens (schema)", "MCP-Cap-Token", Array(5).fill('"a.b.c"').join(", ")],
    ["a cap token over 16384 bytes", "MCP-Cap-Token", Array(5).fill(`"${"a".repeat(3300)}"`).join(", ")],
    ["an empty cap token list", "MCP-Cap-Token", ""],
    ["a quoted identity type", "MCP-Agent-Identity", '"did";credential="x"'],
    ["an unknown identity type", "MCP-Agent-Identity", 'saml;credential="x"'],
    ["no credential", "MCP-Agent-Identity", "did"],
    ["an unknown identity parameter", "MCP-Agent-Identity", 'did;credential="x";nonce="y"'],
    ["an unknown intent member", "MCP-Agent-Intent", 'purpose="p", scope=("tools/list"), why="x"'],
    ["a scope that is not an inner list", "MCP-Agent-Intent", 'purpose="p", scope="tools/list"'],
    ["a scope entry that is a token", "MCP-Agent-Intent", 'purpose="p", scope=(tools/list)'],
    ["a bare tools/call scope (schema)", "MCP-Agent-Intent", 'purpose="p", scope=("tools/call")'],
    ["a purpose as token", "MCP-Agent-Intent", "purpose=p, scope=(\"tools/list\")"],
    ["a missing scope", "MCP-Agent-Intent", 'purpose="p"'],
  ])("refuses %s as header_malformed", (_name, header, value) => {
    expect(outcome([[header, value]])).toBe("header_malformed");
  });

  it("accepts the size limits exactly", () => {
    const token = "a".repeat(4096);
    const four = Array(4).fill(token);
    // 4 × 4096 + quotes and separators exceeds 16384: the largest mirrored chain is shorter.
    const fits = [token, token, token, "a".repeat(4096 - 14)];
    const value = fits.map((t) => `"${t}"`).join(", ");
    expect(value.length).toBe(16384);
    expect(outcome([["MCP-Cap-Token", value]], items({ "cap-token": { tokens: fits } }))).toBe("ok");
    expect(outcome([["MCP-Cap-Token", four.map((t) => `"${t}"`).join(", ")]], items({ "cap-token": { tokens: four } }))).toBe("header_malformed");
  });

  it("accepts a display string purpose for non-ASCII text", () => {
    const twin = items({ "agent-intent": { purpose: "Quartalsbericht prüfen", scope: ["tools/call:*"] } });
    expect(outcome([["MCP-Agent-Intent", 'purpose=%"Quartalsbericht pr%c3%bcfen", scope=("tools/call:*")']], twin)).toBe("ok");
  });

  it("refuses a header without a twin, or differing from it, as header_mismatch", () => {
    expect(outcome([WIRE[0]!], "none")).toBe("header_mismatch");
    expect(outcome([WIRE[0]!], items({ "agent-session": TWINS["agent-session"] }))).toBe("header_mismatch");
    expect(outcome([["MCP-Actor", '"user:bob"']])).toBe("header_mismatch");
    expect(outcome([["MCP-Cap-Token", '"eyJhbGciOiJFZERTQSJ9.e30.c2ln", "eyJhbGciOiJFUzI1NiJ9.e30.c2ln"']])).toBe("header_mismatch"); // order
    expect(outcome([["MCP-Agent-Intent", 'purpose="archive the Q3 report", scope=("tools/list" "tools/call:delete_file")']])).toBe("header_mismatch");
    // A twin that is not even a valid value is different from any decoded header.
    expect(outcome([WIRE[0]!], [{ type: "actor", version: 1, value: { id: "user:alice@example.com", extra: 1 } }])).toBe("header_mismatch");
  });

  it("names the twin's pointer on a mismatch", () => {
    try {
      readTransportHeaders([["MCP-Actor", '"user:bob"']], items());
      expect.unreachable();
    } catch (e) {
      expect((e as McpTrustError).pointer).toBe("/_meta/org.mcp-trust~1evidence/items/0/value");
    }
  });

  it("compares with the first item of a type (a second one is evidence_ambiguous later, not here)", () => {
    const two = [...items({ actor: TWINS.actor }), { type: "actor", version: 1, value: { id: "user:bob" } }];
    expect(outcome([WIRE[0]!], two)).toBe("ok");
  });

  it("checks all duplicates, then all malformed, then all mismatches", () => {
    // A mismatching actor, a malformed session, a duplicated intent: duplicated wins, then malformed.
    const bad: [string, string][] = [["MCP-Actor", '"user:bob"'], ["MCP-Agent-Session", "x"], WIRE[3]!, WIRE[3]!];
    expect(outcome(bad)).toBe("header_duplicated");
    expect(outcome(bad.slice(0, 3))).toBe("header_malformed");
    expect(outcome(bad.slice(0, 1))).toBe("header_mismatch");
  });

  it("ignores the reserved MCP-Audit-Chain, even when repeated or not a structured field", () => {
    expect(outcome([["MCP-Audit-Chain", "!!"], ["mcp-audit-chain", "x"], WIRE[0]!])).toBe("ok");
  });

  it("refuses a value that is not a string as header_malformed", () => {
    expect(outcome([["MCP-Actor", 7 as unknown as string]])).toBe("header_malformed");
  });
});

describe("over a real Node HTTP request", () => {
  it("req.headers joins a repeated MCP-Cap-Token into one valid list; rawHeaders shows the duplicate", async () => {
    const seen: IncomingMessage[] = [];
    const server = createServer((req, res) => {
      seen.push(req);
      res.end();
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const { port } = server.address() as AddressInfo;
      const req = request({ host: "127.0.0.1", port, method: "GET", headers: ["Host", `127.0.0.1:${port}`, "MCP-Cap-Token", '"a.b.c"', "MCP-Cap-Token", '"d.e.f"'] as unknown as Record<string, string> });
      req.end();
      const [res] = (await once(req, "response")) as [IncomingMessage];
      res.resume();
      await once(res, "end");
      const incoming = seen[0]!;
      expect(incoming.headers["mcp-cap-token"]).toBe('"a.b.c", "d.e.f"');
      const evidence = items({ "cap-token": { tokens: ["a.b.c", "d.e.f"] } });
      // Reading the joined value would accept: exactly the pitfall.
      expect(outcome([["MCP-Cap-Token", incoming.headers["mcp-cap-token"] as string]], evidence)).toBe("ok");
      expect(outcome(incoming.rawHeaders, evidence)).toBe("header_duplicated");
    } finally {
      server.close();
    }
  });
});
