// Signature encodings, commitments that must all hold, the order of checks, and carriage corners.
import { argsRef, hashProjection, identityProjection } from "../../reference/attestation/sign.js";
import { canonicalBytes } from "../../reference/common/jcs.js";
import { b64, sepSigned, sepUnsigned, signWith, tamper, type Obj } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ARGS, KEYS, OTHER_SERVER, TOOL } from "./fixtures.js";

const S = "tool-call-attestation";
const N = BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
const REF_URI = "https://blobs.example/args/2024-q3";
const RESOLVED = { [REF_URI]: b64(canonicalBytes(ARGS)) };
type Input = CaseDef["calls"][0]["input"];

function one(name: string, description: string, spec: string, category: CaseDef["category"], input: Input, expect: CaseDef["calls"][0]["expect"]): CaseDef {
  return { suite: S, name, description, spec, category, calls: [{ input, expect }] };
}
const withSignature = (e: Obj, hex: string): Obj => ({ ...e, signature: hex });
const hex32 = (n: bigint) => n.toString(16).padStart(64, "0");
const signed = (name: string, patch: Parameters<typeof sepUnsigned>[2], key = KEYS.es256) => signWith(sepUnsigned(name, key, patch), key);

const es = sepSigned("es256-malleability");
const esSig = String(es["signature"]);
const r = BigInt(`0x${esSig.slice(0, 64)}`);
const s = BigInt(`0x${esSig.slice(64)}`);
const twin = withSignature(es, hex32(r) + hex32(N - s));

const hs = sepSigned("hs256-wrong-length", KEYS.hs256);
const rs = sepSigned("rs256-wrong-length", KEYS.rs256);
const ER = "org.mcp-trust/evidence";
const item = (value: Obj) => ({ type: "tool-call-attestation", version: 1, value });
const reversed = (o: Obj): Obj => Object.fromEntries(Object.entries(o).reverse().map(([k, v]) => [k, v !== null && typeof v === "object" && !Array.isArray(v) ? reversed(v as Obj) : v]));

export const orderCases: CaseDef[] = [
  {
    suite: S,
    name: "es256-high-s-twin-replay",
    description: "the other valid es256 signature of an accepted envelope, with s replaced by n minus s, is a replay",
    spec: "tool-call-attestation#algorithms",
    category: "signature",
    calls: [
      { input: { envelope: es }, expect: "accept" },
      { input: { envelope: twin }, expect: "nonce_replay" },
    ],
  },
  one("es256-s-zero", "an es256 signature with s equal to zero is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, esSig.slice(0, 64) + "00".repeat(32)) }, "signature_invalid"),
  one("es256-r-equals-n", "an es256 signature with r equal to the group order is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, hex32(N) + esSig.slice(64)) }, "signature_invalid"),
  one("es256-r-above-n", "an es256 signature with r above the group order is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, hex32(N + 1n) + esSig.slice(64)) }, "signature_invalid"),
  one("hs256-truncated-mac", "an hs256 mac of 31 bytes is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(hs, String(hs["signature"]).slice(0, 62)) }, "signature_invalid"),
  one("hs256-truncated-to-16-bytes", "an hs256 mac truncated to 16 bytes is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(hs, String(hs["signature"]).slice(0, 32)) }, "signature_invalid"),
  one("rs256-short-signature", "an rs256 signature one byte shorter than the modulus is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(rs, String(rs["signature"]).slice(2)) }, "signature_invalid"),
  one("signed-without-optional-member", "a signature made before an optional member was added does not verify", "common-profile#canonicalization", "signature", { envelope: { ...sepSigned("signed-without-optional-member"), plannerDeclared: { intent: (sepUnsigned("x", KEYS.es256).plannerDeclared as Obj)["intent"]!, plannerRef: "turn:1" } } }, "signature_invalid"),
  one("signed-with-optional-member-dropped", "a signature made over an optional member that was then dropped does not verify", "common-profile#canonicalization", "signature", { envelope: tamper(signed("signed-with-optional-member-dropped", { pd: { requestedCapability: "filesystem.delete" } }), ["plannerDeclared"], { intent: (sepUnsigned("x", KEYS.es256).plannerDeclared as Obj)["intent"]! }) }, "signature_invalid"),
  one("args-ref-ok-hash-projection-wrong", "an entry whose argsRef holds but whose hash-only projection does not is rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: signed("args-ref-ok-hash-projection-wrong", { toolCalls: [{ argsRef: argsRef(REF_URI, ARGS), argsProjection: hashProjection({ path: "/other" }) }] }), resolve: RESOLVED }, "args_commitment_mismatch"),
  one("args-ref-wrong-identity-projection-ok", "an entry whose identity projection holds but whose argsRef does not is rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: signed("args-ref-wrong-identity-projection-ok", { toolCalls: [{ argsRef: argsRef(REF_URI, { path: "/other" }), argsProjection: identityProjection(ARGS) }] }), resolve: RESOLVED }, "args_commitment_mismatch"),
  one("redacted-projection-backed-by-args-ref", "a redacted projection backed by a holding argsRef is accepted without any allowance", "tool-call-attestation#arguments-commitment", "policy", { envelope: signed("redacted-projection-backed-by-args-ref", { toolCalls: [{ argsRef: argsRef(REF_URI, ARGS), argsProjection: identityProjection({ path: "<redacted>" }) }] }), resolve: RESOLVED }, "accept"),
  one("projection-not-json", "a projection that is not json is rejected as malformed", "tool-call-attestation#arguments-commitment", "parsing", { envelope: signed("projection-not-json", { toolCalls: [{ argsProjection: "path=/archive/2024-Q3.md" }] }) }, "envelope_malformed"),
  one("projection-duplicate-member", "a projection with a duplicated member is rejected as malformed", "tool-call-attestation#arguments-commitment", "parsing", { envelope: signed("projection-duplicate-member", { toolCalls: [{ argsProjection: '{"path":"/a","path":"/b"}' }] }) }, "envelope_malformed"),
  {
    suite: S,
    name: "tampered-copy-keeps-nonce",
    description: "a tampered copy rejected for its signature does not consume the nonce of the genuine envelope",
    spec: "tool-call-attestation#nonce-consumption",
    category: "policy",
    calls: [
      { input: { envelope: tamper(sepSigned("tampered-copy-keeps-nonce"), ["plannerDeclared", "intent"], "something else") }, expect: "signature_invalid" },
      { input: { envelope: sepSigned("tampered-copy-keeps-nonce") }, expect: "accept" },
    ],
  },
  {
    suite: S,
    name: "replay-at-last-valid-second",
    description: "a replay at the last second of the window is still caught",
    spec: "tool-call-attestation#nonce-consumption",
    category: "policy",
    calls: [
      { input: { envelope: sepSigned("replay-at-last-valid-second") }, expect: "accept" },
      { input: { envelope: sepSigned("replay-at-last-valid-second"), now: "2026-06-01T12:05:30Z" }, expect: "nonce_replay" },
    ],
  },
  one("order-key-before-signature", "an unknown key version is reported before a bad signature", "tool-call-attestation#verification-order", "policy", { envelope: tamper(tamper(sepSigned("order-key-before-signature"), ["issuerAsserted", "secretVersion"], "es-1999"), ["plannerDeclared", "intent"], "x y") }, "key_unavailable"),
  one("order-signature-before-lifetime", "a bad signature is reported before expiry", "tool-call-attestation#verification-order", "policy", { envelope: tamper(sepSigned("order-signature-before-lifetime"), ["plannerDeclared", "intent"], "x y"), now: "2026-06-02T00:00:00Z" }, "signature_invalid"),
  one("order-lifetime-before-match", "expiry is reported before a tool mismatch", "tool-call-attestation#verification-order", "policy", { envelope: sepSigned("order-lifetime-before-match"), now: "2026-06-02T00:00:00Z", tool: "read_file" }, "expired"),
  one("order-match-before-arguments", "a tool mismatch is reported before an arguments mismatch", "tool-call-attestation#verification-order", "policy", { envelope: sepSigned("order-match-before-arguments"), tool: "read_file", arguments: { path: "/etc/passwd" } }, "tool_mismatch"),
  one("order-server-before-tool", "a server mismatch is reported before a tool mismatch", "tool-call-attestation#verification-order", "policy", { envelope: sepSigned("order-server-before-tool", KEYS.es256, { toolCalls: [{ serverFingerprint: OTHER_SERVER }] }), tool: "read_file" }, "server_mismatch"),
  one("order-algorithm-before-key", "an unsupported algorithm is reported before an unknown key", "tool-call-attestation#verification-order", "policy", { envelope: tamper(tamper(sepSigned("order-algorithm-before-key"), ["issuerAsserted", "alg"], "ES512"), ["issuerAsserted", "secretVersion"], "es-1999") }, "algorithm_unsupported"),
  {
    suite: S,
    name: "tampered-sep-2787-location-only",
    description: "a tampered attestation found only at _meta.attestation is verified and rejected, not ignored",
    spec: "tool-call-attestation#carriage",
    category: "policy",
    calls: [{ input: { request: { name: TOOL, arguments: ARGS, _meta: { attestation: tamper(sepSigned("tampered-sep-2787-location-only"), ["issuerAsserted", "sub"], "agent:intruder") } } as never }, expect: "signature_invalid" }],
  },
  {
    suite: S,
    name: "both-locations-reordered",
    description: "the same attestation at both locations with members in another order is the same object",
    spec: "tool-call-attestation#carriage",
    category: "policy",
    calls: [{ input: { request: { name: TOOL, arguments: ARGS, _meta: { [ER]: { items: [item(sepSigned("both-locations-reordered"))] }, attestation: reversed(sepSigned("both-locations-reordered")) } } as never }, expect: "accept" }],
  },
  {
    suite: S,
    name: "only-unknown-evidence-items",
    description: "a container holding only item types the verifier does not know carries no attestation",
    spec: "common-profile#evidence-container",
    category: "policy",
    calls: [{ input: { request: { name: TOOL, arguments: ARGS, _meta: { [ER]: { items: [{ type: "verified-approval", version: 1, value: {} }] } } } as never }, expect: "attestation_required" }],
  },
];
