// Reading, limits, keys, clock and schema bounds: the hostile-input corners of the common profile.
import { b64, sepSigned, sepUnsigned, signWith, tamper } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ISS, KEYS, trustStore } from "./fixtures.js";

const S = "tool-call-attestation";
const text = (name: string) => JSON.stringify(sepSigned(name, KEYS.hs256));
type Expect = CaseDef["calls"][0]["expect"];
type Input = CaseDef["calls"][0]["input"];

function one(name: string, description: string, spec: string, category: CaseDef["category"], input: Input, expect: Expect): CaseDef {
  return { suite: S, name, description, spec, category, calls: [{ input, expect }] };
}
const raw = (name: string, description: string, bytes: string | Uint8Array, expect: Expect, spec = "common-profile#strict-json") =>
  one(name, description, spec, "parsing", { envelopeBase64: b64(bytes) }, expect);
const args = (name: string, description: string, argsText: string, expect: Expect, spec = "common-profile#strict-json") =>
  one(name, description, spec, "parsing", { envelope: sepSigned(name), argumentsBase64: b64(argsText) }, expect);
const malformed = (name: string, description: string, envelope: Record<string, unknown>, spec = "tool-call-attestation#envelope") =>
  one(name, description, spec, "parsing", { envelope: envelope as never }, "envelope_malformed");
const signed = (name: string, patch: Parameters<typeof sepUnsigned>[2]) => signWith(sepUnsigned(name, KEYS.es256, patch), KEYS.es256);

const exactly = (name: string, size: number) => {
  const t = text(name);
  return t + " ".repeat(size - Buffer.byteLength(t));
};
/** The text with raw bytes inserted right after the first occurrence of `after`. */
function insertBytes(t: string, after: string, bytes: number[]): Uint8Array {
  const at = t.indexOf(after) + after.length;
  return Buffer.concat([Buffer.from(t.slice(0, at)), Buffer.from(bytes), Buffer.from(t.slice(at))]);
}
const nested = (depth: number) => `{"a":${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
const withJwk = (patch: Record<string, string>) => ({ issuers: { [ISS]: { keys: [{ ...KEYS.es256.publicJwk, ...patch }] } } });

export const hardeningCases: CaseDef[] = [
  raw("json-comment", "a comment in the envelope is rejected", text("json-comment").replace('{"issuerAsserted"', '{/* c */"issuerAsserted"'), "json_invalid"),
  raw("json-trailing-comma", "a trailing comma in an object is rejected", text("json-trailing-comma").replace(/}$/, ",}"), "json_invalid"),
  raw("json-leading-zero", "a number with a leading zero is rejected", text("json-leading-zero").replace('"expSeconds":300', '"expSeconds":0300'), "json_invalid"),
  raw("json-nan", "a bare NaN is rejected", text("json-nan").replace('"expSeconds":300', '"expSeconds":NaN'), "json_invalid"),
  raw("json-overflow-in-envelope", "a number that overflows to infinity inside the envelope is rejected before the schema", text("json-overflow-in-envelope").replace('"expSeconds":300', '"expSeconds":1e400'), "json_invalid"),
  raw("negative-zero-fraction", "negative zero written as -0.0 is rejected", text("negative-zero-fraction").replace('"expSeconds":300', '"expSeconds":-0.0'), "json_invalid"),
  raw("raw-lone-surrogate", "a raw surrogate encoded in utf-8 is not utf-8 and is rejected", insertBytes(text("raw-lone-surrogate"), '"intent":"', [0xed, 0xa0, 0x80]), "json_invalid"),
  raw("lone-surrogate-in-member-name", "an escaped lone surrogate in a member name is rejected", text("lone-surrogate-in-member-name").replace('{"issuerAsserted"', '{"\\udc00":1,"issuerAsserted"'), "json_invalid"),
  raw("exp-seconds-exponent", "an envelope integer written as 3e2 is rejected", text("exp-seconds-exponent").replace('"expSeconds":300', '"expSeconds":3e2'), "envelope_malformed", "common-profile#numbers"),
  args("arguments-proto-nested", "a nested __proto__ member in the arguments is rejected", '{"path":"/archive/2024-Q3.md","recursive":false,"o":{"__proto__":{"admin":true}}}', "json_invalid"),
  args("arguments-byte-order-mark", "arguments starting with a byte order mark are rejected", '\ufeff{"path":"/archive/2024-Q3.md","recursive":false}', "json_invalid"),
  args("arguments-unsafe-integer", "an integer beyond 2^53-1 in the arguments is rejected", '{"path":"/archive/2024-Q3.md","recursive":false,"n":9007199254740993}', "json_invalid"),
  raw("envelope-at-size-limit", "an envelope of exactly 65536 bytes is accepted", exactly("envelope-at-size-limit", 65536), "accept", "common-profile#limits"),
  raw("envelope-one-byte-over", "an envelope of 65537 bytes is rejected as a limit", exactly("envelope-one-byte-over", 65537), "limit_exceeded", "common-profile#limits"),
  raw("deep-invalid-nesting", "60000 opening brackets are rejected at the depth limit without recursion", "[".repeat(60000), "limit_exceeded", "common-profile#limits"),
  raw("oversized-invalid-json", "an oversized input is rejected for its size before it is parsed", "x".repeat(70000), "limit_exceeded", "common-profile#limits"),
  one("arguments-at-depth-limit", "arguments nested exactly 32 levels deep are accepted", "common-profile#limits", "parsing", { envelope: signed("arguments-at-depth-limit", { toolCalls: [{ argsProjection: nested(32).replace(/\s/g, "") }] }), argumentsBase64: b64(nested(32)) }, "accept"),
  one("arguments-past-depth-limit", "arguments nested 33 levels deep are rejected as a limit", "common-profile#limits", "parsing", { envelope: sepSigned("arguments-past-depth-limit"), argumentsBase64: b64(nested(33)) }, "limit_exceeded"),
  malformed("args-ref-digest-base64url", "an argsRef digest in base64url, as the sep-2787 text has it, is rejected", signed("args-ref-digest-base64url", { toolCalls: [{ argsRef: { uri: "https://blobs.example/a", digest: "hmKQsADSEo4KMYinIH1EcJBBXcMhv8wM7tNVvX_T6Pg" } }] }), "common-profile#digests"),
  malformed("server-fingerprint-uppercase", "a server fingerprint in upper-case hex is rejected", signed("server-fingerprint-uppercase", { toolCalls: [{ serverFingerprint: `sha256:${"AB".repeat(32)}` }] }), "common-profile#digests"),
  malformed("iat-fractional-seconds", "an issue time with fractional seconds is rejected", signed("iat-fractional-seconds", { ia: { iat: "2026-06-01T12:00:00.000Z" } }), "common-profile#clock"),
  malformed("iat-lowercase-z", "an issue time with a lower-case z is rejected", signed("iat-lowercase-z", { ia: { iat: "2026-06-01T12:00:00z" } }), "common-profile#clock"),
  one("key-kty-does-not-fit-alg", "an ec key registered for rs256 is never used", "common-profile#keys", "policy", { envelope: sepSigned("key-kty-does-not-fit-alg", KEYS.rs256), keys: withJwk({ alg: "RS256", kid: KEYS.rs256.kid }) as never }, "key_unavailable"),
  one("key-non-canonical-base64url", "a key whose coordinate is padded base64url is never used", "common-profile#keys", "policy", { envelope: sepSigned("key-non-canonical-base64url"), keys: withJwk({ x: `${KEYS.es256.publicJwk["x"]}=` }) as never }, "key_unavailable"),
  one("key-point-not-on-curve", "an ec key whose point is not on p-256 is never used", "common-profile#keys", "policy", { envelope: sepSigned("key-point-not-on-curve"), keys: withJwk({ y: KEYS.es256.publicJwk["x"]! }) as never }, "key_unavailable"),
  one("key-duplicate-kid", "two keys with one kid and alg under one issuer are both dropped", "common-profile#keys", "policy", { envelope: sepSigned("key-duplicate-kid"), keys: { issuers: { [ISS]: { keys: [KEYS.es256.publicJwk, KEYS.es256.publicJwk] } } } as never }, "key_unavailable"),
  one("exp-seconds-maximum", "an expSeconds of 86400 is accepted", "tool-call-attestation#envelope", "policy", { envelope: signed("exp-seconds-maximum", { ia: { expSeconds: 86400 } }), now: "2026-06-02T12:00:00Z" }, "accept"),
  malformed("exp-seconds-zero", "an expSeconds of 0 is rejected", signed("exp-seconds-zero", { ia: { expSeconds: 0 } })),
  malformed("exp-seconds-over-maximum", "an expSeconds of 86401 is rejected", signed("exp-seconds-over-maximum", { ia: { expSeconds: 86401 } })),
  malformed("too-many-tool-calls", "an envelope with 65 tool-call entries is rejected", signed("too-many-tool-calls", { toolCalls: Array.from({ length: 65 }, (_, i) => ({ name: `tool_${i}` })) })),
  malformed("missing-planner-declared", "an envelope without plannerDeclared is rejected", (() => { const e = sepSigned("missing-planner-declared"); delete e["plannerDeclared"]; return e; })()),
  malformed("unknown-member-in-tool-call", "an unknown member inside a tool-call entry is rejected", tamper(sepSigned("unknown-member-in-tool-call"), ["payloadDerived", "toolCalls", 0, "credentialRef"], "c-1"), "tool-call-attestation#unknown-members"),
  one("same-server-two-tools", "two entries for one server with different tool names are accepted and the named one binds", "tool-call-attestation#tool-call-match", "policy", { envelope: signed("same-server-two-tools", { toolCalls: [{ name: "read_file" }, {}] }) }, "accept"),
  one("trust-store-of-other-issuer-only", "keys registered only under another issuer are not found", "common-profile#keys", "policy", { envelope: sepSigned("trust-store-of-other-issuer-only"), keys: { issuers: { "https://other-issuer.example": { keys: [KEYS.es256.publicJwk] } } } as never }, "key_unavailable"),
  one("hs256-store-with-es256-twin", "an hs256 envelope is checked only with the oct key even when an es256 key shares its kid", "common-profile#keys", "signature", { envelope: sepSigned("hs256-store-with-es256-twin", KEYS.hs256), keys: trustStore(KEYS.hs256, { ...KEYS.es256, publicJwk: { ...KEYS.es256.publicJwk, kid: KEYS.hs256.kid } }) as never }, "accept"),
];
