import { describe, expect, it } from "vitest";
import { acceptedIdentityTypes, loadTransportPolicy } from "./policy.js";
import { AUDIENCE, ROOT_ISS, testKey, trustStoreDoc } from "./test-tokens.js";

const ed = testKey("EdDSA", "ed-1");
const es = testKey("ES256", "es-1");

describe("loadTransportPolicy", () => {
  it("imports ES256 and EdDSA issuer keys, lists root issuers and applies defaults", () => {
    const p = loadTransportPolicy({ audience: AUDIENCE, capTokenIssuers: trustStoreDoc({ [ROOT_ISS]: [ed, es] }) });
    expect(p.capTokenKeys.find(ROOT_ISS, "ed-1", "EdDSA")).toBeDefined();
    expect(p.capTokenKeys.find(ROOT_ISS, "es-1", "ES256")).toBeDefined();
    expect([...p.capTokenRootIssuers]).toEqual([ROOT_ISS]);
    expect(p.algorithms).toEqual(["ES256", "EdDSA"]);
    expect(p.maxChainLength).toBe(4);
    expect(p.configuredIdentityTypes).toEqual([]);
  });

  it("keeps keys of algorithms outside tokenAlgorithms out of the store", () => {
    const p = loadTransportPolicy({ audience: AUDIENCE, tokenAlgorithms: ["ES256"], capTokenIssuers: trustStoreDoc({ [ROOT_ISS]: [ed, es] }) });
    expect(p.capTokenKeys.find(ROOT_ISS, "ed-1", "EdDSA")).toBeUndefined();
    expect(p.capTokenKeys.rejected.map((r) => r.why)).toEqual(["algorithm_not_allowed"]);
  });

  it("refuses a configuration that cannot be right", () => {
    expect(() => loadTransportPolicy({ audience: "" })).toThrow();
    expect(() => loadTransportPolicy({ audience: AUDIENCE, maxChainLength: 5 })).toThrow();
    expect(() => loadTransportPolicy({ audience: AUDIENCE, tokenAlgorithms: ["HS256" as never] })).toThrow();
    expect(() => loadTransportPolicy({ audience: AUDIENCE, identity: { did: { challengeSecret: "A".repeat(42) } } })).toThrow();
    expect(() => loadTransportPolicy({ audience: AUDIENCE, identity: { did: { challengeSecret: "A".repeat(42) + "B" } } })).toThrow(); // spare bits set
    // An Ed25519 key of small order (the identity point) would let one forged signature verify every message.
    const smallOrder = { ...ed.jwk, x: Buffer.from([1, ...new Array(31).fill(0)]).toString("base64url") };
    expect(() => loadTransportPolicy({ audience: AUDIENCE, capTokenIssuers: { issuers: { [ROOT_ISS]: { keys: [smallOrder as never] } } } })).toThrow();
  });

  it("accepts a tool's identity types only where the transport section configures them", () => {
    const p = loadTransportPolicy({ audience: AUDIENCE, identity: { jwt: { issuers: { issuers: {} } }, did: { challengeSecret: "A".repeat(43) } } });
    expect(p.configuredIdentityTypes).toEqual(["jwt", "did", "mtls"]);
    expect(acceptedIdentityTypes({}, p)).toEqual(["jwt", "did", "mtls"]);
    expect(acceptedIdentityTypes({ identityTypes: ["oauth", "did"] }, p)).toEqual(["did"]);
    expect(p.identity.did?.challengeSecret.length).toBe(32);
  });
});
