import { describe, expect, it } from "vitest";
import { configuredIdentityTypes, staticIntrospection, verifyAgentIdentity } from "./index.js";
import { AGENT, AUD, agentJwt, ctx, didKeyKid, didKeyOf, didProof, K, NOW_S, OPERATOR, operatorCredential, reasonOf } from "./test-identity.js";

const oauth = { introspect: staticIntrospection({ tok: { active: true, sub: AGENT, iss: OPERATOR, aud: AUD, exp: NOW_S + 60 } }) };

describe("verifyAgentIdentity", () => {
  it("dispatches each type to its verifier", async () => {
    const did = didKeyOf(K.agentEd);
    const c = ctx({ oauth, clientCertificateSha256: "A".repeat(43) });
    expect(await verifyAgentIdentity({ type: "jwt", credential: await agentJwt() }, c)).toMatchObject({ type: "jwt", agentId: AGENT });
    expect(await verifyAgentIdentity({ type: "operator", credential: await operatorCredential() }, c)).toMatchObject({ type: "operator", operatorId: OPERATOR });
    expect(await verifyAgentIdentity({ type: "mtls", credential: await agentJwt({ cnf: { "x5t#S256": "A".repeat(43) } }) }, c)).toMatchObject({ type: "mtls" });
    expect(await verifyAgentIdentity({ type: "oauth", credential: "tok" }, c)).toMatchObject({ type: "oauth", agentId: AGENT });
    expect(await verifyAgentIdentity({ type: "did", credential: await didProof(K.agentEd, did, didKeyKid(did)) }, c)).toMatchObject({ type: "did", agentId: did });
  });

  it("a type the tool does not accept is identity_invalid, even when it would verify", async () => {
    const did = didKeyOf(K.agentEd);
    const proof = await didProof(K.agentEd, did, didKeyKid(did));
    expect(await reasonOf(verifyAgentIdentity({ type: "did", credential: proof }, ctx({ acceptedTypes: ["jwt", "operator"] })))).toBe("identity_invalid");
    expect(await reasonOf(verifyAgentIdentity({ type: "did", credential: proof }, ctx({ acceptedTypes: ["did"] })))).toBe("accepted");
  });

  it("a type the configuration does not set up is identity_invalid, even when the tool lists it", async () => {
    expect(await reasonOf(verifyAgentIdentity({ type: "oauth", credential: "tok" }, ctx({ acceptedTypes: ["oauth"] })))).toBe("identity_invalid");
    expect(await reasonOf(verifyAgentIdentity({ type: "jwt", credential: await agentJwt() }, { ...ctx(), jwt: undefined }))).toBe("identity_invalid");
    expect(await reasonOf(verifyAgentIdentity({ type: "mtls", credential: await agentJwt() }, { ...ctx(), jwt: undefined }))).toBe("identity_invalid");
  });

  it("an unknown type is identity_invalid", async () => {
    for (const type of ["saml", "JWT", "__proto__", "toString"]) {
      expect(await reasonOf(verifyAgentIdentity({ type, credential: await agentJwt() }, ctx()))).toBe("identity_invalid");
    }
  });

  it("configuredIdentityTypes lists what the context sets up", () => {
    expect(configuredIdentityTypes(ctx())).toEqual(["jwt", "did", "mtls", "operator"]);
    expect(configuredIdentityTypes(ctx({ oauth }))).toEqual(["jwt", "did", "oauth", "mtls", "operator"]);
    expect(configuredIdentityTypes({ audience: AUD, now: 0 })).toEqual([]);
  });
});
