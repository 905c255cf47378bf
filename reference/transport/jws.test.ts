import { describe, expect, it } from "vitest";
import { McpTrustError } from "../common/errors.js";
import { verifyCompactJws, type CompactJwsOptions } from "./jws.js";
import { NOW_MS, NOW_S, signRaw, signToken, testKey, type TestKey } from "./test-tokens.js";

const TYP = "mcp-test+jwt";
const es = testKey("ES256", "es-1");
const ed = testKey("EdDSA", "ed-1");
const keys = new Map<string, TestKey>([
  [es.kid, es],
  [ed.kid, ed],
]);

function options(over: Partial<CompactJwsOptions> = {}): CompactJwsOptions {
  return {
    typ: TYP,
    algorithms: ["ES256", "EdDSA"],
    resolveKey: (h) => (keys.get(h.kid)?.alg === h.alg ? keys.get(h.kid)!.publicKey : undefined),
    now: NOW_MS,
    skew: 30,
    maxLifetime: 300,
    ...over,
  };
}

const claims = (over: object = {}) => ({ iss: "https://issuer.example", iat: NOW_S - 10, exp: NOW_S + 200, ...over });

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
  return "accepted";
}

describe("verifyCompactJws: accepted tokens", () => {
  it.each([es, ed])("accepts a valid %s token and returns header, claims and the key", async (key) => {
    const token = await signToken(key, TYP, claims());
    const out = await verifyCompactJws(token, options());
    expect(out.header).toEqual({ alg: key.alg, typ: TYP, kid: key.kid });
    expect(out.claims.iss).toBe("https://issuer.example");
    expect(out.key).toBe(key.publicKey);
  });

  it("accepts tokens at the edges of the skew", async () => {
    expect(await reasonOf(verifyCompactJws(await signToken(es, TYP, claims({ iat: NOW_S + 30, exp: NOW_S + 100 })), options()))).toBe("accepted");
    expect(await reasonOf(verifyCompactJws(await signToken(es, TYP, claims({ iat: NOW_S - 100, exp: NOW_S - 29 })), options()))).toBe("accepted");
    expect(await reasonOf(verifyCompactJws(await signToken(es, TYP, claims({ nbf: NOW_S + 30 })), options()))).toBe("accepted");
    expect(await reasonOf(verifyCompactJws(await signToken(es, TYP, claims({ iat: NOW_S, exp: NOW_S + 300 })), options()))).toBe("accepted");
  });
});

describe("verifyCompactJws: structure and canonical base64url → token_malformed", () => {
  const mutations: [string, (t: string) => string][] = [
    ["two segments", (t) => t.split(".").slice(0, 2).join(".")],
    ["four segments", (t) => `${t}.AAAA`],
    ["an empty signature", (t) => t.replace(/\.[^.]*$/, ".")],
    ["padding", (t) => `${t}==`],
    ["a trailing newline", (t) => `${t}\n`],
    ["a space inside a segment", (t) => t.replace(".", " .")],
    ["standard-alphabet characters", (t) => t.replace(/-/g, "+").replace(/_/g, "/").replace(/^([A-Za-z0-9]*)/, "$1+")],
    ["a segment whose length is 1 mod 4", (t) => { const [h, p, s] = t.split("."); const k = (1 - (s!.length % 4) + 4) % 4 || 4; return `${h}.${p}.${s}${"A".repeat(k)}`; }],
    ["non-zero spare bits in the last character", (t) => { const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"; const i = alphabet.indexOf(t.at(-1)!); return t.slice(0, -1) + alphabet[i | 1]; }],
  ];
  it.each(mutations)("refuses %s", async (_name, mutate) => {
    const token = await signToken(es, TYP, claims());
    expect(await reasonOf(verifyCompactJws(mutate(token), options()))).toBe("token_malformed");
  });

  it("the spare-bits case really is a decodable different spelling (the signature segment is 86 characters)", async () => {
    const token = await signToken(es, TYP, claims());
    expect(token.split(".")[2]!.length % 4).toBe(2);
  });

  it("refuses a non-string and an overlong token", async () => {
    expect(await reasonOf(verifyCompactJws(42, options()))).toBe("token_malformed");
    const token = await signToken(es, TYP, claims({ pad: "x".repeat(200) }));
    expect(await reasonOf(verifyCompactJws(token, options({ maxLength: 100 })))).toBe("token_malformed");
  });
});

describe("verifyCompactJws: header and claims", () => {
  it.each(["crit", "jku", "jwk", "x5u", "x5c", "b64", "cty", "x-extra"])("refuses a protected header with %s", async (name) => {
    const token = signRaw(es, JSON.stringify({ alg: "ES256", typ: TYP, kid: es.kid, [name]: name === "b64" ? false : "x" }), JSON.stringify(claims()));
    expect(await reasonOf(verifyCompactJws(token, options()))).toBe("token_malformed");
  });

  it.each([
    ["no kid", JSON.stringify({ alg: "ES256", typ: TYP })],
    ["no typ", JSON.stringify({ alg: "ES256", kid: "es-1" })],
    ["another typ", JSON.stringify({ alg: "ES256", typ: "JWT", kid: "es-1" })],
    ["a numeric kid", JSON.stringify({ alg: "ES256", typ: TYP, kid: 1 })],
    ["an alg that is not an algorithm name", JSON.stringify({ alg: "ES 256", typ: TYP, kid: "es-1" })],
    ["a kid with a space", JSON.stringify({ alg: "ES256", typ: TYP, kid: "es 1" })],
    ["a duplicate member", `{"alg":"ES256","typ":"${TYP}","kid":"es-1","kid":"es-1"}`],
    ["an array", "[]"],
  ])("refuses a header with %s", async (_n, header) => {
    expect(await reasonOf(verifyCompactJws(signRaw(es, header, JSON.stringify(claims())), options()))).toBe("token_malformed");
  });

  it.each([
    ["a duplicate claim", `{"iat":${NOW_S},"exp":${NOW_S + 10},"iat":${NOW_S}}`],
    ["a fractional iat", `{"iat":${NOW_S}.0,"exp":${NOW_S + 10}}`],
    ["an exponent in exp", `{"iat":${NOW_S},"exp":1.78000001e9}`],
    ["a string iat", `{"iat":"${NOW_S}","exp":${NOW_S + 10}}`],
    ["no exp", `{"iat":${NOW_S}}`],
    ["a string nbf", `{"iat":${NOW_S},"exp":${NOW_S + 10},"nbf":"0"}`],
    ["a lone surrogate", `{"iat":${NOW_S},"exp":${NOW_S + 10},"x":"\\ud800"}`],
    ["not JSON", "iat"],
  ])("refuses claims with %s", async (_n, payload) => {
    expect(await reasonOf(verifyCompactJws(signRaw(es, JSON.stringify({ alg: "ES256", typ: TYP, kid: es.kid }), payload), options()))).toBe("token_malformed");
  });

  it("reports malformed claims before an unsupported algorithm", async () => {
    const none = `${Buffer.from(JSON.stringify({ alg: "none", typ: TYP, kid: "h" })).toString("base64url")}.${Buffer.from(`{"iat":"x"}`).toString("base64url")}.AA`;
    expect(await reasonOf(verifyCompactJws(none, options()))).toBe("token_malformed");
  });

  it("runs the claims validator and keeps its reason", async () => {
    const token = await signToken(es, TYP, claims());
    const validator = () => {
      throw new McpTrustError("token_malformed", "closed set");
    };
    expect(await reasonOf(verifyCompactJws(token, options({ claimsValidator: validator })))).toBe("token_malformed");
  });
});

describe("verifyCompactJws: algorithm, key, signature", () => {
  it("refuses an algorithm outside the configured allow-list, and ones never supported", async () => {
    expect(await reasonOf(verifyCompactJws(await signToken(ed, TYP, claims()), options({ algorithms: ["ES256"] })))).toBe("algorithm_unsupported");
    const hs = `${Buffer.from(JSON.stringify({ alg: "HS256", typ: TYP, kid: "h" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims())).toString("base64url")}.${Buffer.alloc(32).toString("base64url")}`;
    expect(await reasonOf(verifyCompactJws(hs, options()))).toBe("algorithm_unsupported");
    const none = `${Buffer.from(JSON.stringify({ alg: "none", typ: TYP, kid: "h" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims())).toString("base64url")}.AA`;
    expect(await reasonOf(verifyCompactJws(none, options()))).toBe("algorithm_unsupported");
  });

  it("refuses an unknown kid and a key of the wrong kind with key_unavailable", async () => {
    expect(await reasonOf(verifyCompactJws(await signToken(testKey("ES256", "other"), TYP, claims()), options()))).toBe("key_unavailable");
    const token = await signToken(es, TYP, claims());
    expect(await reasonOf(verifyCompactJws(token, options({ resolveKey: () => ed.publicKey })))).toBe("key_unavailable");
    expect(await reasonOf(verifyCompactJws(token, options({ resolveKey: () => es.privateKey })))).toBe("key_unavailable");
  });

  it("keeps a resolver's own reason", async () => {
    const token = await signToken(es, TYP, claims());
    const resolveKey = () => Promise.reject(new McpTrustError("resolver_unavailable", "down"));
    expect(await reasonOf(verifyCompactJws(token, options({ resolveKey })))).toBe("resolver_unavailable");
  });

  it.each(["ES256", "EdDSA"] as const)("refuses a %s token signed by another key under the same kid", async (alg) => {
    const forger = testKey(alg, alg === "ES256" ? es.kid : ed.kid);
    expect(await reasonOf(verifyCompactJws(await signToken(forger, TYP, claims()), options()))).toBe("signature_invalid");
  });

  it("refuses an EdDSA signature made malleable by adding the group order L to S", async () => {
    const [h, p, sig] = (await signToken(ed, TYP, claims())).split(".");
    const bytes = Buffer.from(sig!, "base64url");
    const L = (1n << 252n) + 27742317777372353535851937790883648493n;
    let S = 0n;
    for (let i = 31; i >= 0; i--) S = (S << 8n) | BigInt(bytes[32 + i]!);
    const sPlusL = S + L;
    for (let i = 0; i < 32; i++) bytes[32 + i] = Number((sPlusL >> BigInt(8 * i)) & 0xffn);
    expect(await reasonOf(verifyCompactJws(`${h}.${p}.${bytes.toString("base64url")}`, options()))).toBe("signature_invalid");
  });

  it("refuses a changed payload under the original signature", async () => {
    const [h, , s] = (await signToken(es, TYP, claims())).split(".");
    const p = Buffer.from(JSON.stringify(claims({ iss: "https://evil.example" }))).toString("base64url");
    expect(await reasonOf(verifyCompactJws(`${h}.${p}.${s}`, options()))).toBe("signature_invalid");
  });
});

describe("verifyCompactJws: time", () => {
  it.each([
    ["issued beyond the skew", claims({ iat: NOW_S + 31, exp: NOW_S + 100 }), "not_yet_valid"],
    ["not before beyond the skew", claims({ nbf: NOW_S + 31 }), "not_yet_valid"],
    ["a lifetime over the maximum", claims({ iat: NOW_S, exp: NOW_S + 301 }), "lifetime_exceeded"],
    ["expired exactly at exp + skew", claims({ iat: NOW_S - 100, exp: NOW_S - 30 }), "expired"],
    ["long expired", claims({ iat: NOW_S - 1000, exp: NOW_S - 900 }), "expired"],
  ])("refuses a token %s", async (_n, c, reason) => {
    expect(await reasonOf(verifyCompactJws(await signToken(es, TYP, c), options()))).toBe(reason);
  });

  it("applies the configured maximum lifetime and skew", async () => {
    const token = await signToken(es, TYP, claims({ iat: NOW_S, exp: NOW_S + 3600 }));
    expect(await reasonOf(verifyCompactJws(token, options({ maxLifetime: 3600 })))).toBe("accepted");
    expect(await reasonOf(verifyCompactJws(await signToken(es, TYP, claims({ iat: NOW_S + 5, exp: NOW_S + 60 })), options({ skew: 0 })))).toBe("not_yet_valid");
  });
});
