// The Enforcer with a policy's `transport` section: the attestation's nonce is consumed only after every transport
// check passed, a DID proof with a stale challenge gets a `challenge` decision carrying a fresh one, and a policy
// without a transport section ignores the transport input entirely.
import { describe, expect, it } from "vitest";
import { attachTransportEvidence } from "../client/transport-evidence.js";
import type { JsonValue } from "../common/strict-json.js";
import { policyDoc, signedMeta } from "../gateway/test-peers.js";
import { AUD, challengeAt, didKeyKid, didKeyOf, didProof, K, NOW_MS, NOW_S, OTHER_AUD, SECRET } from "../transport/identity/test-identity.js";
import { capClaims, ROOT_ISS, signToken, testKey, trustStoreDoc } from "../transport/test-tokens.js";
import { TRANSPORT_CHECK_ORDER } from "./decision.js";
import { Enforcer } from "./enforcer.js";
import { loadPolicy } from "./policy.js";

const root = testKey("EdDSA", "root-ed");
const rogue = testKey("EdDSA", "root-ed");
const did = didKeyOf(K.agentEd);

function enforcer(): Enforcer {
  const policy = loadPolicy(
    policyDoc({
      transport: { audience: AUD, capTokenIssuers: trustStoreDoc({ [ROOT_ISS]: [root] }), identity: { did: { challengeSecret: SECRET.toString("base64url") } } },
      tools: { delete_file: { evidence: ["tool-call-attestation", "cap-token"] }, read_file: { evidence: ["agent-identity"], identityTypes: ["did"] } },
    }),
  );
  return new Enforcer(policy, { now: () => NOW_MS, resolveDidWeb: null });
}

const args = { path: "/q3.md" };
const params = (tool: string, meta: Record<string, unknown>): JsonValue => ({ name: tool, arguments: args, _meta: meta }) as JsonValue;
const results = (checks: { name: string; result: string }[]): Record<string, string> => Object.fromEntries(checks.map((c) => [c.name, c.result]));

describe("Enforcer with a transport section", () => {
  it("consumes the attestation's nonce only when the transport checks pass too", async () => {
    const e = enforcer();
    const attested = signedMeta("delete_file", args, { iatMs: NOW_MS - 1000 });
    const forgedToken = await signToken(rogue, "mcp-cap+jwt", capClaims());
    const refused = await e.decide(params("delete_file", attachTransportEvidence(attested, { capTokens: [forgedToken] })), 1);
    expect(refused.decision).toMatchObject({ decision: "deny", reason: "signature_invalid", agentId: null });
    expect(refused.decision.checks.map((c) => c.name)).toEqual(TRANSPORT_CHECK_ORDER);
    expect(results(refused.decision.checks)).toMatchObject({ headers: "skip", evidence: "pass", signature: "pass", arguments: "pass", "cap-token": "fail", nonce: "skip" });

    // The same attestation (same nonce) with a good token: the refusal above burnt nothing.
    const good = await signToken(root, "mcp-cap+jwt", capClaims());
    const allowed = await e.decide(params("delete_file", attachTransportEvidence(attested, { capTokens: [good] })), 2);
    expect(allowed.decision).toMatchObject({ decision: "allow", reason: null, agentId: "user:alice@example.com", operatorId: ROOT_ISS });
    expect(allowed.decision.expiresAt).not.toBeNull();
    expect(results(allowed.decision.checks)).toMatchObject({ envelope: "pass", issuer: "skip", capability: "skip", "cap-token": "pass", nonce: "pass" });

    const replayed = await e.decide(params("delete_file", attachTransportEvidence(attested, { capTokens: [good] })), 3);
    expect(replayed.decision).toMatchObject({ decision: "deny", reason: "nonce_replay" });
  });

  it("refuses before the attestation when a required item is missing (evidence_required)", async () => {
    const out = await enforcer().decide(params("delete_file", signedMeta("delete_file", args, { iatMs: NOW_MS - 1000 })), 4);
    expect(out.decision.reason).toBe("evidence_required");
    expect(out.outcome).toBeUndefined();
    expect(results(out.decision.checks)).toMatchObject({ evidence: "fail", envelope: "skip", nonce: "skip" });
  });

  it("answers a DID proof with a stale challenge with decision challenge and a fresh challenge that then works once", async () => {
    const e = enforcer();
    const stale = await didProof(K.agentEd, did, didKeyKid(did), { challenge: challengeAt(NOW_S - 5, OTHER_AUD) });
    const first = await e.decide(params("read_file", attachTransportEvidence(undefined, { agentIdentity: { type: "did", credential: stale } })), 5);
    expect(first.decision).toMatchObject({ decision: "challenge", reason: "challenge_required" });
    expect(first.challenge).toMatch(/^\d+\.[A-Za-z0-9_-]+$/);
    expect(results(first.decision.checks)["agent-identity"]).toBe("fail");

    const proof = await didProof(K.agentEd, did, didKeyKid(did), { challenge: first.challenge });
    const meta = attachTransportEvidence(undefined, { agentIdentity: { type: "did", credential: proof } });
    const allowed = await e.decide(params("read_file", meta), 6);
    expect(allowed.decision).toMatchObject({ decision: "allow", agentId: did, operatorId: did });
    expect(allowed.challenge).toBeUndefined();
    const again = await e.decide(params("read_file", meta), 7);
    expect(again.decision).toMatchObject({ decision: "challenge", reason: "challenge_required" });
    expect(again.challenge).toBeDefined();
  });

  it("refuses duplicated header lines given as Node's flat rawHeaders", async () => {
    const token = await signToken(root, "mcp-cap+jwt", capClaims());
    const meta = attachTransportEvidence(signedMeta("delete_file", args, { iatMs: NOW_MS - 1000 }), { capTokens: [token] });
    const out = await enforcer().decide(params("delete_file", meta), 8, [], { headers: ["Host", "x", "MCP-Cap-Token", `"${token}"`, "mcp-cap-token", `"${token}"`] });
    expect(out.decision.reason).toBe("header_duplicated");
    expect(results(out.decision.checks)).toMatchObject({ headers: "fail", envelope: "skip" });
  });
});

describe("Enforcer without a transport section", () => {
  it("ignores transport input and keeps the attestation-only check list", async () => {
    const e = new Enforcer(loadPolicy(policyDoc()), { now: () => NOW_MS });
    const out = await e.decide(params("delete_file", signedMeta("delete_file", args, { iatMs: NOW_MS - 1000 })), 9, [], { headers: [["MCP-Actor", "1"], ["MCP-Actor", "2"]] });
    expect(out.decision).toMatchObject({ decision: "allow", agentId: "agent:test" });
    expect(out.decision.checks.map((c) => c.name)).not.toContain("headers");
    expect(out.transport).toBeUndefined();
  });
});
