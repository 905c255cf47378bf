// verifyTransport with the real identity verifiers of identity/ (no injected verifier): jwt and did:key proofs signed
// by jose, the policy's challenge secret, and the default fresh challenge.
import { base58btc } from "multiformats/bases/base58";
import { describe, expect, it } from "vitest";
import { MemoryReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { issueChallenge, verifyChallenge } from "./identity/index.js";
import { loadTransportPolicy } from "./policy.js";
import { AUDIENCE, NOW_MS, NOW_S, ROOT_ISS, capClaims, signToken, testKey, thumbprint, trustStoreDoc, type TestKey } from "./test-tokens.js";
import { verifyTransport, type TransportCall } from "./verify-transport.js";

const IDP = "https://idp.example";
const SECRET = Buffer.alloc(32, 7);
const root = testKey("ES256", "root-es");
const idp = testKey("EdDSA", "idp-ed");
const policy = loadTransportPolicy({
  audience: AUDIENCE,
  capTokenIssuers: trustStoreDoc({ [ROOT_ISS]: [root] }),
  identity: { jwt: { issuers: trustStoreDoc({ [IDP]: [idp] }) }, did: { challengeSecret: SECRET.toString("base64url"), challengeTtlSeconds: 120 } },
});

const item = (type: string, value: unknown) => ({ type, version: 1, value });
const params = (items: unknown[]): JsonValue => ({ name: "delete_file", arguments: {}, _meta: { "org.mcp-trust/evidence": { items } } }) as JsonValue;
const call = (items: unknown[], over: Partial<TransportCall> = {}): TransportCall => ({ params: params(items), toolPolicy: { evidence: ["agent-identity"] }, now: NOW_MS, ...over });

/** did:key of an Ed25519 key: multibase base58btc of the multicodec 0xed01 prefix and the 32-byte key. */
function didKey(key: TestKey): { did: string; kid: string } {
  const raw = Buffer.from(key.jwk["x"]!, "base64url");
  const value = base58btc.encode(Uint8Array.from([0xed, 0x01, ...raw]));
  return { did: `did:key:${value}`, kid: `did:key:${value}#${value}` };
}

async function didProof(key: TestKey, challenge: string, over: Record<string, unknown> = {}): Promise<string> {
  const { did, kid } = didKey(key);
  return signToken({ ...key, kid }, "mcp-agent-did+jwt", { iss: did, aud: AUDIENCE, challenge, iat: NOW_S - 5, exp: NOW_S + 100, ...over });
}

describe("verifyTransport with the identity verifiers", () => {
  it("verifies a jwt identity: agentId and operatorId from its claims", async () => {
    const cred = await signToken(idp, "mcp-agent+jwt", { iss: IDP, sub: "agent:archiver", aud: AUDIENCE, iat: NOW_S - 5, exp: NOW_S + 600, operator: "org:acme" });
    const out = await verifyTransport(call([item("agent-identity", { type: "jwt", credential: cred })]), { policy, replayStore: new MemoryReplayStore() });
    expect(out).toMatchObject({ decision: "allow", agentId: "agent:archiver", operatorId: "org:acme" });
  });

  it("binds a cnf token to a did:key proof's key, and consumes the challenge once", async () => {
    const agent = testKey("EdDSA");
    const challenge = issueChallenge({ secret: SECRET, audience: AUDIENCE, now: NOW_MS - 10_000 });
    const cap = item("cap-token", { tokens: [await signToken(root, "mcp-cap+jwt", capClaims({ cnf: { jkt: await thumbprint(agent) } }))] });
    const items = [cap, item("agent-identity", { type: "did", credential: await didProof(agent, challenge) })];
    const replayStore = new MemoryReplayStore();
    const first = await verifyTransport(call(items), { policy, replayStore });
    expect(first).toMatchObject({ decision: "allow", agentId: didKey(agent).did });
    const again = await verifyTransport(call(items), { policy, replayStore });
    expect(again).toMatchObject({ decision: "challenge", reason: "challenge_required" });
    // The fresh challenge is one this server will accept.
    expect(verifyChallenge(again.challenge, { secret: SECRET, audience: AUDIENCE, now: NOW_MS, ttlSeconds: 120 })).toBe(NOW_S);
  });

  it("answers a proof with a forged challenge with a fresh challenge, and a token bound to another key with a refusal", async () => {
    const agent = testKey("EdDSA");
    const forged = issueChallenge({ secret: Buffer.alloc(32, 8), audience: AUDIENCE, now: NOW_MS });
    const out = await verifyTransport(call([item("agent-identity", { type: "did", credential: await didProof(agent, forged) })]), { policy, replayStore: new MemoryReplayStore() });
    expect(out).toMatchObject({ decision: "challenge", reason: "challenge_required" });
    expect(typeof out.challenge).toBe("string");
    const challenge = issueChallenge({ secret: SECRET, audience: AUDIENCE, now: NOW_MS });
    const cap = item("cap-token", { tokens: [await signToken(root, "mcp-cap+jwt", capClaims({ cnf: { jkt: await thumbprint(testKey("EdDSA")) } }))] });
    const bound = await verifyTransport(call([cap, item("agent-identity", { type: "did", credential: await didProof(agent, challenge) })]), { policy, replayStore: new MemoryReplayStore() });
    expect(bound).toMatchObject({ decision: "deny", reason: "key_binding_mismatch" });
  });

  it("refuses an mtls identity without a client certificate, and a session-bound credential without the session", async () => {
    const mtls = await signToken(idp, "mcp-agent+jwt", { iss: IDP, sub: "agent:a", aud: AUDIENCE, iat: NOW_S, exp: NOW_S + 600, cnf: { "x5t#S256": "A".repeat(43) } });
    expect((await verifyTransport(call([item("agent-identity", { type: "mtls", credential: mtls })]), { policy, replayStore: new MemoryReplayStore() })).reason).toBe("key_binding_mismatch");
    const sid = await signToken(idp, "mcp-agent+jwt", { iss: IDP, sub: "agent:a", aud: AUDIENCE, iat: NOW_S, exp: NOW_S + 600, sid: "s-7f3a9c2e4b1d8f60" });
    expect((await verifyTransport(call([item("agent-identity", { type: "jwt", credential: sid })]), { policy, replayStore: new MemoryReplayStore() })).reason).toBe("session_mismatch");
  });
});
