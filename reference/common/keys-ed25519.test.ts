import { Buffer } from "node:buffer";
import { createPublicKey, generateKeyPairSync, verify, webcrypto } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CompactSign, compactVerify } from "jose";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "./errors.js";
import { TrustStore, generateKeyPair, importEd25519PublicKey, isEd25519Point, isNonCanonicalEd25519, isSmallOrderEd25519 } from "./keys.js";
import { verifyBytes } from "./signature.js";

const ISS = "https://agents.example";
const TRANSPORT = { algorithms: ["ES256", "EdDSA"] as const };

// edwards25519 arithmetic (RFC 8032 §5.1), test-only: it is the independent check that the table in keys.ts is right.
const P = (1n << 255n) - 19n;
const mod = (a: bigint) => ((a % P) + P) % P;
const pow = (b: bigint, e: bigint): bigint => {
  let r = 1n;
  for (b = mod(b); e > 0n; e >>= 1n, b = mod(b * b)) if (e & 1n) r = mod(r * b);
  return r;
};
const inv = (a: bigint) => pow(a, P - 2n);
const D = mod(-121665n * inv(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);
type Point = [bigint, bigint];
const add = ([x1, y1]: Point, [x2, y2]: Point): Point => {
  const t = mod(D * x1 * x2 * y1 * y2);
  return [mod((x1 * y2 + x2 * y1) * inv(1n + t)), mod((y1 * y2 + x1 * x2) * inv(1n - t))];
};
const IDENTITY: Point = [0n, 1n];
const isIdentity = ([x, y]: Point) => x === IDENTITY[0] && y === IDENTITY[1];
/** RFC 8032 §5.1.3 decoding, but lenient like OpenSSL: y is reduced mod p and the sign of x = 0 is ignored. */
function decodeLenient(bytes: Uint8Array): Point | undefined {
  const b = Buffer.from(bytes);
  const sign = b[31]! >> 7;
  b[31] = b[31]! & 0x7f;
  const y = mod(BigInt(`0x${Buffer.from(b).reverse().toString("hex")}`));
  const u = mod(y * y - 1n);
  const v = mod(D * y * y + 1n);
  let x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n));
  if (mod(v * x * x) !== u) x = mod(x * SQRT_M1);
  if (mod(v * x * x) !== u) return undefined;
  if (Number(x & 1n) !== sign) x = mod(-x);
  return [x, y];
}
function order(p: Point): number | undefined {
  let q = p;
  for (let n = 1; n <= 8; n++, q = add(q, p)) if (isIdentity(q)) return n;
  return undefined;
}
const enc = (hex: string) => Buffer.from(hex, "hex");
function okp(raw: Uint8Array, kid = "k"): Record<string, string> {
  return { kty: "OKP", crv: "Ed25519", x: Buffer.from(raw).toString("base64url"), kid, alg: "EdDSA" };
}

/** The 14 strings keys.ts must refuse, written out here from the literature (libsodium's blocklist plus sign bits). */
const SMALL_ORDER_HEX = [
  "0100000000000000000000000000000000000000000000000000000000000000", // identity, order 1
  "0100000000000000000000000000000000000000000000000000000000000080", // identity, x = 0 with its sign bit set
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p − 1, order 2
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  "0000000000000000000000000000000000000000000000000000000000000000", // y = 0, order 4
  "0000000000000000000000000000000000000000000000000000000000000080",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
  "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p + 1 ≡ 1, non-canonical identity
  "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p ≡ 0, non-canonical
  "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
];

describe("Ed25519 small-order public keys", () => {
  it("the refused encodings are exactly the spellings of the 8 small-order points", () => {
    const points = new Set<string>();
    for (const hex of SMALL_ORDER_HEX) {
      const p = decodeLenient(enc(hex));
      expect(p, hex).toBeDefined();
      expect([1, 2, 4, 8]).toContain(order(p!));
      points.add(`${p![0]},${p![1]}`);
      expect(isSmallOrderEd25519(enc(hex))).toBe(true);
    }
    expect(points.size).toBe(8);
    // Ordinary keys and near misses are not in the table.
    for (let i = 0; i < 16; i++) {
      const raw = Buffer.from(generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!, "base64url");
      expect(isSmallOrderEd25519(raw)).toBe(false);
      expect(order(decodeLenient(raw)!)).toBeUndefined();
    }
    expect(isSmallOrderEd25519(enc("0200000000000000000000000000000000000000000000000000000000000000"))).toBe(false);
    expect(isSmallOrderEd25519(enc("01000000000000000000000000000000000000000000000000000000000000"))).toBe(false); // 31 bytes
  });

  it("why: node accepts the identity key and one forged signature then verifies for every message, through jose too", async () => {
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: enc(SMALL_ORDER_HEX[0]!).toString("base64url") }, format: "jwk" });
    const forged = Buffer.concat([enc(SMALL_ORDER_HEX[0]!), Buffer.alloc(32)]); // R = identity, S = 0
    expect(verify(null, Buffer.from("transfer 1 EUR"), key, forged)).toBe(true);
    expect(verify(null, Buffer.from("transfer 1000000 EUR"), key, forged)).toBe(true);
    const h = Buffer.from(JSON.stringify({ alg: "EdDSA", typ: "mcp-agent+jwt", kid: "k" })).toString("base64url");
    const p = Buffer.from(JSON.stringify({ sub: "anyone" })).toString("base64url");
    await expect(compactVerify(`${h}.${p}.${forged.toString("base64url")}`, key, { algorithms: ["EdDSA"] })).resolves.toBeDefined();
  });

  it.each(SMALL_ORDER_HEX)("a trust store holding %s is a configuration error, whatever the allow-list", (hex) => {
    for (const options of [TRANSPORT, {}]) {
      // Beside an ordinary key: one small-order key takes the whole store down, it is not merely skipped.
      const doc = { issuers: { [ISS]: { keys: [{ ...generateKeyPair("EdDSA").publicJwk, kid: "ok", alg: "EdDSA" }, okp(enc(hex))] } } };
      let thrown: unknown;
      try {
        TrustStore.load(doc, options);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).not.toBeInstanceOf(McpTrustError);
    }
  });

  it("importEd25519PublicKey names small-order and unusable keys", () => {
    for (const hex of SMALL_ORDER_HEX) expect(importEd25519PublicKey(enc(hex))).toBe("small_order");
    expect(importEd25519PublicKey(Buffer.alloc(31, 7))).toBe("invalid_key");
    expect(importEd25519PublicKey(Buffer.alloc(33, 7))).toBe("invalid_key");
    // y = p + 2: a second spelling of y = 2.
    const nonCanonical = enc("efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    expect(isNonCanonicalEd25519(nonCanonical)).toBe(true);
    expect(importEd25519PublicKey(nonCanonical)).toBe("invalid_key");
    const good = Buffer.from(generateKeyPair("EdDSA").publicJwk["x"]!, "base64url");
    expect(isNonCanonicalEd25519(good)).toBe(false);
    const key = importEd25519PublicKey(good);
    expect(typeof key).toBe("object");
    expect(typeof key === "object" && key.asymmetricKeyType).toBe("ed25519");
  });
});

describe("Ed25519 point validation", () => {
  // y = 2..40 with both sign bits: the oracle (decodeLenient) says which are points.
  const candidates = Array.from({ length: 78 }, (_, i) => {
    const b = Buffer.alloc(32);
    b[0] = 2 + (i >> 1);
    if (i & 1) b[31] = 0x80;
    return b;
  });

  it("isEd25519Point agrees with RFC 8032 decoding; node imports the non-points anyway", () => {
    const off = candidates.filter((b) => decodeLenient(b) === undefined);
    const on = candidates.filter((b) => decodeLenient(b) !== undefined);
    expect(off.length).toBeGreaterThan(10);
    expect(on.length).toBeGreaterThan(10);
    for (const b of off) {
      expect(isEd25519Point(b)).toBe(false);
      expect(importEd25519PublicKey(b)).toBe("invalid_key");
      expect(() => createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: b.toString("base64url") }, format: "jwk" })).not.toThrow();
    }
    for (const b of on) expect(isEd25519Point(b)).toBe(true);
    for (let i = 0; i < 16; i++) expect(isEd25519Point(Buffer.from(generateKeyPair("EdDSA").publicJwk["x"]!, "base64url"))).toBe(true);
  });

  it("a trust-store key that is not a curve point is skipped as invalid_key", () => {
    const off = candidates.find((b) => decodeLenient(b) === undefined)!;
    const s = TrustStore.load({ issuers: { [ISS]: { keys: [okp(off)] } } }, TRANSPORT);
    expect(s.rejected).toEqual([{ iss: ISS, kid: "k", alg: "EdDSA", why: "invalid_key" }]);
  });
});

describe("EdDSA keys in the trust store", () => {
  it("load when EdDSA is allowed, verify a jose EdDSA JWS, and are found only under EdDSA", async () => {
    const { privateKey, publicJwk } = generateKeyPair("EdDSA");
    const s = TrustStore.load({ issuers: { [ISS]: { keys: [{ ...publicJwk, kid: "ed", alg: "EdDSA", use: "sig" }] } } }, TRANSPORT);
    expect(s.rejected).toEqual([]);
    expect(s.algorithms).toEqual(["ES256", "EdDSA"]);
    const key = s.find(ISS, "ed", "EdDSA")!;
    expect(key.asymmetricKeyType).toBe("ed25519");
    expect(s.find(ISS, "ed", "ES256")).toBeUndefined();
    const jws = await new CompactSign(Buffer.from("hello")).setProtectedHeader({ alg: "EdDSA" }).sign(privateKey);
    expect(Buffer.from((await compactVerify(jws, key, { algorithms: ["EdDSA"] })).payload).toString()).toBe("hello");
    const other = await new CompactSign(Buffer.from("hello")).setProtectedHeader({ alg: "EdDSA" }).sign(generateKeyPair("EdDSA").privateKey);
    await expect(compactVerify(other, key, { algorithms: ["EdDSA"] })).rejects.toThrow();
    // The attestation signature layer never takes an Ed25519 key, under any name.
    expect(verifyBytes("EdDSA" as never, key, Buffer.from("x"), Buffer.alloc(64))).toBe(false);
    expect(verifyBytes("ES256", key, Buffer.from("x"), Buffer.alloc(64, 1))).toBe(false);
  });

  it.each<[string, Record<string, string>, "key_type_mismatch" | "invalid_key"]>([
    ["EC P-256 labelled EdDSA", { ...(generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" }) as Record<string, string>), kid: "k", alg: "EdDSA" }, "key_type_mismatch"],
    ["oct labelled EdDSA", { kty: "oct", k: Buffer.alloc(32, 1).toString("base64url"), kid: "k", alg: "EdDSA" }, "key_type_mismatch"],
    ["y = p + 2 (non-canonical)", okp(enc("efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")), "invalid_key"],
  ])("%s → %s", (_name, jwk, why) => {
    const s = TrustStore.load({ issuers: { [ISS]: { keys: [jwk] } } }, TRANSPORT);
    expect(s.rejected).toEqual([{ iss: ISS, kid: "k", alg: "EdDSA", why }]);
    expect(s.find(ISS, "k", "EdDSA")).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>]>([
    ["crv X25519", { ...okp(Buffer.from(generateKeyPair("EdDSA").publicJwk["x"]!, "base64url")), crv: "X25519" }],
    ["padded x", { ...okp(Buffer.alloc(32, 3)), x: `${Buffer.alloc(32, 3).toString("base64url")}=` }],
    ["a 31-byte x", okp(Buffer.alloc(31, 3))],
    ["an Ed25519 private key", { ...okp(Buffer.alloc(32, 3)), d: Buffer.alloc(32, 4).toString("base64url") }],
    ["OKP with y", { ...okp(Buffer.alloc(32, 3)), y: Buffer.alloc(32, 4).toString("base64url") }],
  ])("%s is refused by the schema (configuration error)", (_name, jwk) => {
    expect(() => TrustStore.load({ issuers: { [ISS]: { keys: [jwk] } } }, TRANSPORT)).toThrow(Error);
  });

  it("generateKeyPair(EdDSA) yields a fresh OKP key without kid or alg", () => {
    const { publicJwk, privateKey } = generateKeyPair("EdDSA");
    expect(Object.keys(publicJwk).sort()).toEqual(["crv", "kty", "x"]);
    expect(privateKey.asymmetricKeyType).toBe("ed25519");
  });
});

interface WycheproofEd25519 {
  testGroups: { publicKeyJwk: Record<string, string>; tests: { tcId: number; msg: string; sig: string; result: "valid" | "invalid" }[] }[];
}
const WYCHEPROOF = fileURLToPath(new URL("../../../shared/vectors/C2SP/wycheproof/testvectors_v1/ed25519_test.json", import.meta.url));
describe.skipIf(!existsSync(WYCHEPROOF))("Wycheproof Ed25519 through the trust store (skipped when ../shared is absent)", () => {
  it("every group key loads; node and WebCrypto (jose's path) agree with every verdict", async () => {
    const { testGroups } = JSON.parse(readFileSync(WYCHEPROOF, "utf8")) as WycheproofEd25519;
    const keys = testGroups.map((g, i) => ({ ...g.publicKeyJwk, kid: `w${i}`, alg: "EdDSA" }));
    const issuers: Record<string, { keys: object[] }> = {};
    keys.forEach((k, i) => ((issuers[`i${Math.floor(i / 64)}`] ??= { keys: [] }).keys.push(k)));
    const s = TrustStore.load({ issuers }, TRANSPORT);
    expect(s.rejected).toEqual([]);
    let checked = 0;
    for (const [i, g] of testGroups.entries()) {
      const key = s.find(`i${Math.floor(i / 64)}`, `w${i}`, "EdDSA")!;
      const crypto = await webcrypto.subtle.importKey("jwk", key.export({ format: "jwk" }), { name: "Ed25519" }, false, ["verify"]);
      for (const t of g.tests) {
        const msg = Buffer.from(t.msg, "hex");
        const sig = Buffer.from(t.sig, "hex");
        let byNode: boolean;
        try {
          byNode = verify(null, msg, key, sig);
        } catch {
          byNode = false;
        }
        const byWebCrypto = await webcrypto.subtle.verify({ name: "Ed25519" }, crypto, sig, msg).catch(() => false);
        expect([t.tcId, byNode, byWebCrypto]).toEqual([t.tcId, t.result === "valid", t.result === "valid"]);
        checked++;
      }
    }
    expect(checked).toBe(151);
  });
});
