import { describe, expect, it } from "vitest";
import type { AgentIdentity } from "../../generated/types/agent-identity.js";
import { McpTrustError } from "../common/errors.js";
import { MemoryReplayStore, type ReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { loadTransportPolicy, type ToolPolicy } from "./policy.js";
import { AUDIENCE, NOW_MS, NOW_S, ROOT_ISS, capClaims, signToken, testKey, thumbprint, trustStoreDoc } from "./test-tokens.js";
import { verifyTransport, type TransportCall, type TransportVerifierConfig, type VerifiedAgentIdentity } from "./verify-transport.js";

const TYP = "mcp-cap+jwt";
const root = testKey("ES256", "root-es");
const agentKey = testKey("EdDSA", "agent");
const policy = loadTransportPolicy({ audience: AUDIENCE, capTokenIssuers: trustStoreDoc({ [ROOT_ISS]: [root] }), identity: { did: { challengeSecret: "A".repeat(43) }, jwt: { issuers: { issuers: {} } } } });
const SESSION = "s-7f3a9c2e4b1d8f60";

type Item = { type: string; version: number; value: unknown };
const item = (type: string, value: unknown): Item => ({ type, version: 1, value });
const params = (items: Item[], name = "delete_file"): JsonValue =>
  ({ name, arguments: { path: "/q3.md" }, ...(items.length === 0 ? {} : { _meta: { "org.mcp-trust/evidence": { items } } }) }) as JsonValue;

/** A did-like identity verifier for these tests: the credential names the agent; "did" proofs carry a challenge. */
const identities: Record<string, VerifiedAgentIdentity> = {};
async function verifyAgentIdentity(value: AgentIdentity): Promise<VerifiedAgentIdentity> {
  const found = identities[value.credential];
  if (found === undefined) throw new McpTrustError("identity_invalid", "unknown credential");
  return found;
}

function config(over: Partial<TransportVerifierConfig> = {}): TransportVerifierConfig {
  return { policy, replayStore: new MemoryReplayStore(), verifyAgentIdentity, issueChallenge: () => "fresh-challenge", ...over };
}
const call = (p: JsonValue, toolPolicy: ToolPolicy = { evidence: ["cap-token"] }, over: Partial<TransportCall> = {}): TransportCall => ({ params: p, toolPolicy, now: NOW_MS, ...over });
const capItem = async (claims: Record<string, unknown> = {}) => item("cap-token", { tokens: [await signToken(root, TYP, capClaims(claims))] });

describe("verifyTransport: allow", () => {
  it("allows a call with a valid capability token and reports every check in order", async () => {
    const out = await verifyTransport(call(params([await capItem()])), config());
    expect(out.decision).toBe("allow");
    expect(out.reason).toBeNull();
    expect(out.actor).toBe("user:alice@example.com");
    expect(out.checks.map((c) => [c.name, c.result])).toEqual([
      ["headers", "skip"],
      ["evidence", "pass"],
      ["agent-identity", "skip"],
      ["cap-token", "pass"],
      ["actor", "skip"],
      ["agent-session", "skip"],
      ["agent-intent", "skip"],
      ["nonce", "skip"],
    ]);
  });

  it("allows a call with identity, actor, session and intent that all agree", async () => {
    identities["cred-1"] = { agentId: "agent:archiver", operatorId: "https://operator.example", type: "jwt", sid: SESSION };
    const items = [
      item("agent-identity", { type: "jwt", credential: "cred-1" }),
      item("actor", { id: "agent:archiver" }),
      item("agent-session", { id: SESSION }),
      item("agent-intent", { purpose: "archive the Q3 report", scope: ["tools/call:delete_file"] }),
    ];
    const out = await verifyTransport(call(params(items), { evidence: ["agent-identity", "actor"], identityTypes: ["jwt"] }), config());
    expect(out).toMatchObject({ decision: "allow", agentId: "agent:archiver", operatorId: "https://operator.example" });
  });
});

describe("verifyTransport: who made the call", () => {
  it("names the verified identity in agentId/operatorId, and the decision's principal with the spec's fallbacks", async () => {
    identities["cred-w"] = { agentId: "agent:w", operatorId: "op:w", type: "jwt" };
    const withIdentity = params([await capItem(), item("agent-identity", { type: "jwt", credential: "cred-w" })]);
    const who = { agentId: "agent:w", operatorId: "op:w" };
    expect(await verifyTransport(call(withIdentity), config())).toMatchObject({ ...who, principal: who });
    expect(await verifyTransport(call(params([await capItem()])), config())).toMatchObject({
      agentId: null,
      operatorId: null,
      principal: { agentId: "user:alice@example.com", operatorId: ROOT_ISS },
    });
    const attestation = { agentId: "agent:archiver", operatorId: "https://issuer.example" };
    expect(await verifyTransport(call(params([]), {}, { attestation }), config())).toMatchObject({ decision: "allow", agentId: null, principal: attestation });
    expect(await verifyTransport(call(params([]), {}), config())).toMatchObject({ decision: "allow", principal: { agentId: null, operatorId: null } });
  });
});

describe("verifyTransport: refusals, one per reason", () => {
  it("requires the evidence the tool's policy names, in the spec's order", async () => {
    const out = await verifyTransport(call(params([]), { evidence: ["cap-token", "actor"] }), config());
    expect(out).toMatchObject({ decision: "deny", reason: "evidence_required" });
    expect(out.checks.find((c) => c.name === "evidence")).toEqual({ name: "evidence", result: "fail", reason: "evidence_required" });
  });

  it("refuses a malformed request, a broken twin and two items of one type without throwing", async () => {
    expect((await verifyTransport(call(null), config())).reason).toBe("request_malformed");
    expect((await verifyTransport(call(params([item("actor", { id: "" })])), config())).reason).toBe("envelope_malformed");
    expect((await verifyTransport(call(params([item("cap-token", { tokens: [], extra: 1 })])), config())).reason).toBe("envelope_malformed");
    expect((await verifyTransport(call(params([await capItem(), await capItem()])), config())).reason).toBe("evidence_ambiguous");
  });

  it("reads the container before headers, twin schemas before uniqueness", async () => {
    const cap = await capItem();
    const dup: [string, string][] = [["MCP-Actor", '"a"'], ["MCP-Actor", '"a"']];
    // An unknown item version is part of reading the container, which comes before the headers.
    expect((await verifyTransport(call(params([{ ...cap, version: 2 }]), undefined, { headers: dup }), config())).reason).toBe("envelope_malformed");
    expect((await verifyTransport(call(params([{ ...cap, extra: 1 } as Item])), config())).reason).toBe("envelope_malformed");
    expect((await verifyTransport(call(params([cap]), undefined, { headers: dup }), config())).reason).toBe("header_duplicated");
    // Two cap-token items, the second broken: its schema is reported, not the duplication.
    expect((await verifyTransport(call(params([cap, item("cap-token", { tokens: "x" })])), config())).reason).toBe("envelope_malformed");
    // Schemas type by type: a broken session is reported before a duplicated actor.
    const items = [item("actor", { id: "a" }), item("actor", { id: "a" }), item("agent-session", { id: "short" })];
    expect((await verifyTransport(call(params(items)), config())).reason).toBe("envelope_malformed");
    // Items of unknown types are not read.
    expect((await verifyTransport(call(params([cap, item("x-future", { anything: [1] })])), config())).decision).toBe("allow");
  });

  it("checks headers first: mismatch and duplicate", async () => {
    const cap = await capItem();
    const other = await signToken(root, TYP, capClaims());
    const p = params([cap]);
    expect((await verifyTransport(call(p, undefined, { headers: [["MCP-Cap-Token", `"${other}"`]] }), config())).reason).toBe("header_mismatch");
    const same = `"${(cap.value as { tokens: string[] }).tokens[0]}"`;
    expect((await verifyTransport(call(p, undefined, { headers: [["MCP-Cap-Token", same]] }), config())).decision).toBe("allow");
    expect((await verifyTransport(call(p, undefined, { headers: [["mcp-cap-token", same], ["MCP-Cap-Token", same]] }), config())).reason).toBe("header_duplicated");
  });

  it.each([
    ["a forged token", async () => item("cap-token", { tokens: [await signToken(testKey("ES256", "root-es"), TYP, capClaims())] }), "signature_invalid"],
    ["an expired token", () => capItem({ iat: NOW_S - 500, exp: NOW_S - 300 }), "expired"],
    ["a token from the future", () => capItem({ iat: NOW_S + 100, exp: NOW_S + 200 }), "not_yet_valid"],
    ["a token living over 300 s", () => capItem({ iat: NOW_S, exp: NOW_S + 400 }), "lifetime_exceeded"],
    ["a token for another audience", () => capItem({ aud: "https://else.example" }), "audience_mismatch"],
    ["a token for other tools", () => capItem({ scope: "tools/list" }), "scope_insufficient"],
    ["a token of an issuer not permitted", () => capItem({ iss: "https://rogue.example" }), "issuer_not_permitted"],
    ["a malformed token", async () => item("cap-token", { tokens: ["a.b.c"] }), "token_malformed"],
  ])("refuses %s", async (_n, make, reason) => {
    const out = await verifyTransport(call(params([await make()])), config());
    expect(out).toMatchObject({ decision: "deny", reason });
    expect(out.checks.find((c) => c.name === "cap-token")).toEqual({ name: "cap-token", result: "fail", reason });
  });

  it("refuses an actor that is not the token's subject, or that nothing verified names", async () => {
    expect((await verifyTransport(call(params([await capItem(), item("actor", { id: "user:mallory" })])), config())).reason).toBe("actor_mismatch");
    expect((await verifyTransport(call(params([item("actor", { id: "user:alice@example.com" })]), { evidence: ["actor"] }), config())).reason).toBe("actor_mismatch");
    expect((await verifyTransport(call(params([await capItem(), item("actor", { id: "user:alice@example.com" })])), config())).decision).toBe("allow");
  });

  it("refuses evidence bound to a session the request is not in (a missing session is another session)", async () => {
    expect((await verifyTransport(call(params([await capItem({ sid: SESSION })])), config())).reason).toBe("session_mismatch");
    expect((await verifyTransport(call(params([await capItem({ sid: SESSION }), item("agent-session", { id: "s-0000000000000000" })])), config())).reason).toBe("session_mismatch");
    expect((await verifyTransport(call(params([await capItem({ sid: SESSION }), item("agent-session", { id: SESSION })])), config())).decision).toBe("allow");
  });

  it("answers a call outside the declared intent with a challenge", async () => {
    const out = await verifyTransport(call(params([await capItem(), item("agent-intent", { purpose: "list files", scope: ["tools/list"] })])), config());
    expect(out).toMatchObject({ decision: "challenge", reason: "intent_out_of_scope" });
    expect(out.challenge).toBeUndefined();
  });

  it("refuses an identity type the tool does not accept, and keeps the verifier's reason", async () => {
    identities["cred-2"] = { agentId: "agent:a", operatorId: null, type: "jwt" };
    const p = params([item("agent-identity", { type: "jwt", credential: "cred-2" })]);
    expect((await verifyTransport(call(p, { identityTypes: ["did"] }), config())).reason).toBe("identity_invalid");
    expect((await verifyTransport(call(p, { identityTypes: ["jwt", "did"] }), config())).decision).toBe("allow");
    const oauth = params([item("agent-identity", { type: "oauth", credential: "cred-2" })]);
    expect((await verifyTransport(call(oauth, { identityTypes: ["oauth", "jwt"] }), config())).reason).toBe("identity_invalid"); // oauth is not configured
    expect((await verifyTransport(call(params([item("agent-identity", { type: "did", credential: "nope" })]), {}), config())).reason).toBe("identity_invalid");
    const unavailable = async () => Promise.reject(new McpTrustError("resolver_unavailable", "down"));
    const out = await verifyTransport(call(params([item("agent-identity", { type: "did", credential: "x" })]), {}), config({ verifyAgentIdentity: unavailable }));
    expect(out.checks.find((c) => c.name === "agent-identity")).toEqual({ name: "agent-identity", result: "error", reason: "resolver_unavailable" });
  });
});

describe("verifyTransport: proof of possession and consumption", () => {
  it("binds a cnf token to a did identity's key or the attestation's key, and nothing else", async () => {
    const jkt = await thumbprint(agentKey);
    identities["did-1"] = { agentId: "did:key:z6Mk", operatorId: "did:key:z6Mk", type: "did", keyThumbprint: jkt };
    const cap = await capItem({ cnf: { jkt } });
    expect((await verifyTransport(call(params([cap, item("agent-identity", { type: "did", credential: "did-1" })])), config())).decision).toBe("allow");
    expect((await verifyTransport(call(params([cap]), undefined, { attestation: { keyThumbprint: jkt } }), config())).decision).toBe("allow");
    expect((await verifyTransport(call(params([cap])), config())).reason).toBe("key_binding_mismatch");
    expect((await verifyTransport(call(params([await capItem()]), { evidence: ["cap-token"], requireProofOfPossession: true }), config())).reason).toBe("key_binding_mismatch");
  });

  it("consumes a single-use token's jti last, and refuses its replay", async () => {
    const replayStore = new MemoryReplayStore();
    const p = params([await capItem()]);
    const single: ToolPolicy = { evidence: ["cap-token"], singleUseCapToken: true };
    expect((await verifyTransport(call(p, single), config({ replayStore }))).decision).toBe("allow");
    const again = await verifyTransport(call(p, single), config({ replayStore }));
    expect(again).toMatchObject({ decision: "deny", reason: "nonce_replay" });
    expect(again.checks.at(-1)).toEqual({ name: "nonce", result: "fail", reason: "nonce_replay" });
    // Not single-use: the same token serves again.
    expect((await verifyTransport(call(p), config({ replayStore }))).decision).toBe("allow");
  });

  it("burns nothing when an earlier check refuses", async () => {
    const keys: string[] = [];
    const replayStore: ReplayStore = { consume: (key) => (keys.push(key), true) };
    const p = params([await capItem(), item("actor", { id: "user:mallory" })]);
    await verifyTransport(call(p, { evidence: ["cap-token"], singleUseCapToken: true }), config({ replayStore }));
    expect(keys).toEqual([]);
  });

  it("consumes the attestation nonce, the jti and the did challenge in that order, keyed as specified", async () => {
    const keys: string[] = [];
    const replayStore: ReplayStore = { consume: (key) => (keys.push(key), true) };
    identities["did-2"] = { agentId: "did:key:z6Mk", operatorId: "did:key:z6Mk", type: "did", challenge: "123.abc", challengeExpiresAt: NOW_MS + 60_000 };
    const claims = capClaims();
    const cap = item("cap-token", { tokens: [await signToken(root, TYP, claims)] });
    const p = params([cap, item("agent-identity", { type: "did", credential: "did-2" })]);
    const nonce = { key: "https://issuer.example\nn-1", expiresAtMs: NOW_MS + 1000, replayReason: "nonce_replay" as const };
    const out = await verifyTransport(call(p, { evidence: ["cap-token"], singleUseCapToken: true }, { attestation: { nonce } }), config({ replayStore }));
    expect(out.decision).toBe("allow");
    expect(keys).toEqual([nonce.key, `cap:${ROOT_ISS}:${claims["jti"]}`, "challenge:123.abc"]);
  });

  it("answers a reused did challenge with a fresh challenge", async () => {
    const replayStore = new MemoryReplayStore();
    identities["did-3"] = { agentId: "did:key:z6Mk", operatorId: null, type: "did", challenge: "456.def", challengeExpiresAt: NOW_MS + 60_000 };
    const p = params([item("agent-identity", { type: "did", credential: "did-3" })]);
    expect((await verifyTransport(call(p, {}), config({ replayStore }))).decision).toBe("allow");
    expect(await verifyTransport(call(p, {}), config({ replayStore }))).toMatchObject({ decision: "challenge", reason: "challenge_required", challenge: "fresh-challenge" });
  });

  it("reports a failing replay store as replay_store_unavailable (an error, not a verdict on the evidence)", async () => {
    const replayStore: ReplayStore = {
      consume: () => {
        throw new Error("connection reset");
      },
    };
    const out = await verifyTransport(call(params([await capItem()]), { evidence: ["cap-token"], singleUseCapToken: true }), config({ replayStore }));
    expect(out).toMatchObject({ decision: "deny", reason: "replay_store_unavailable" });
    expect(out.checks.at(-1)).toEqual({ name: "nonce", result: "error", reason: "replay_store_unavailable" });
    // failureMode open: the outage is bypassed, the call allowed, and the outcome says so.
    const open = await verifyTransport(call(params([await capItem()]), { evidence: ["cap-token"], singleUseCapToken: true, failureMode: "open" }), config({ replayStore }));
    expect(open).toMatchObject({ decision: "allow", reason: null, bypass: true });
    expect(open.checks.at(-1)).toEqual({ name: "nonce", result: "error", reason: "replay_store_unavailable" });
    const policyOpen = await verifyTransport(call(params([await capItem()]), { evidence: ["cap-token"], singleUseCapToken: true }), config({ replayStore, failureMode: "open" }));
    expect(policyOpen.bypass).toBe(true);
  });
});
