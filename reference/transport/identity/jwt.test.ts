import { describe, expect, it } from "vitest";
import { verifyJwtIdentity } from "./jwt.js";
import { verifyOperatorIdentity } from "./operator.js";
import { AGENT, agentJwt, AUD, ctx, forged, IDP, K, NOW_MS, NOW_S, OPERATOR, OTHER_AUD, operatorCredential, reasonOf, signRaw, signToken } from "./test-identity.js";

describe("identity type jwt", () => {
  it.each([["ES256", K.idpEs], ["EdDSA", K.idpEd]] as const)("a %s agent JWT names the agent and its operator", async (_alg, key) => {
    expect(await verifyJwtIdentity(await agentJwt({}, key), ctx())).toEqual({ type: "jwt", agentId: AGENT, operatorId: OPERATOR });
  });

  it("the operator defaults to the issuer; sid is passed on", async () => {
    const id = await verifyJwtIdentity(await agentJwt({ operator: undefined, sid: "s-0123456789abcdef" }), ctx());
    expect(id).toEqual({ type: "jwt", agentId: AGENT, operatorId: IDP, sid: "s-0123456789abcdef" });
  });

  it.each<[string, () => Promise<string>, string, number?]>([
    ["forged", async () => forged(await agentJwt()), "signature_invalid"],
    ["signed by a key under another issuer's kid", () => agentJwt({}, K.rogue), "signature_invalid"],
    ["expired (exp + skew passed)", () => agentJwt(), "expired", NOW_MS + 630_000],
    ["not yet valid (iat beyond the skew)", () => agentJwt({ iat: NOW_S + 31, exp: NOW_S + 600 }), "not_yet_valid"],
    ["for another audience", () => agentJwt({ aud: OTHER_AUD }), "audience_mismatch"],
    ["valid for more than an hour", () => agentJwt({ exp: NOW_S + 3601 }), "lifetime_exceeded"],
    ["from an issuer the trust store does not hold", () => agentJwt({ iss: "https://rogue.example" }), "key_unavailable"],
    ["with an unknown kid", () => signToken({ ...K.idpEs, kid: "other" }, "mcp-agent+jwt", { iss: IDP, sub: AGENT, aud: AUD, iat: NOW_S, exp: NOW_S + 60 }), "key_unavailable"],
    ["with the cap-token typ", () => agentJwt({}, K.idpEs, "mcp-cap+jwt"), "token_malformed"],
    ["with an operator-credential typ", () => agentJwt({}, K.idpEs, "mcp-operator-credential+jwt"), "token_malformed"],
    ["without exp", () => agentJwt({ exp: undefined }), "token_malformed"],
    ["with an unknown claim", () => agentJwt({ scope: "tools/list" }), "token_malformed"],
    ["with two cnf members", () => agentJwt({ cnf: { jkt: "A".repeat(43), "x5t#S256": "A".repeat(43) } }), "token_malformed"],
    ["with a kid longer than 128", () => signToken({ ...K.idpEs, kid: "k".repeat(129) }, "mcp-agent+jwt", { iss: IDP, sub: AGENT, aud: AUD, iat: NOW_S, exp: NOW_S + 60 }), "token_malformed"],
    ["with a jwk header", async () => signRaw(K.idpEs, JSON.stringify({ alg: "ES256", typ: "mcp-agent+jwt", kid: "idp-es", jwk: K.idpEs.jwk }), JSON.stringify({ iss: IDP, sub: AGENT, aud: AUD, iat: NOW_S, exp: NOW_S + 60 })), "token_malformed"],
  ])("%s → %s", async (_name, make, reason, now = NOW_MS) => {
    expect(await reasonOf(verifyJwtIdentity(await make(), ctx({ now })))).toBe(reason);
  });

  it("an algorithm outside the allow-list is algorithm_unsupported", async () => {
    expect(await reasonOf(verifyJwtIdentity(await agentJwt({}, K.idpEd), ctx({ algorithms: ["ES256"] })))).toBe("algorithm_unsupported");
  });

  it("without jwt issuers configured nothing is verified", async () => {
    expect(await reasonOf(verifyJwtIdentity(await agentJwt(), { ...ctx(), jwt: undefined }))).toBe("identity_invalid");
  });
});

describe("identity type operator", () => {
  it("names the agent and the operator that issued it", async () => {
    expect(await verifyOperatorIdentity(await operatorCredential({ sid: "s-0123456789abcdef" }), ctx())).toEqual({
      type: "operator",
      agentId: AGENT,
      operatorId: OPERATOR,
      sid: "s-0123456789abcdef",
    });
  });

  it.each<[string, () => Promise<string>, string, number?]>([
    ["valid for a day", () => operatorCredential({ exp: NOW_S + 86400 }), "accepted"],
    ["valid for more than a day", () => operatorCredential({ exp: NOW_S + 86401 }), "lifetime_exceeded"],
    ["forged", async () => forged(await operatorCredential()), "signature_invalid"],
    ["expired", () => operatorCredential(), "expired", NOW_MS + 3630_000],
    ["for another audience", () => operatorCredential({ aud: OTHER_AUD }), "audience_mismatch"],
    ["from an operator not listed", () => operatorCredential({ iss: "https://rogue.example" }), "key_unavailable"],
    ["an agent JWT presented as operator credential", () => agentJwt(), "token_malformed"],
    ["with an operator claim (closed claims)", () => operatorCredential({ operator: OPERATOR }), "token_malformed"],
  ])("%s → %s", async (_name, make, reason, now = NOW_MS) => {
    expect(await reasonOf(verifyOperatorIdentity(await make(), ctx({ now })))).toBe(reason);
  });

  it("the jwt issuers do not vouch for operator credentials", async () => {
    const byIdp = await operatorCredential({ iss: IDP }, K.idpEs);
    expect(await reasonOf(verifyOperatorIdentity(byIdp, ctx()))).toBe("key_unavailable");
  });
});
