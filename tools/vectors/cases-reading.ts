// Cases about reading bytes and the envelope schema: they fail before any key is looked up.
import { b64, sepSigned, sepUnsigned, signWith, tamper } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { KEYS, OTHER_SERVER } from "./fixtures.js";

const S = "tool-call-attestation";
const text = (name: string) => JSON.stringify(sepSigned(name));

function parsing(name: string, description: string, bytes: string | Uint8Array, expect: CaseDef["calls"][0]["expect"], spec = "common-profile#strict-json"): CaseDef {
  return { suite: S, name, description, spec, category: "parsing", calls: [{ input: { envelopeBase64: b64(bytes) }, expect }] };
}

function malformed(name: string, description: string, envelope: Record<string, unknown>, spec = "tool-call-attestation#envelope"): CaseDef {
  return { suite: S, name, description, spec, category: "parsing", calls: [{ input: { envelope: envelope as never }, expect: "envelope_malformed" }] };
}

const signedRaw = (name: string, patch: Parameters<typeof sepUnsigned>[2]) => signWith(sepUnsigned(name, KEYS.es256, patch), KEYS.es256);

export const readingCases: CaseDef[] = [
  parsing("duplicate-member", "an envelope with a duplicated member name is rejected as invalid json", text("duplicate-member").replace('"sub":', '"sub":"agent:intruder","sub":'), "json_invalid"),
  parsing("duplicate-member-escaped", "a duplicate member spelled with a unicode escape is still a duplicate", text("duplicate-member-escaped").replace('"sub":', '"s\\u0075b":"agent:intruder","sub":'), "json_invalid"),
  parsing("proto-member", "a member named __proto__ is rejected as invalid json", text("proto-member").replace('{"issuerAsserted"', '{"__proto__":{},"issuerAsserted"'), "json_invalid"),
  parsing("byte-order-mark", "an envelope starting with a utf-8 byte order mark is rejected", `\ufeff${text("byte-order-mark")}`, "json_invalid"),
  parsing("lone-surrogate", "an escaped lone surrogate in a string is rejected", text("lone-surrogate").replace('"intent":"', '"intent":"\\ud800 '), "json_invalid"),
  parsing("invalid-utf8", "bytes that are not utf-8 are rejected", Buffer.concat([Buffer.from(text("invalid-utf8").slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(text("invalid-utf8").slice(40))]), "json_invalid"),
  parsing("unsafe-integer", "an integer beyond 2^53-1 is rejected before any other check", text("unsafe-integer").replace('"expSeconds":300', '"expSeconds":9007199254740993'), "json_invalid"),
  parsing("negative-zero", "a negative zero anywhere in the envelope is rejected", text("negative-zero").replace('"expSeconds":300', '"expSeconds":-0'), "json_invalid"),
  parsing("trailing-garbage", "bytes after the json value are rejected", `${text("trailing-garbage")} x`, "json_invalid"),
  parsing("nesting-too-deep", "nesting deeper than 32 levels is rejected as a limit before the schema is applied", text("nesting-too-deep").replace('{"issuerAsserted"', `{"x":${"[".repeat(40)}${"]".repeat(40)},"issuerAsserted"`), "limit_exceeded", "common-profile#limits"),
  parsing("oversized-envelope", "an envelope larger than 65536 bytes is rejected as a limit", text("oversized-envelope").replace('{"issuerAsserted"', `{"pad":"${"a".repeat(66000)}","issuerAsserted"`), "limit_exceeded", "common-profile#limits"),
  parsing("exp-seconds-decimal-point", "an envelope integer written as 300.0 is rejected even though its value is whole", text("exp-seconds-decimal-point").replace('"expSeconds":300', '"expSeconds":300.0'), "envelope_malformed", "common-profile#numbers"),
  {
    suite: S,
    name: "arguments-duplicate-member",
    description: "tool arguments with a duplicated member name are rejected as invalid json",
    spec: "common-profile#strict-json",
    category: "parsing",
    calls: [{ input: { envelope: sepSigned("arguments-duplicate-member"), argumentsBase64: b64('{"path":"/archive/2024-Q3.md","path":"/etc/passwd","recursive":false}') }, expect: "json_invalid" }],
  },
  {
    suite: S,
    name: "arguments-non-finite-number",
    description: "tool arguments holding a number that overflows to infinity are rejected",
    spec: "common-profile#strict-json",
    category: "parsing",
    calls: [{ input: { envelope: sepSigned("arguments-non-finite-number"), argumentsBase64: b64('{"path":"/archive/2024-Q3.md","recursive":false,"n":1e400}') }, expect: "json_invalid" }],
  },
  malformed("exp-seconds-fraction", "a fractional expSeconds is rejected", tamper(sepSigned("exp-seconds-fraction"), ["issuerAsserted", "expSeconds"], 1.5), "common-profile#numbers"),
  malformed("missing-nonce", "an envelope without a nonce is rejected", (() => { const e = sepSigned("missing-nonce"); delete (e["issuerAsserted"] as Record<string, unknown>)["nonce"]; return e; })()),
  malformed("unknown-top-level-member", "an unknown member is rejected even when it is signed", signWith({ ...sepUnsigned("unknown-top-level-member", KEYS.es256), ack: { required: false } }, KEYS.es256), "tool-call-attestation#unknown-members"),
  malformed("unknown-nested-member", "an unknown member inside issuerAsserted is rejected", signedRaw("unknown-nested-member", { ia: { keyUri: "https://issuer.example/jwks" } }), "tool-call-attestation#unknown-members"),
  malformed("signature-uppercase-hex", "a signature in upper-case hex is not canonical and is rejected", (() => { const e = sepSigned("signature-uppercase-hex"); return { ...e, signature: String(e["signature"]).toUpperCase() }; })()),
  malformed("iat-with-offset", "an issue time with a numeric offset instead of z is rejected", signedRaw("iat-with-offset", { ia: { iat: "2026-06-01T12:00:00+00:00" } }), "common-profile#clock"),
  malformed("iat-nonexistent-date", "an issue time on a date that does not exist is rejected", signedRaw("iat-nonexistent-date", { ia: { iat: "2026-02-30T12:00:00Z" } }), "common-profile#clock"),
  malformed("iat-epoch-number", "an issue time given as epoch seconds is rejected", signedRaw("iat-epoch-number", { ia: { iat: 1780315200 } }), "common-profile#clock"),
  malformed("server-fingerprint-dollar-form", "a server fingerprint in the sha256$ form is rejected", signedRaw("server-fingerprint-dollar-form", { toolCalls: [{ serverFingerprint: "sha256$" + "1".repeat(64) }] }), "tool-call-attestation#server-fingerprint"),
  malformed("no-args-commitment", "a tool call carrying neither argsRef nor argsProjection is rejected", tamper(sepSigned("no-args-commitment"), ["payloadDerived", "toolCalls", 0], { name: "delete_file", serverFingerprint: OTHER_SERVER }), "tool-call-attestation#arguments-commitment"),
  malformed("duplicate-tool-call-entries", "two entries for the same server and tool are rejected as ambiguous", signedRaw("duplicate-tool-call-entries", { toolCalls: [{}, {}] }), "tool-call-attestation#tool-call-match"),
  malformed("blank-intent", "an intent made only of white space is rejected", signedRaw("blank-intent", { pd: { intent: "   " } })),
  malformed("nonce-too-short", "a nonce shorter than 16 bytes of base64url is rejected", signedRaw("nonce-too-short", { ia: { nonce: "c2hvcnQ" } })),
  {
    suite: S,
    name: "projection-not-canonical",
    description: "a projection that is not in rfc 8785 form is rejected as malformed, not compared",
    spec: "tool-call-attestation#arguments-commitment",
    category: "parsing",
    calls: [{ input: { envelope: signedRaw("projection-not-canonical", { toolCalls: [{ argsProjection: '{"recursive": false, "path": "/archive/2024-Q3.md"}' }] }) }, expect: "envelope_malformed" }],
  },
];
