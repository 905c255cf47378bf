import { describe, expect, it } from "vitest";
import { sha256Digest } from "../common/digest.js";
import { McpTrustError } from "../common/errors.js";
import { TrustStore } from "../common/keys.js";
import { verifyCapToken } from "./cap-token.js";
import { keyThumbprint, verifyCapTokenChain, type CapTokenChainOptions } from "./cap-token-chain.js";
import { AUDIENCE, GATEWAY, NOW_MS, NOW_S, ROOT_ISS, capClaims, signRaw, signToken, testKey, thumbprint, trustStoreDoc } from "./test-tokens.js";

const TYP = "mcp-cap+jwt";
const root = testKey("ES256", "root-es");
const rootEd = testKey("EdDSA", "root-ed");
const gateway = testKey("EdDSA", "gw-ed");
const agentKey = testKey("EdDSA", "agent");
const keys = TrustStore.load(trustStoreDoc({ [ROOT_ISS]: [root, rootEd], [GATEWAY]: [gateway] }), { algorithms: ["ES256", "EdDSA"] });

function options(over: Partial<CapTokenChainOptions> = {}): CapTokenChainOptions {
  return { keys, rootIssuers: [ROOT_ISS], audience: AUDIENCE, tool: "delete_file", now: NOW_MS, skew: 30, ...over };
}

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
  return "accepted";
}

/** A root token to the gateway and the gateway's forward of it to AUDIENCE, with overrides for the child. */
async function twoLinks(child: Record<string, unknown> = {}, parent: Record<string, unknown> = {}): Promise<string[]> {
  const rootToken = await signToken(root, TYP, capClaims({ aud: GATEWAY, scope: "tools/call:* tools/list", ...parent }));
  const forward = await signToken(gateway, TYP, capClaims({ iss: GATEWAY, parent: sha256Digest(Buffer.from(rootToken, "ascii")), exp: NOW_S + 100, scope: "tools/call:delete_file", ...child }));
  return [rootToken, forward];
}

describe("one capability token", () => {
  it.each([root, rootEd])("accepts a valid %s root token for the call", async (key) => {
    const token = await signToken(key, TYP, capClaims());
    const out = await verifyCapTokenChain([token], options());
    expect(out.leaf.claims.sub).toBe("user:alice@example.com");
    expect(out.leaf.scope).toEqual(["tools/call:delete_file", "tools/list"]);
  });

  it.each([
    ["an unknown claim", capClaims({ role: "admin" }), "token_malformed"],
    ["a jti that is too short", capClaims({ jti: "short" }), "token_malformed"],
    ["an array audience", capClaims({ aud: [AUDIENCE] }), "token_malformed"],
    ["a bare tools/call scope", capClaims({ scope: "tools/call" }), "token_malformed"],
    ["a doubled space in the scope", capClaims({ scope: "tools/list  tools/call:x" }), "token_malformed"],
    ["a scope entry over 160 characters", capClaims({ scope: `tools/call:delete_file tools/${"x".repeat(160)}` }), "token_malformed"],
    ["a malformed cnf", capClaims({ cnf: { jkt: "abc" } }), "token_malformed"],
    ["an upper-case parent digest", capClaims({ parent: "sha256:" + "A".repeat(64) }), "token_malformed"],
    ["a lifetime over 300 s", capClaims({ iat: NOW_S, exp: NOW_S + 301 }), "lifetime_exceeded"],
    ["an expiry in the past", capClaims({ iat: NOW_S - 400, exp: NOW_S - 200 }), "expired"],
    ["an issue time in the future", capClaims({ iat: NOW_S + 60, exp: NOW_S + 120 }), "not_yet_valid"],
    ["a not-before in the future", capClaims({ nbf: NOW_S + 60 }), "not_yet_valid"],
    ["another audience", capClaims({ aud: "https://other.example/mcp" }), "audience_mismatch"],
    ["a scope without the tool", capClaims({ scope: "tools/call:read_file tools/list" }), "scope_insufficient"],
    ["an issuer that is not permitted", capClaims({ iss: "https://rogue.example" }), "issuer_not_permitted"],
    ["a root that names a parent", capClaims({ parent: "sha256:" + "0".repeat(64) }), "chain_invalid"],
  ])("refuses a token with %s", async (_n, claims, reason) => {
    expect(await reasonOf(verifyCapTokenChain([await signToken(root, TYP, claims)], options()))).toBe(reason);
  });

  it("covers a call through tools/call:*", async () => {
    const token = await signToken(root, TYP, capClaims({ scope: "tools/call:*" }));
    expect(await reasonOf(verifyCapTokenChain([token], options()))).toBe("accepted");
  });

  it("refuses a wrong typ, a forged signature, an unknown kid and a disallowed algorithm", async () => {
    expect(await reasonOf(verifyCapTokenChain([await signToken(root, "JWT", capClaims())], options()))).toBe("token_malformed");
    expect(await reasonOf(verifyCapTokenChain([await signToken(testKey("ES256", "root-es"), TYP, capClaims())], options()))).toBe("signature_invalid");
    expect(await reasonOf(verifyCapTokenChain([await signToken(testKey("ES256", "nope"), TYP, capClaims())], options()))).toBe("key_unavailable");
    expect(await reasonOf(verifyCapTokenChain([await signToken(rootEd, TYP, capClaims())], options({ algorithms: ["ES256"] })))).toBe("algorithm_unsupported");
  });

  it("refuses forbidden header parameters even when correctly signed", async () => {
    const token = signRaw(root, JSON.stringify({ alg: "ES256", typ: TYP, kid: root.kid, jwk: root.jwk }), JSON.stringify(capClaims()));
    expect(await reasonOf(verifyCapToken(token, { keys, now: NOW_MS, skew: 30 }))).toBe("token_malformed");
  });
});

describe("capability-token chains", () => {
  it("accepts a root and a narrowing forward (ES256 then EdDSA)", async () => {
    const out = await verifyCapTokenChain(await twoLinks(), options());
    expect(out.chain).toHaveLength(2);
    expect(out.leaf.claims.iss).toBe(GATEWAY);
  });

  it("refuses a forward that widens the scope", async () => {
    const rootToken = await signToken(root, TYP, capClaims({ aud: GATEWAY, scope: "tools/call:read_file" }));
    const forward = await signToken(gateway, TYP, capClaims({ iss: GATEWAY, parent: sha256Digest(Buffer.from(rootToken)), exp: NOW_S + 100, scope: "tools/call:read_file tools/call:delete_file" }));
    expect(await reasonOf(verifyCapTokenChain([rootToken, forward], options()))).toBe("scope_escalation");
    expect(await reasonOf(verifyCapTokenChain(await twoLinks({ scope: "tools/call:*" }, { scope: "tools/call:delete_file" }), options()))).toBe("scope_escalation");
  });

  it.each([
    ["outlives its parent", { exp: NOW_S + 250 }, { exp: NOW_S + 200 }],
    ["has a broken parent digest", { parent: "sha256:" + "1".repeat(64) }, {}],
    ["has no parent digest", { parent: undefined }, {}],
    ["changes the subject", { sub: "user:mallory@example.com" }, {}],
  ])("refuses a forward that %s", async (_n, child, parent) => {
    expect(await reasonOf(verifyCapTokenChain(await twoLinks(child, parent), options()))).toBe("chain_invalid");
  });

  it("refuses a forward not issued by its parent's audience, though validly signed by its own issuer", async () => {
    const rootToken = await signToken(root, TYP, capClaims({ aud: GATEWAY }));
    const forward = await signToken(rootEd, TYP, capClaims({ parent: sha256Digest(Buffer.from(rootToken)), exp: NOW_S + 100 }));
    expect(await reasonOf(verifyCapTokenChain([rootToken, forward], options()))).toBe("chain_invalid");
  });

  it("refuses a chain longer than four tokens, or than the configured maximum", async () => {
    const tokens = await twoLinks();
    expect(await reasonOf(verifyCapTokenChain([...tokens, ...tokens, tokens[0]!], options()))).toBe("chain_invalid");
    expect(await reasonOf(verifyCapTokenChain(tokens, options({ maxChainLength: 1 })))).toBe("chain_invalid");
    expect(await reasonOf(verifyCapTokenChain([], options()))).toBe("chain_invalid");
  });

  it("reads every token before verifying any, and checks the root's parent and issuer before signatures", async () => {
    const [r] = await twoLinks();
    const forgedRoot = await signToken(testKey("ES256", "root-es"), TYP, capClaims({ aud: GATEWAY }));
    expect(await reasonOf(verifyCapTokenChain([forgedRoot, "not.a.token"], options()))).toBe("token_malformed");
    const forgedWithParent = await signToken(testKey("ES256", "root-es"), TYP, capClaims({ parent: sha256Digest(Buffer.from(r!)) }));
    expect(await reasonOf(verifyCapTokenChain([forgedWithParent], options()))).toBe("chain_invalid");
    const rogueWithParent = await signToken(root, TYP, capClaims({ iss: "https://rogue.example", parent: sha256Digest(Buffer.from(r!)) }));
    expect(await reasonOf(verifyCapTokenChain([rogueWithParent], options()))).toBe("chain_invalid");
    const forgedRogue = await signToken(testKey("ES256", "x"), TYP, capClaims({ iss: "https://rogue.example" }));
    expect(await reasonOf(verifyCapTokenChain([forgedRogue], options()))).toBe("issuer_not_permitted");
  });

  it("refuses a chain whose root issuer is not permitted, even when its key is known", async () => {
    expect(await reasonOf(verifyCapTokenChain(await twoLinks(), options({ rootIssuers: [GATEWAY] })))).toBe("issuer_not_permitted");
  });

  it("verifies every link's signature and time", async () => {
    const [r, f] = await twoLinks();
    const forged = await signToken(testKey("EdDSA", "gw-ed"), TYP, capClaims({ iss: GATEWAY, parent: sha256Digest(Buffer.from(r!)), exp: NOW_S + 100, scope: "tools/call:delete_file" }));
    expect(await reasonOf(verifyCapTokenChain([r!, forged], options()))).toBe("signature_invalid");
    expect(f).toBeDefined();
    const expiredRoot = await twoLinks({ iat: NOW_S - 300, exp: NOW_S - 100 }, { iat: NOW_S - 300, exp: NOW_S - 100 });
    expect(await reasonOf(verifyCapTokenChain(expiredRoot, options()))).toBe("expired");
  });
});

describe("proof of possession (cnf.jkt)", () => {
  it("accepts a leaf bound to a key the request proved, refuses any other", async () => {
    const jkt = await thumbprint(agentKey);
    expect(await keyThumbprint(agentKey.publicKey)).toBe(jkt);
    const token = await signToken(root, TYP, capClaims({ cnf: { jkt } }));
    expect(await reasonOf(verifyCapTokenChain([token], options({ provenKeyThumbprints: [jkt] })))).toBe("accepted");
    expect(await reasonOf(verifyCapTokenChain([token], options({ provenKeyThumbprints: [await thumbprint(gateway)] })))).toBe("key_binding_mismatch");
    expect(await reasonOf(verifyCapTokenChain([token], options()))).toBe("key_binding_mismatch");
  });

  it("requires cnf when the policy requires proof of possession", async () => {
    const token = await signToken(root, TYP, capClaims());
    expect(await reasonOf(verifyCapTokenChain([token], options({ requireProofOfPossession: true })))).toBe("key_binding_mismatch");
    expect(await reasonOf(verifyCapTokenChain([token], options({ requireProofOfPossession: false })))).toBe("accepted");
  });

  it("gives no thumbprint for a secret key", async () => {
    const { createSecretKey } = await import("node:crypto");
    expect(await keyThumbprint(createSecretKey(Buffer.alloc(32, 1)))).toBeUndefined();
  });
});
