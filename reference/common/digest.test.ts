import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digestEquals, digestOfJson, DIGEST_PATTERN, isDigest, sha256Digest } from "./digest.js";
import { McpTrustError } from "./errors.js";
import { canonicalBytes } from "./jcs.js";
import type { JsonValue } from "./strict-json.js";

const PRIOR_ART = fileURLToPath(new URL("../../../shared/prior-art/sep-2787-attestation.md", import.meta.url));
const priorArtPresent = existsSync(PRIOR_ART);
if (!priorArtPresent && !process.env["CI"]) {
  console.warn(`digest.test.ts: ${PRIOR_ART} not found; the cross-check against it is skipped outside CI`);
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const EMPTY = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const ABC = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
// SEP-2787 hash-only commitment: sha256(JCS({"path":"/archive/2024-Q3.md"})), independently computed (Python hashlib).
const ARCHIVE_ARGS = "sha256:866290b000d2128e0a3188a7207d447090415dc321bfcc0ceed355bd7fd3e8f8";

describe("sha256Digest and digestOfJson known answers", () => {
  it("hashes the empty input (FIPS 180-4)", () => {
    expect(sha256Digest(new Uint8Array(0))).toBe(EMPTY);
  });

  it('hashes "abc" (FIPS 180-4 example)', () => {
    expect(sha256Digest(utf8("abc"))).toBe(ABC);
  });

  it("hashes a view into a larger buffer by its own bytes only", () => {
    const big = utf8("xxabcxx");
    expect(sha256Digest(big.subarray(2, 5))).toBe(ABC);
  });

  it("gives the SEP-2787 arguments digest for {path: /archive/2024-Q3.md}", () => {
    const args = { path: "/archive/2024-Q3.md" };
    expect(canonicalBytes(args)).toEqual(utf8('{"path":"/archive/2024-Q3.md"}'));
    expect(digestOfJson(args)).toBe(ARCHIVE_ARGS);
    expect(sha256Digest(canonicalBytes(args))).toBe(ARCHIVE_ARGS);
  });

  it.runIf(!priorArtPresent && !!process.env["CI"])("../shared/prior-art is required in CI", () => {
    expect.fail(`${PRIOR_ART} is missing; CI must check out shared/ beside the project`);
  });

  it.skipIf(!priorArtPresent)(`matches the prefix and suffix quoted in ../shared/prior-art/sep-2787-attestation.md${priorArtPresent ? "" : " — SKIPPED: ../shared absent"}`, () => {
    const text = readFileSync(PRIOR_ART, "utf8");
    const quoted = /sha256\(JCS\(\{"path":"\/archive\/2024-Q3\.md"\}\)\)\s*=\s*([0-9a-f]{8})…([0-9a-f]{4})/.exec(text);
    expect(quoted).not.toBeNull();
    const [, prefix, suffix] = quoted!;
    expect(prefix).toBe("866290b0");
    expect(suffix).toBe("e8f8");
    const hex = digestOfJson({ path: "/archive/2024-Q3.md" }).slice("sha256:".length);
    expect(hex.startsWith(prefix!)).toBe(true);
    expect(hex.endsWith(suffix!)).toBe(true);
  });

  it("digests non-ASCII canonical text as UTF-8", () => {
    const v = { "é": "\u{1F600}", a: [1e21, "\u2028"] };
    expect(digestOfJson(v)).toBe(sha256Digest(canonicalBytes(v)));
  });

  it("equals sha256Digest(canonicalBytes(value)) for arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary", maxDepth: 3 }).filter((v) => !hasNegativeZero(v)), (v) => {
        expect(digestOfJson(v as JsonValue)).toBe(sha256Digest(canonicalBytes(v as JsonValue)));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses what canonicalization refuses, with json_invalid", () => {
    for (const bad of [NaN, -0, "\ud800", [undefined], { d: new Date(0) }]) {
      let caught: unknown;
      try {
        digestOfJson(bad as JsonValue);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(McpTrustError);
      expect((caught as McpTrustError).reason).toBe("json_invalid");
    }
  });
});

function hasNegativeZero(v: unknown): boolean {
  if (Object.is(v, -0)) return true;
  if (Array.isArray(v)) return v.some(hasNegativeZero);
  if (v !== null && typeof v === "object") return Object.values(v).some(hasNegativeZero);
  return false;
}

describe("isDigest", () => {
  const hex = "0123456789abcdef".repeat(4);

  it("accepts sha256: and 64 lowercase hex digits", () => {
    for (const d of [EMPTY, ABC, ARCHIVE_ARGS, `sha256:${hex}`, `sha256:${"0".repeat(64)}`]) {
      expect(isDigest(d)).toBe(true);
      expect(DIGEST_PATTERN.test(d)).toBe(true);
    }
  });

  it("is the pattern /^sha256:[0-9a-f]{64}$/", () => {
    expect(DIGEST_PATTERN.source).toBe("^sha256:[0-9a-f]{64}$");
    expect(DIGEST_PATTERN.flags).toBe("");
  });

  const rejected: [string, string][] = [
    ["upper-case hex", ABC.toUpperCase().replace("SHA256:", "sha256:")],
    ["one upper-case digit", `sha256:${hex.slice(0, 63)}F`],
    ["an upper-case algorithm", `SHA256:${hex}`],
    ["63 digits", `sha256:${hex.slice(1)}`],
    ["65 digits", `sha256:${hex}0`],
    ["no digits", "sha256:"],
    ["the sha256$ form", `sha256$${hex}`],
    ["the sha-256 spelling", `sha-256:${hex}`],
    ["SRI base64 (sha256-…)", "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="],
    ["base64 after the colon", "sha256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="],
    ["base64url after the colon", "sha256:ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"],
    ["bare hex", hex],
    ["a trailing newline", `sha256:${hex}\n`],
    ["a leading space", ` sha256:${hex}`],
    ["a trailing space", `sha256:${hex} `],
    ["sha512 (not defined)", `sha512:${hex}${hex}`],
    ["a multihash-style prefix", `sha2-256:${hex}`],
    ["full-width digits", `sha256:${"０".repeat(64)}`],
    ["the empty string", ""],
  ];

  it.each(rejected)("rejects %s", (_, s) => {
    expect(isDigest(s)).toBe(false);
  });

  it("rejects non-strings at run time", () => {
    for (const x of [null, undefined, 42, { toString: () => EMPTY }, [EMPTY]]) expect(isDigest(x as unknown as string)).toBe(false);
  });
});

describe("digestEquals", () => {
  it("is true for the same digest", () => {
    expect(digestEquals(ARCHIVE_ARGS, ARCHIVE_ARGS)).toBe(true);
    expect(digestEquals(ARCHIVE_ARGS, digestOfJson({ path: "/archive/2024-Q3.md" }))).toBe(true);
  });

  it("is false for different digests, whichever digit differs", () => {
    const hex = ARCHIVE_ARGS.slice(7);
    for (const i of [0, 1, 31, 62, 63]) {
      const flipped = hex.slice(0, i) + (hex[i] === "0" ? "1" : "0") + hex.slice(i + 1);
      expect(digestEquals(ARCHIVE_ARGS, `sha256:${flipped}`)).toBe(false);
    }
    expect(digestEquals(EMPTY, ABC)).toBe(false);
  });

  it("is false when either side is malformed, even for identical strings", () => {
    const upper = `sha256:${ARCHIVE_ARGS.slice(7).toUpperCase()}`;
    expect(digestEquals(ARCHIVE_ARGS, upper)).toBe(false);
    expect(digestEquals(upper, upper)).toBe(false);
    expect(digestEquals("sha256:", "sha256:")).toBe(false);
    expect(digestEquals("", "")).toBe(false);
    expect(digestEquals(`${ARCHIVE_ARGS}\n`, ARCHIVE_ARGS)).toBe(false);
    expect(digestEquals(ARCHIVE_ARGS, ARCHIVE_ARGS.slice(0, -1))).toBe(false);
    expect(digestEquals(`sha256$${ARCHIVE_ARGS.slice(7)}`, `sha256$${ARCHIVE_ARGS.slice(7)}`)).toBe(false);
    expect(digestEquals(null as unknown as string, ARCHIVE_ARGS)).toBe(false);
  });

  it("agrees with === on well-formed digests", () => {
    const digest = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `sha256:${Buffer.from(b).toString("hex")}`);
    fc.assert(
      fc.property(digest, digest, fc.boolean(), (a, b, same) => {
        const right = same ? a : b;
        expect(digestEquals(a, right)).toBe(a === right);
      }),
      { numRuns: 500 },
    );
  });
});
