import { Buffer } from "node:buffer";
import { type JsonWebKey, type KeyObject, createHmac, createPublicKey, createSecretKey, generateKeyPairSync, sign } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToHex, hexToBytes } from "./hex.js";
import { TrustStore, generateKeyPair } from "./keys.js";
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm, isSignatureAlgorithm, signBytes, verifyBytes } from "./signature.js";

const DATA = new TextEncoder().encode('{"iss":"https://tools.example","seq":1}');
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const es = generateKeyPairSync("ec", { namedCurve: "P-256" });
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const secret = createSecretKey(Buffer.alloc(32, 7));

function scalar(x: bigint): Uint8Array {
  return hexToBytes(x.toString(16).padStart(64, "0"))!;
}
function raw(r: bigint, s: bigint): Uint8Array {
  return Uint8Array.from([...scalar(r), ...scalar(s)]);
}
function splitRaw(sig: Uint8Array): [bigint, bigint] {
  return [BigInt(`0x${bytesToHex(sig.subarray(0, 32))}`), BigInt(`0x${bytesToHex(sig.subarray(32))}`)];
}

describe("algorithm names", () => {
  it("accepts exactly HS256, ES256 and RS256", () => {
    for (const a of SIGNATURE_ALGORITHMS) expect(isSignatureAlgorithm(a)).toBe(true);
    for (const a of ["none", "hs256", "ES384", "PS256", "EdDSA", "", "HS256 ", "__proto__"]) {
      expect(isSignatureAlgorithm(a)).toBe(false);
    }
  });
});

describe("round trips", () => {
  it.each(SIGNATURE_ALGORITHMS)("%s signs and verifies, with the profile's exact length", (alg) => {
    const { privateKey, publicJwk } = generateKeyPair(alg);
    const verifyKey = alg === "HS256" ? privateKey : createPublicKey({ key: publicJwk, format: "jwk" });
    const sig = signBytes(alg, privateKey, DATA);
    expect(sig.length).toBe({ HS256: 32, ES256: 64, RS256: 256 }[alg]);
    expect(verifyBytes(alg, verifyKey, DATA, sig)).toBe(true);
    expect(verifyBytes(alg, verifyKey, DATA.subarray(1), sig)).toBe(false);
  });

  it("rejects any single-bit change to data or signature", () => {
    const keys: Record<"HS256" | "ES256", [KeyObject, KeyObject]> = {
      HS256: [secret, secret],
      ES256: [es.privateKey, es.publicKey],
    };
    fc.assert(
      fc.property(
        fc.constantFrom<"HS256" | "ES256">("HS256", "ES256"),
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.boolean(),
        (alg, data, bit, flipSig) => {
          const [signKey, verifyKey] = keys[alg];
          const sig = signBytes(alg, signKey, data);
          expect(verifyBytes(alg, verifyKey, data, sig)).toBe(true);
          const target = Uint8Array.from(flipSig ? sig : data);
          const i = bit % (target.length * 8);
          target[i >> 3]! ^= 1 << (i & 7);
          expect(flipSig ? verifyBytes(alg, verifyKey, data, target) : verifyBytes(alg, verifyKey, target, sig)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("signBytes refuses a key that does not fit the algorithm", () => {
    expect(() => signBytes("HS256", es.privateKey, DATA)).toThrow(TypeError);
    expect(() => signBytes("ES256", es.publicKey, DATA)).toThrow(TypeError);
    expect(() => signBytes("ES256", rsa.privateKey, DATA)).toThrow(TypeError);
    expect(() => signBytes("RS256", secret, DATA)).toThrow(TypeError);
    expect(() => signBytes("HS256", createSecretKey(Buffer.alloc(16)), DATA)).toThrow(TypeError);
  });
});

describe("algorithm confusion", () => {
  const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" });
  const rsa1024 = generateKeyPairSync("rsa", { modulusLength: 1024 });
  const rsaPss = generateKeyPairSync("rsa-pss", { modulusLength: 2048 });
  const hmacTag = createHmac("sha256", secret).update(DATA).digest();
  const esSig = signBytes("ES256", es.privateKey, DATA);
  const rsSig = signBytes("RS256", rsa.privateKey, DATA);

  it.each<[string, SignatureAlgorithm, KeyObject, Uint8Array]>([
    ["HS256 with an EC public key", "HS256", es.publicKey, hmacTag],
    ["HS256 with an RSA public key", "HS256", rsa.publicKey, hmacTag],
    ["HS256 with an EC private key", "HS256", es.privateKey, hmacTag],
    ["ES256 with a secret key", "ES256", secret, esSig],
    ["ES256 with an RSA key", "ES256", rsa.publicKey, esSig],
    ["ES256 with a P-384 key", "ES256", p384.publicKey, esSig],
    ["ES256 with the signer's private key", "ES256", es.privateKey, esSig],
    ["RS256 with a secret key", "RS256", secret, rsSig],
    ["RS256 with an EC key", "RS256", es.publicKey, rsSig],
    ["RS256 with an RSA-PSS key", "RS256", rsaPss.publicKey, rsSig],
    ["RS256 with the signer's private key", "RS256", rsa.privateKey, rsSig],
  ])("%s → false", (_name, alg, key, sig) => {
    expect(verifyBytes(alg, key, DATA, sig)).toBe(false);
  });

  it("every (alg, key kind, signature kind) mismatch → false", () => {
    const byAlg = { HS256: { key: secret, sig: hmacTag }, ES256: { key: es.publicKey, sig: esSig }, RS256: { key: rsa.publicKey, sig: rsSig } };
    for (const alg of SIGNATURE_ALGORITHMS) {
      for (const keyAlg of SIGNATURE_ALGORITHMS) {
        for (const sigAlg of SIGNATURE_ALGORITHMS) {
          const ok = verifyBytes(alg, byAlg[keyAlg].key, DATA, byAlg[sigAlg].sig);
          expect(ok, `${alg} key=${keyAlg} sig=${sigAlg}`).toBe(alg === keyAlg && alg === sigAlg);
        }
      }
    }
  });

  it("a too-small key is refused even with its own valid signature", () => {
    const sig = sign("sha256", DATA, rsa1024.privateKey);
    expect(verifyBytes("RS256", rsa1024.publicKey, DATA, sig)).toBe(false);
    const short = createSecretKey(Buffer.alloc(16, 1));
    expect(verifyBytes("HS256", short, DATA, createHmac("sha256", short).update(DATA).digest())).toBe(false);
  });

  it.each<SignatureAlgorithm>(["ES256", "RS256"])(
    "an HMAC keyed with a %s public key's SPKI or PEM bytes does not verify through its trust entry",
    (alg) => {
      const { privateKey: _unused, publicJwk } = generateKeyPair(alg);
      const store = TrustStore.load({ issuers: { iss: { keys: [{ ...publicJwk, kid: "k1", alg }] } } });
      const pub = store.find("iss", "k1", alg)!;
      expect(pub).toBeDefined();
      for (const bytes of [pub.export({ type: "spki", format: "der" }), Buffer.from(pub.export({ type: "spki", format: "pem" }))]) {
        const forged = createHmac("sha256", bytes).update(DATA).digest();
        // The forgery is sound HMAC: it would pass if the verifier turned the public key into a secret.
        expect(verifyBytes("HS256", createSecretKey(bytes), DATA, forged)).toBe(true);
        expect(store.find("iss", "k1", "HS256")).toBeUndefined();
        expect(verifyBytes("HS256", pub, DATA, forged)).toBe(false);
        expect(verifyBytes(alg, pub, DATA, forged)).toBe(false);
      }
    },
  );
});

describe("ES256 encoding and range", () => {
  const good = signBytes("ES256", es.privateKey, DATA);
  const [r, s] = splitRaw(good);

  it("accepts the high-S twin of a valid signature (JWS semantics, no low-S rule)", () => {
    expect(verifyBytes("ES256", es.publicKey, DATA, raw(r, N - s))).toBe(true);
  });

  it.each<[string, () => Uint8Array]>([
    ["r = 0", () => raw(0n, s)],
    ["s = 0", () => raw(r, 0n)],
    ["r = n", () => raw(N, s)],
    ["s = n", () => raw(r, N)],
    ["s = n + 1", () => raw(r, N + 1n)],
    ["r = 2^256 - 1", () => raw(2n ** 256n - 1n, s)],
    ["s = 2^256 - 1", () => raw(r, 2n ** 256n - 1n)],
    ["r + n (same value mod n) when it fits", () => raw(r + N < 2n ** 256n ? r + N : 2n ** 256n - 1n, s)],
    ["DER encoding of the same signature", () => sign("sha256", DATA, { key: es.privateKey, dsaEncoding: "der" })],
    ["63 bytes", () => good.subarray(0, 63)],
    ["65 bytes (trailing zero)", () => Uint8Array.from([...good, 0])],
    ["65 bytes (leading zero)", () => Uint8Array.from([0, ...good])],
    ["empty", () => new Uint8Array()],
  ])("%s → false", (_name, make) => {
    expect(verifyBytes("ES256", es.publicKey, DATA, make())).toBe(false);
  });
});

describe("RS256 length", () => {
  it("refuses a signature that is not exactly the modulus length, even one equal in value", () => {
    let data = DATA;
    let sig = signBytes("RS256", rsa.privateKey, data);
    for (let i = 0; sig[0] !== 0; i++) {
      data = new TextEncoder().encode(`message ${i}`);
      sig = signBytes("RS256", rsa.privateKey, data);
    }
    expect(verifyBytes("RS256", rsa.publicKey, data, sig)).toBe(true);
    expect(verifyBytes("RS256", rsa.publicKey, data, sig.subarray(1))).toBe(false);
    expect(verifyBytes("RS256", rsa.publicKey, data, Uint8Array.from([0, ...sig]))).toBe(false);
    expect(verifyBytes("RS256", rsa.publicKey, data, new Uint8Array(256))).toBe(false);
  });
});

describe("verifyBytes never throws", () => {
  it.each<[string, unknown[]]>([
    ["unknown algorithm", ["none", secret, DATA, new Uint8Array(32)]],
    ["null key", ["ES256", null, DATA, new Uint8Array(64)]],
    ["key-like object", ["ES256", { type: "public" }, DATA, new Uint8Array(64)]],
    ["string data", ["HS256", secret, "data", new Uint8Array(32)]],
    ["array signature", ["HS256", secret, DATA, Array(32).fill(0)]],
    ["undefined signature", ["RS256", rsa.publicKey, DATA, undefined]],
  ])("%s → false", (_name, args) => {
    expect((verifyBytes as (...a: unknown[]) => boolean)(...args)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------
// Wycheproof (C2SP/wycheproof @ dac1dd47, ../shared/vectors/PROVENANCE.md).

const WYCHEPROOF = fileURLToPath(new URL("../../../shared/vectors/C2SP/wycheproof/testvectors_v1/", import.meta.url));
const haveVectors = existsSync(WYCHEPROOF);

interface WycheproofTest {
  tcId: number;
  flags: string[];
  msg: string;
  sig?: string;
  tag?: string;
  key?: string;
  result: "valid" | "invalid" | "acceptable";
}
interface WycheproofGroup {
  publicKeyJwk?: JsonWebKey;
  keyJwk?: JsonWebKey;
  publicKeyDer?: string;
  keySize?: number;
  tagSize?: number;
  tests: WycheproofTest[];
}

function suite(file: string): WycheproofGroup[] {
  return (JSON.parse(readFileSync(WYCHEPROOF + file, "utf8")) as { testGroups: WycheproofGroup[] }).testGroups;
}
function bytes(hex: string): Uint8Array {
  return hexToBytes(hex)!;
}

/** The group's public key: its JWK where the file gives one (nine P1363 groups do not), else its SPKI DER. */
function groupKey(g: WycheproofGroup): KeyObject {
  const jwk = g.publicKeyJwk ?? g.keyJwk;
  return jwk
    ? createPublicKey({ key: jwk, format: "jwk" })
    : createPublicKey({ key: Buffer.from(g.publicKeyDer!, "hex"), format: "der", type: "spki" });
}

/** Runs `check` over every case and returns the ids whose outcome differs from `expected`, plus a tally. */
function run(groups: WycheproofGroup[], check: (g: WycheproofGroup, t: WycheproofTest) => { got: boolean; expected: boolean }) {
  const mismatches: number[] = [];
  const tally = { total: 0, accepted: 0, rejected: 0 };
  for (const g of groups) {
    for (const t of g.tests) {
      const { got, expected } = check(g, t);
      tally.total++;
      tally[got ? "accepted" : "rejected"]++;
      if (got !== expected) mismatches.push(t.tcId);
    }
  }
  return { mismatches, tally };
}

/**
 * Strict DER → raw r‖s for P-256 ECDSA-Sig-Value (X.690 §8.3, §10.1): short-form lengths only, minimal
 * positive INTEGERs, nothing trailing. Returns null for anything BER would allow but DER does not.
 */
function strictDerToRaw(der: Uint8Array): Uint8Array | null {
  if (der.length < 8 || der[0] !== 0x30 || der[1]! >= 0x80 || der[1] !== der.length - 2) return null;
  const out = new Uint8Array(64);
  let at = 2;
  for (const offset of [0, 32]) {
    if (at + 2 > der.length || der[at] !== 0x02) return null;
    const len = der[at + 1]!;
    if (len === 0 || len >= 0x80 || at + 2 + len > der.length) return null;
    const v = der.subarray(at + 2, at + 2 + len);
    if (v[0]! & 0x80) return null; // negative
    if (v[0] === 0 && (len === 1 || !(v[1]! & 0x80))) return null; // non-minimal (zero itself is 0x00, len 1: refused as r,s ≥ 1)
    const mag = v[0] === 0 ? v.subarray(1) : v;
    if (mag.length > 32) return null;
    out.set(mag, offset + 32 - mag.length);
    at += 2 + len;
  }
  return at === der.length ? out : null;
}

const wycheproofTitle = haveVectors
  ? "Wycheproof"
  : `Wycheproof — SKIPPED: ${WYCHEPROOF} is absent (CI fails instead; see ../shared/README.md)`;

if (!haveVectors && process.env["CI"]) {
  describe("Wycheproof", () => {
    it("needs ../shared/vectors in CI", () => {
      expect.fail(`${WYCHEPROOF} is absent; CI must clone shared/ beside the project`);
    });
  });
}

describe.skipIf(!haveVectors)(wycheproofTitle, () => {
  it("ecdsa_secp256r1_sha256_p1363_test.json: valid → true, invalid → false (no acceptable cases)", () => {
    const groups = suite("ecdsa_secp256r1_sha256_p1363_test.json");
    const { mismatches, tally } = run(groups, (g, t) => {
      return { got: verifyBytes("ES256", groupKey(g), bytes(t.msg), bytes(t.sig!)), expected: t.result === "valid" };
    });
    expect(mismatches).toEqual([]);
    expect(tally).toEqual({ total: 262, accepted: 173, rejected: 89 });
  });

  it("ecdsa_secp256r1_sha256_test.json: DER as given → false; strict DER→raw of valid → true; BER never converts", () => {
    const groups = suite("ecdsa_secp256r1_sha256_test.json");
    let converted = 0;
    const asGiven = run(groups, (g, t) => {
      return { got: verifyBytes("ES256", groupKey(g), bytes(t.msg), bytes(t.sig!)), expected: false };
    });
    expect(asGiven.mismatches).toEqual([]);
    expect(asGiven.tally).toEqual({ total: 484, accepted: 0, rejected: 484 });

    const viaRaw = run(groups, (g, t) => {
      const key = groupKey(g);
      const rs = strictDerToRaw(bytes(t.sig!));
      if (t.flags.includes("BerEncodedSignature")) expect(rs, `tc${t.tcId} is BER`).toBeNull();
      if (rs) converted++;
      return { got: rs !== null && verifyBytes("ES256", key, bytes(t.msg), rs), expected: t.result === "valid" };
    });
    expect(viaRaw.mismatches).toEqual([]);
    expect(viaRaw.tally).toEqual({ total: 484, accepted: 174, rejected: 310 });
    expect(converted).toBe(233); // 174 valid + 59 invalid in DER form (36 out of range, 23 wrong values); 251 refused
  });

  it("rsa_signature_2048_sha256_test.json: valid → true; invalid and acceptable (MissingNull) → false", () => {
    const groups = suite("rsa_signature_2048_sha256_test.json");
    const acceptable: number[] = [];
    const { mismatches, tally } = run(groups, (g, t) => {
      if (t.result === "acceptable") acceptable.push(t.tcId);
      return { got: verifyBytes("RS256", groupKey(g), bytes(t.msg), bytes(t.sig!)), expected: t.result === "valid" };
    });
    expect(mismatches).toEqual([]);
    expect(acceptable).toEqual([8]);
    expect(tally).toEqual({ total: 259, accepted: 9, rejected: 250 });
  });

  it("hmac_sha256_test.json: only full 32-byte tags under ≥ 32-byte keys verify; every truncated tag → false", () => {
    const groups = suite("hmac_sha256_test.json");
    let truncatedGenuine = 0;
    const { mismatches, tally } = run(groups, (g, t) => {
      const key = createSecretKey(bytes(t.key!));
      const tag = bytes(t.tag!);
      if (g.tagSize === 128 && t.result === "valid") {
        // A genuine truncated tag, refused for its length alone.
        expect(bytesToHex(createHmac("sha256", key).update(bytes(t.msg)).digest().subarray(0, 16))).toBe(t.tag);
        truncatedGenuine++;
      }
      const expected = t.result === "valid" && g.tagSize === 256 && g.keySize! >= 256;
      return { got: verifyBytes("HS256", key, bytes(t.msg), tag), expected };
    });
    expect(mismatches).toEqual([]);
    expect(truncatedGenuine).toBe(33);
    // 27 + 3 valid full-tag cases with 32- and 65-byte keys; the 3 with 16-byte keys fail RFC 7518 §3.2.
    expect(tally).toEqual({ total: 174, accepted: 30, rejected: 144 });
  });
});
