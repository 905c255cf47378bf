import { Buffer } from "node:buffer";
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "./errors.js";
import { type RejectedKeyWhy, TRUST_STORE_ALGORITHMS, TrustStore, generateKeyPair, isCanonicalBase64url } from "./keys.js";
import { SIGNATURE_ALGORITHMS, signBytes, verifyBytes } from "./signature.js";

const DATA = new TextEncoder().encode("payload");
const ISS = "https://tools.example";

function publicJwk(kind: "ec" | "rsa", options: { namedCurve?: string; modulusLength?: number }): Record<string, string> {
  const { publicKey } =
    kind === "ec"
      ? generateKeyPairSync("ec", { namedCurve: options.namedCurve ?? "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: options.modulusLength ?? 2048 });
  return publicKey.export({ format: "jwk" }) as Record<string, string>;
}
const ec = publicJwk("ec", {});
const rsaJwk = publicJwk("rsa", {});
const oct = { kty: "oct", k: Buffer.alloc(32, 9).toString("base64url") };

function store(keys: object[], options?: Parameters<typeof TrustStore.load>[1]): TrustStore {
  return TrustStore.load({ issuers: { [ISS]: { keys } } }, options);
}

/** Loads one key and returns why it was rejected, checking it cannot be found. */
function whyRejected(jwk: Record<string, string>, options?: Parameters<typeof TrustStore.load>[1]): RejectedKeyWhy | undefined {
  const s = store([jwk], options);
  if (s.rejected.length === 0) return undefined;
  expect(s.rejected).toEqual([{ iss: ISS, kid: jwk["kid"], alg: jwk["alg"], why: s.rejected[0]!.why }]);
  for (const alg of TRUST_STORE_ALGORITHMS) expect(s.find(ISS, jwk["kid"]!, alg)).toBeUndefined();
  return s.rejected[0]!.why;
}

/** Replaces the last character of a base64url string with one whose unused low bits are set. */
function dirtyTrailingBits(s: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  return s.slice(0, -1) + alphabet[alphabet.indexOf(s.at(-1)!) | 1];
}

describe("TrustStore.load and find", () => {
  it("finds a key by (iss, kid, alg) and nothing else", () => {
    const s = TrustStore.load({
      issuers: {
        [ISS]: {
          keys: [
            { ...ec, kid: "k1", alg: "ES256", use: "sig" },
            { ...rsaJwk, kid: "k1", alg: "RS256" },
            { ...oct, kid: "v2", alg: "HS256" },
          ],
        },
        "other-issuer": { keys: [{ ...ec, kid: "k9", alg: "ES256" }] },
        "empty-issuer": { keys: [] },
      },
    });
    expect(s.rejected).toEqual([]);
    expect(s.algorithms).toEqual(["HS256", "ES256", "RS256"]);
    expect(s.find(ISS, "k1", "ES256")?.asymmetricKeyType).toBe("ec");
    expect(s.find(ISS, "k1", "RS256")?.asymmetricKeyType).toBe("rsa");
    expect(s.find(ISS, "v2", "HS256")?.type).toBe("secret");
    expect(s.find("other-issuer", "k9", "ES256")).toBeDefined();
    expect(s.find(ISS, "k1", "HS256")).toBeUndefined();
    expect(s.find(ISS, "k9", "ES256")).toBeUndefined();
    expect(s.find("other-issuer", "k1", "ES256")).toBeUndefined();
    expect(s.find("empty-issuer", "k1", "ES256")).toBeUndefined();
    expect(s.find("__proto__", "constructor", "ES256")).toBeUndefined();
  });

  it("exposes its rejections read-only", () => {
    const s = store([{ ...oct, kid: "k", alg: "none" }]);
    expect(Object.isFrozen(s.rejected)).toBe(true);
    expect(Object.isFrozen(s.algorithms)).toBe(true);
  });

  it.each(SIGNATURE_ALGORITHMS)("generateKeyPair(%s) round-trips through load, sign and verify", (alg) => {
    const { privateKey, publicJwk: jwk } = generateKeyPair(alg);
    expect(jwk).not.toHaveProperty("kid");
    expect(jwk).not.toHaveProperty("alg");
    const s = store([{ ...jwk, kid: "gen", alg }]);
    expect(s.rejected).toEqual([]);
    const key = s.find(ISS, "gen", alg)!;
    expect(key).toBeDefined();
    const sig = signBytes(alg, privateKey, DATA);
    expect(verifyBytes(alg, key, DATA, sig)).toBe(true);
    expect(verifyBytes(alg, generateKeyPair(alg).privateKey, DATA, sig)).toBe(false);
  });
});

describe("keys skipped at load", () => {
  it.each<[string, RejectedKeyWhy, Record<string, string>]>([
    ["RSA 1024", "key_too_small", { ...publicJwk("rsa", { modulusLength: 1024 }), kid: "a", alg: "RS256" }],
    ["RSA 2040", "key_too_small", { ...publicJwk("rsa", { modulusLength: 2040 }), kid: "a", alg: "RS256" }],
    ["HMAC 16 bytes", "key_too_small", { kty: "oct", k: Buffer.alloc(16, 1).toString("base64url"), kid: "a", alg: "HS256" }],
    ["HMAC 31 bytes", "key_too_small", { kty: "oct", k: Buffer.alloc(31, 1).toString("base64url"), kid: "a", alg: "HS256" }],
    ["oct labelled ES256", "key_type_mismatch", { ...oct, kid: "a", alg: "ES256" }],
    ["EC labelled HS256", "key_type_mismatch", { ...ec, kid: "a", alg: "HS256" }],
    ["EC labelled RS256", "key_type_mismatch", { ...ec, kid: "a", alg: "RS256" }],
    ["RSA labelled HS256", "key_type_mismatch", { ...rsaJwk, kid: "a", alg: "HS256" }],
    ["RSA labelled ES256", "key_type_mismatch", { ...rsaJwk, kid: "a", alg: "ES256" }],
    ["P-384 key labelled ES256", "key_type_mismatch", { ...publicJwk("ec", { namedCurve: "P-384" }), kid: "a", alg: "ES256" }],
    ["P-384 coordinates claiming crv P-256", "invalid_key", { ...publicJwk("ec", { namedCurve: "P-384" }), crv: "P-256", kid: "a", alg: "ES256" }],
    ["EdDSA outside the default allow-list", "algorithm_not_allowed", { ...generateKeyPair("EdDSA").publicJwk, kid: "a", alg: "EdDSA" }],
    ["alg ES512", "unsupported_algorithm", { ...ec, kid: "a", alg: "ES512" }],
    ["alg none", "unsupported_algorithm", { ...oct, kid: "a", alg: "none" }],
    ["lower-case alg", "unsupported_algorithm", { ...ec, kid: "a", alg: "es256" }],
    ["padded k", "non_canonical_base64url", { kty: "oct", k: Buffer.alloc(32, 1).toString("base64url") + "=", kid: "a", alg: "HS256" }],
    ["padded x", "non_canonical_base64url", { ...ec, x: ec["x"] + "=", kid: "a", alg: "ES256" }],
    ["non-zero trailing bits in y", "non_canonical_base64url", { ...ec, y: dirtyTrailingBits(ec["y"]!), kid: "a", alg: "ES256" }],
    ["non-zero trailing bits in n", "non_canonical_base64url", { ...rsaJwk, n: dirtyTrailingBits(rsaJwk["n"]!), kid: "a", alg: "RS256" }],
    ["standard base64 alphabet in n", "non_canonical_base64url", { ...rsaJwk, n: "+" + rsaJwk["n"]!.slice(1), kid: "a", alg: "RS256" }],
    ["white space in e", "non_canonical_base64url", { ...rsaJwk, e: "AQ AB", kid: "a", alg: "RS256" }],
    ["point not on the curve", "invalid_key", { ...ec, y: ec["x"]!, kid: "a", alg: "ES256" }],
    ["EC without y", "invalid_key", { kty: "EC", crv: "P-256", x: ec["x"]!, kid: "a", alg: "ES256" }],
    ["oct without k", "invalid_key", { kty: "oct", kid: "a", alg: "HS256" }],
    ["RSA n with a leading zero octet", "invalid_key", { ...rsaJwk, n: Buffer.concat([Buffer.alloc(1), Buffer.from(rsaJwk["n"]!, "base64url")]).toString("base64url"), kid: "a", alg: "RS256" }],
  ])("%s → %s", (_name, why, jwk) => {
    expect(whyRejected(jwk)).toBe(why);
  });

  it("an algorithm outside the allow-list is skipped, the others are kept", () => {
    const s = store(
      [
        { ...oct, kid: "h", alg: "HS256" },
        { ...ec, kid: "e", alg: "ES256" },
      ],
      { algorithms: ["ES256"] },
    );
    expect(s.algorithms).toEqual(["ES256"]);
    expect(s.rejected).toEqual([{ iss: ISS, kid: "h", alg: "HS256", why: "algorithm_not_allowed" }]);
    expect(s.find(ISS, "h", "HS256")).toBeUndefined();
    expect(s.find(ISS, "e", "ES256")).toBeDefined();
  });

  it("a duplicate (kid, alg) skips both; the same kid under another alg or issuer is fine", () => {
    const s = TrustStore.load({
      issuers: {
        [ISS]: {
          keys: [
            { ...ec, kid: "dup", alg: "ES256" },
            { ...publicJwk("ec", {}), kid: "dup", alg: "ES256" },
            { ...rsaJwk, kid: "dup", alg: "RS256" },
          ],
        },
        other: { keys: [{ ...ec, kid: "dup", alg: "ES256" }] },
      },
    });
    expect(s.rejected.map((r) => [r.iss, r.kid, r.alg, r.why])).toEqual([
      [ISS, "dup", "ES256", "duplicate_kid"],
      [ISS, "dup", "ES256", "duplicate_kid"],
    ]);
    expect(s.find(ISS, "dup", "ES256")).toBeUndefined();
    expect(s.find(ISS, "dup", "RS256")).toBeDefined();
    expect(s.find("other", "dup", "ES256")).toBeDefined();
  });
});

describe("configuration errors throw a plain Error", () => {
  it.each<[string, unknown]>([
    ["null", null],
    ["an array", []],
    ["no issuers", {}],
    ["issuers as an array", { issuers: [] }],
    ["an unknown top-level member", { issuers: {}, extra: 1 }],
    ["a JWKS without keys", { issuers: { [ISS]: {} } }],
    ["a key without kid", { issuers: { [ISS]: { keys: [{ ...ec, alg: "ES256" }] } } }],
    ["a key without alg", { issuers: { [ISS]: { keys: [{ ...ec, kid: "a" }] } } }],
    ["a kid with a space", { issuers: { [ISS]: { keys: [{ ...ec, kid: "a b", alg: "ES256" }] } } }],
    ["an unknown kty", { issuers: { [ISS]: { keys: [{ ...ec, kty: "XYZ", kid: "a", alg: "ES256" }] } } }],
    ["use enc", { issuers: { [ISS]: { keys: [{ ...ec, use: "enc", kid: "a", alg: "ES256" }] } } }],
    ["an EC private key", { issuers: { [ISS]: { keys: [{ ...ec, d: ec["x"], kid: "a", alg: "ES256" }] } } }],
    ["an RSA private key", { issuers: { [ISS]: { keys: [{ ...rsaJwk, d: "AQAB", p: "AQAB", q: "AQAB", kid: "a", alg: "RS256" }] } } }],
    ["an empty issuer name", { issuers: { "": { keys: [] } } }],
    ["an OKP key labelled ES256", { issuers: { [ISS]: { keys: [{ kty: "OKP", crv: "Ed25519", x: ec["x"], kid: "a", alg: "ES256" }] } } }],
  ])("%s", (_name, doc) => {
    let thrown: unknown;
    try {
      TrustStore.load(doc);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(McpTrustError);
  });

  it.each<[string, unknown]>([
    ["an empty allow-list", []],
    ["an unknown algorithm", ["ES256", "none"]],
  ])("options with %s", (_name, algorithms) => {
    expect(() => store([], { algorithms: algorithms as never })).toThrow(Error);
  });
});

describe("isCanonicalBase64url", () => {
  it.each([
    ["", true],
    ["AA", true],
    ["AAA", true],
    ["AAAA", true],
    ["AB", false], // 4 unused bits, low one set
    ["AAB", false], // 2 unused bits, low one set
    ["AQ", true],
    ["AQ==", false],
    ["A", false],
    ["A+/A", false],
    ["AA\n", false],
  ])("%j → %s", (s, ok) => {
    expect(isCanonicalBase64url(s)).toBe(ok);
  });
});

const WYCHEPROOF = fileURLToPath(new URL("../../../shared/vectors/C2SP/wycheproof/testvectors_v1/", import.meta.url));
describe.skipIf(!existsSync(WYCHEPROOF))("Wycheproof public JWKs (skipped when ../shared is absent; signature.test.ts fails in CI)", () => {
  it("every P-256 and RSA-2048 group key loads into the store, except RSA keys with exponent 3", () => {
    const groups = (file: string) => (JSON.parse(readFileSync(WYCHEPROOF + file, "utf8")) as { testGroups: Record<string, unknown>[] }).testGroups;
    // Nine P1363 groups carry no JWK: node's own JWK export of their SPKI stands in.
    const jwkOf = (g: Record<string, unknown>) =>
      (g["publicKeyJwk"] ?? g["keyJwk"] ?? createPublicKey({ key: Buffer.from(g["publicKeyDer"] as string, "hex"), format: "der", type: "spki" }).export({ format: "jwk" })) as object;
    const keys = [
      ...groups("ecdsa_secp256r1_sha256_p1363_test.json").map((g, i) => ({ ...jwkOf(g), kid: `ec${i}`, alg: "ES256" })),
      ...groups("rsa_signature_2048_sha256_test.json").map((g, i) => ({ ...jwkOf(g), kid: `rsa${i}`, alg: "RS256" })),
    ];
    const s = TrustStore.load({ issuers: { a: { keys: keys.slice(0, 64) }, b: { keys: keys.slice(64) } } });
    // The common profile requires an odd exponent of at least 65537 (FIPS 186-5); Wycheproof has two groups with e = 3.
    const exponent3 = keys.filter((k) => (k as { e?: string }).e === "Aw").map((k) => k.kid);
    expect(exponent3).toHaveLength(2);
    expect(s.rejected.map((r) => [r.kid, r.why])).toEqual(exponent3.map((kid) => [kid, "invalid_key"]));
    expect(keys.length).toBe(115);
  });
});
