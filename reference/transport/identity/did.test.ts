import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { staticDidWebResolver } from "./did-web.js";
import { verifyDidIdentity } from "./did.js";
import {
  AUD,
  challengeAt,
  ctx,
  didKeyKid,
  didKeyOf,
  didKeyOfRaw,
  didProof,
  forged,
  K,
  NOW_MS,
  NOW_S,
  OTHER_AUD,
  reasonOf,
  SECRET,
  signToken,
  thumbprint,
} from "./test-identity.js";
import type { IdentityContext } from "./types.js";

const didEd = didKeyOf(K.agentEd);
const didEs = didKeyOf(K.agentEs);
const proofEd = (patch: Record<string, unknown> = {}) => didProof(K.agentEd, didEd, didKeyKid(didEd), patch);
const IDENTITY_POINT = new Uint8Array([1, ...new Array<number>(31).fill(0)]);

describe("identity type did with did:key", () => {
  it.each([["Ed25519", K.agentEd, didEd], ["P-256", K.agentEs, didEs]] as const)("a %s did:key proof names the DID as agent and operator", async (_n, key, did) => {
    const challenge = challengeAt(NOW_S - 5);
    const id = await verifyDidIdentity(await didProof(key, did, didKeyKid(did), { challenge, sid: "s-0123456789abcdef" }), ctx());
    expect(id).toEqual({
      type: "did",
      agentId: did,
      operatorId: did,
      sid: "s-0123456789abcdef",
      keyThumbprint: await thumbprint(key),
      challenge,
      challengeExpiresAt: (NOW_S - 5 + 120 + 30) * 1000,
    });
  });

  it("a small-order did:key is identity_invalid even though its forged signature verifies in node", async () => {
    const did = didKeyOfRaw("EdDSA", IDENTITY_POINT);
    const t = await didProof(K.agentEd, did, didKeyKid(did));
    const forgedSig = Buffer.concat([Buffer.from(IDENTITY_POINT), Buffer.alloc(32)]).toString("base64url"); // R = identity, S = 0
    expect(await reasonOf(verifyDidIdentity(`${t.slice(0, t.lastIndexOf("."))}.${forgedSig}`, ctx()))).toBe("identity_invalid");
  });

  it.each<[string, () => Promise<string>, string, Partial<IdentityContext>?]>([
    ["forged", async () => forged(await proofEd()), "signature_invalid"],
    ["expired", () => proofEd(), "expired", { now: NOW_MS + 91_000 }],
    ["valid for more than 300 s", () => proofEd({ exp: NOW_S + 301 }), "lifetime_exceeded"],
    ["for another audience", () => proofEd({ aud: OTHER_AUD }), "audience_mismatch"],
    ["with the agent-jwt typ", () => signToken(K.agentEd, "mcp-agent+jwt", { iss: didEd, aud: AUD, challenge: challengeAt(NOW_S), iat: NOW_S, exp: NOW_S + 60 }, { kid: didKeyKid(didEd) }), "token_malformed"],
    ["without a challenge claim", () => proofEd({ challenge: undefined }), "token_malformed"],
    ["with a kid that is not a DID URL", () => didProof(K.agentEd, didEd, "agent-ed"), "token_malformed"],
    ["with iss not a DID", () => proofEd({ iss: "agent:archiver" }), "token_malformed"],
    ["with a kid naming another DID", () => didProof(K.agentEd, didEd, didKeyKid(didEs)), "identity_invalid"],
    ["with a fragment that is not the key itself", () => didProof(K.agentEd, didEd, `${didEd}#key-1`), "identity_invalid"],
    ["signed by another key than the DID's", () => didProof(K.agentEs, didEd, didKeyKid(didEd)), "identity_invalid"], // ES256 alg, Ed25519 DID
    ["with an unsupported DID method", () => didProof(K.agentEd, "did:example:agent", "did:example:agent#key-1"), "identity_invalid"],
    ["with a did:key of an unknown multicodec", () => { const d = didKeyOfRaw("EdDSA", new Uint8Array(32).fill(7), [0xec, 0x01]); return didProof(K.agentEd, d, didKeyKid(d)); }, "identity_invalid"],
    ["with a non-minimal multicodec varint", () => { const d = didKeyOfRaw("EdDSA", new Uint8Array(32).fill(7), [0xed, 0x81, 0x00]); return didProof(K.agentEd, d, didKeyKid(d)); }, "identity_invalid"],
    ["with a did:key that is not base58btc", () => didProof(K.agentEd, "did:key:z6Mk0OIl", "did:key:z6Mk0OIl#z6Mk0OIl"), "identity_invalid"],
    ["with a P-256 did:key off the curve", () => { const d = didKeyOfRaw("ES256", new Uint8Array([2, ...new Array<number>(32).fill(0xff)])); return didProof(K.agentEs, d, didKeyKid(d)); }, "identity_invalid"],
    ["with an EdDSA proof when only ES256 is allowed", () => proofEd(), "algorithm_unsupported", { algorithms: ["ES256"] }],
    ["with an expired challenge", () => proofEd({ challenge: challengeAt(NOW_S - 600) }), "challenge_required"],
    ["with a challenge for another audience", () => proofEd({ challenge: challengeAt(NOW_S, OTHER_AUD) }), "challenge_required"],
    ["with a challenge this server did not issue", () => proofEd({ challenge: `${NOW_S}.${"A".repeat(43)}` }), "challenge_required"],
    ["with a challenge under another secret", () => proofEd(), "challenge_required", { did: { challengeSecret: Buffer.alloc(32, 1) } }],
    ["when DID proofs are not configured", () => proofEd(), "identity_invalid", { did: undefined }],
  ])("%s → %s", async (_name, make, reason, patch = {}) => {
    expect(await reasonOf(verifyDidIdentity(await make(), ctx(patch)))).toBe(reason);
  });

  it("the challenge TTL is configurable", async () => {
    const t = await proofEd({ challenge: challengeAt(NOW_S - 20) });
    expect(await reasonOf(verifyDidIdentity(t, ctx({ did: { challengeSecret: SECRET, challengeTtlSeconds: 20 } })))).toBe("challenge_required");
    expect(await reasonOf(verifyDidIdentity(t, ctx({ did: { challengeSecret: SECRET, challengeTtlSeconds: 21 } })))).toBe("accepted");
  });

  it("the did:web resolver is never asked about a did:key", async () => {
    const c = ctx({ did: { challengeSecret: SECRET, resolveDidWeb: staticDidWebResolver({ [didEd]: "unavailable" }) } });
    expect((await verifyDidIdentity(await proofEd(), c)).agentId).toBe(didEd);
  });
});
