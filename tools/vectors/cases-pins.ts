// Cases pinned after the second implementation's findings: request shape, carriage order, number corners, keys.
import { argsRef, hashProjection, identityProjection } from "../../reference/attestation/sign.js";
import { sha256Digest } from "../../reference/common/digest.js";
import { canonicalBytes } from "../../reference/common/jcs.js";
import { b64, sepSigned, signWith, vaaraUnsigned, type Obj } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ARGS, ISS, KEYS, TOOL } from "./fixtures.js";

const S = "tool-call-attestation";
const EVIDENCE = "org.mcp-trust/evidence";
type Expect = CaseDef["calls"][0]["expect"];
type Input = CaseDef["calls"][0]["input"];
const item = (value: Obj) => ({ type: "tool-call-attestation", version: 1, value });

function one(name: string, description: string, spec: string, category: CaseDef["category"], input: Input, expect: Expect, argsCommitment?: "identity"): CaseDef {
  return { suite: S, name, description, spec, category, calls: [{ input, expect, ...(argsCommitment ? { argsCommitment } : {}) }] };
}
const request = (name: string, description: string, params: unknown, expect: Expect, spec = "tool-call-attestation#carriage") =>
  one(name, description, spec, "policy", { request: params as never }, expect);
// Written by the client as 1e20; RFC 8785 writes it 100000000000000000000, an integer literal past 2^53.
const BIG_TEXT = '{"path":"/archive/2024-Q3.md","recursive":false,"n":1e20}';
const BIG = JSON.parse(BIG_TEXT) as Obj;
const QUERY_URI = "https://blobs.example/args?id=2024-q3&v=1";
const projection = (text: string): Obj => ({ projection: text, projectionDigest: sha256Digest(new TextEncoder().encode(text)) });

export const pinCases: CaseDef[] = [
  one("identity-projection-large-number", "an identity projection holding 1e20, which the strict reader would refuse in a document, is compared as text and accepted", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("identity-projection-large-number", KEYS.es256, { toolCalls: [{ argsProjection: identityProjection(BIG) }] }), argumentsBase64: b64(BIG_TEXT) }, "accept", "identity"),
  one("arguments-not-object", "arguments that are a json array are rejected as a malformed request", "tool-call-attestation#verification-order", "parsing", { envelope: sepSigned("arguments-not-object"), argumentsBase64: b64("[]") }, "request_malformed"),
  one("arguments-underflow", "an argument that underflows to zero is rejected", "common-profile#strict-json", "parsing", { envelope: sepSigned("arguments-underflow"), argumentsBase64: b64('{"path":"/archive/2024-Q3.md","recursive":false,"x":1e-400}') }, "json_invalid"),
  one("arguments-read-before-envelope", "invalid arguments are reported before an oversized envelope", "tool-call-attestation#verification-order", "parsing", { envelopeBase64: b64("x".repeat(70000)), argumentsBase64: b64("{") }, "json_invalid"),
  request("request-arguments-not-object", "a request whose arguments are an array is malformed", { name: TOOL, arguments: [], _meta: { attestation: sepSigned("request-arguments-not-object") } }, "request_malformed", "tool-call-attestation#verification-order"),
  request("request-without-name", "a request without a name is malformed even before its evidence is looked at", { arguments: ARGS }, "request_malformed", "tool-call-attestation#verification-order"),
  request("request-meta-not-object", "a request whose _meta is an array is malformed", { name: TOOL, arguments: ARGS, _meta: [] }, "request_malformed", "tool-call-attestation#verification-order"),
  request("empty-evidence-container", "an evidence container with no items is malformed", { name: TOOL, arguments: ARGS, _meta: { [EVIDENCE]: { items: [] } } }, "envelope_malformed", "common-profile#evidence-container"),
  request("container-structure-before-ambiguity", "a malformed container is reported before its disagreement with _meta.attestation", { name: TOOL, arguments: ARGS, _meta: { [EVIDENCE]: { items: [{ type: "tool-call-attestation", version: 1 }] }, attestation: sepSigned("container-structure-before-ambiguity") } }, "envelope_malformed", "common-profile#evidence-container"),
  request("meta-attestation-null", "a _meta.attestation member that is null counts as present and is malformed", { name: TOOL, arguments: ARGS, _meta: { attestation: null } }, "envelope_malformed"),
  request("two-identical-attestation-items", "two identical attestation items in one container are ambiguous", { name: TOOL, arguments: ARGS, _meta: { [EVIDENCE]: { items: [item(sepSigned("two-identical-attestation-items")), item(sepSigned("two-identical-attestation-items"))] } } }, "evidence_ambiguous"),
  request("duplicate-unknown-items-ignored", "two items of one unknown type are ignored", { name: TOOL, arguments: ARGS, _meta: { [EVIDENCE]: { items: [{ type: "verified-approval", version: 1, value: {} }, { type: "verified-approval", version: 1, value: {} }, item(sepSigned("duplicate-unknown-items-ignored"))] } } }, "accept", "common-profile#evidence-container"),
  request("fraction-elsewhere-in-meta", "a fractional number elsewhere in _meta is not evidence and is ignored", { name: TOOL, arguments: ARGS, _meta: { "com.example/progress": 0.5, attestation: sepSigned("fraction-elsewhere-in-meta") } }, "accept", "common-profile#numbers"),
  request("fraction-in-unknown-item", "a fractional number inside an unknown evidence item is not read", { name: TOOL, arguments: ARGS, _meta: { [EVIDENCE]: { items: [{ type: "verified-approval", version: 1, value: { score: 0.5 } }, item(sepSigned("fraction-in-unknown-item"))] } } }, "accept", "common-profile#numbers"),
  request("fraction-in-carried-attestation", "a fractional number inside a carried attestation is rejected", { name: TOOL, arguments: ARGS, _meta: { attestation: { ...sepSigned("fraction-in-carried-attestation"), issuerAsserted: { ...(sepSigned("fraction-in-carried-attestation")["issuerAsserted"] as Obj), expSeconds: 1.5 } } } }, "envelope_malformed", "common-profile#numbers"),
  request("vaara-shape-in-evidence-container", "a vaara-v2 shaped attestation inside the evidence container is malformed: the item type names the sep-2787 shape", { name: TOOL, arguments: ARGS, _meta: { [EVIDENCE]: { items: [item(signWith(vaaraUnsigned("vaara-shape-in-evidence-container", KEYS.hs256, projection(identityProjection(ARGS))), KEYS.hs256))] } } }, "envelope_malformed"),
  request("vaara-shape-at-sep-2787-location", "a vaara-v2 shaped attestation at _meta.attestation is read by its shape", { name: TOOL, arguments: ARGS, _meta: { attestation: signWith(vaaraUnsigned("vaara-shape-at-sep-2787-location", KEYS.hs256, projection(identityProjection(ARGS))), KEYS.hs256) } }, "accept"),
  request("carried-attestation-oversized", "an attestation carried in a request whose canonical form exceeds 65536 bytes is rejected as a limit", { name: TOOL, arguments: ARGS, _meta: { attestation: { ...sepSigned("carried-attestation-oversized"), pad: "a".repeat(66000) } } }, "limit_exceeded", "common-profile#limits"),
  one("vaara-projection-digest-before-form", "a vaara-v2 projectionDigest mismatch is reported before the projection's form", "tool-call-attestation#compatibility-profile-vaara-v2", "policy", { envelope: signWith(vaaraUnsigned("vaara-projection-digest-before-form", KEYS.hs256, { projection: '{ "path": 1 }', projectionDigest: sha256Digest(new TextEncoder().encode("other")) }), KEYS.hs256) }, "args_commitment_mismatch"),
  one("vaara-identity-projection-hs256", "a vaara-v2 identity projection through the common path is accepted", "tool-call-attestation#compatibility-profile-vaara-v2", "signature", { envelope: signWith(vaaraUnsigned("vaara-identity-projection-hs256", KEYS.hs256, projection(identityProjection(ARGS))), KEYS.hs256) }, "accept"),
  one("args-ref-uri-with-equals", "an argsRef uri containing = is resolved by its full uri", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("args-ref-uri-with-equals", KEYS.es256, { toolCalls: [{ argsRef: argsRef(QUERY_URI, ARGS) }] }), resolve: { [QUERY_URI]: b64(canonicalBytes(ARGS)) } }, "accept"),
  one("key-ec-coordinate-33-bytes", "an ec key whose x has a leading zero octet is never used", "common-profile#keys", "policy", { envelope: sepSigned("key-ec-coordinate-33-bytes"), keys: { issuers: { [ISS]: { keys: [{ ...KEYS.es256.publicJwk, x: Buffer.concat([Buffer.from([0]), Buffer.from(KEYS.es256.publicJwk["x"]!, "base64url")]).toString("base64url") }] } } } as never }, "key_unavailable"),
  one("key-rsa-exponent-one", "an rsa key with public exponent 1 is never used", "common-profile#keys", "policy", { envelope: sepSigned("key-rsa-exponent-one", KEYS.rs256), keys: { issuers: { [ISS]: { keys: [{ ...KEYS.rs256.publicJwk, e: "AQ" }] } } } as never }, "key_unavailable"),
  one("hash-projection-of-large-number", "a hash-only projection commits to arguments holding 1e20 through their canonical text", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("hash-projection-of-large-number", KEYS.es256, { toolCalls: [{ argsProjection: hashProjection(BIG) }] }), argumentsBase64: b64(BIG_TEXT) }, "accept"),
];

