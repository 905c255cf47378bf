// Cases for the checks after reading: algorithm, key, signature, lifetime, tool call, arguments, nonce.
import { createHmac, createPublicKey } from "node:crypto";
import { argsRef, hashProjection, identityProjection } from "../../reference/attestation/sign.js";
import { signingInput } from "../../reference/attestation/signing-input.js";
import { bytesToHex, hexToBytes } from "../../reference/common/hex.js";
import { canonicalBytes } from "../../reference/common/jcs.js";
import { sha256Digest } from "../../reference/common/digest.js";
import { b64, sepSigned, sepUnsigned, signWith, tamper, type Obj } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ARGS, ISS, KEYS, OTHER_SERVER, trustStore } from "./fixtures.js";

const S = "tool-call-attestation";
const P256_N = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
const REF_URI = "https://blobs.example/args/2024-q3";

function one(name: string, description: string, spec: string, category: CaseDef["category"], input: CaseDef["calls"][0]["input"], expect: CaseDef["calls"][0]["expect"]): CaseDef {
  return { suite: S, name, description, spec, category, calls: [{ input, expect }] };
}

function withSignature(e: Obj, hex: string): Obj {
  return { ...e, signature: hex };
}

/** DER form of a raw r‖s ECDSA signature (what JOSE forbids and SEP-2787 says MUST NOT be used). */
function toDer(raw: Uint8Array): string {
  const int = (b: Uint8Array) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    let v = b.subarray(i);
    if (v[0]! & 0x80) v = Uint8Array.from([0, ...v]);
    return Uint8Array.from([0x02, v.length, ...v]);
  };
  const body = Uint8Array.from([...int(raw.subarray(0, 32)), ...int(raw.subarray(32))]);
  return bytesToHex(Uint8Array.from([0x30, body.length, ...body]));
}

const es = sepSigned("es256-signature-encodings");
const esSig = String(es["signature"]);

// SEP-2787's example code signs the object with "signature":"" present; the SEP text (and we) exclude the member.
const soupUnsigned = sepUnsigned("signed-with-empty-signature-member", KEYS.hs256);
const soupSig = createHmac("sha256", KEYS.hs256.signingKey).update(canonicalBytes({ ...soupUnsigned, signature: "" })).digest("hex");

// Algorithm confusion: an HS256 MAC keyed with the bytes of the issuer's ES256 public key, under the ES256 kid.
const confusedUnsigned = sepUnsigned("hs256-keyed-with-es256-public-key", KEYS.hs256, { ia: { secretVersion: KEYS.es256.kid } });
const spki = createPublicKey(KEYS.es256.signingKey).export({ format: "der", type: "spki" });
const confusedSig = createHmac("sha256", spki).update(signingInput(confusedUnsigned)).digest("hex");

export const checkCases: CaseDef[] = [
  one("alg-none", "alg none is not on any allow-list and is rejected", "tool-call-attestation#algorithms", "signature", { envelope: tamper(sepSigned("alg-none", KEYS.hs256), ["issuerAsserted", "alg"], "none") }, "algorithm_unsupported"),
  one("alg-hs512", "an algorithm outside hs256, es256 and rs256 is rejected", "tool-call-attestation#algorithms", "policy", { envelope: tamper(sepSigned("alg-hs512", KEYS.hs256), ["issuerAsserted", "alg"], "HS512") }, "algorithm_unsupported"),
  one("alg-not-configured", "an es256 envelope is rejected by a verifier configured for rs256 only", "tool-call-attestation#algorithms", "policy", { envelope: sepSigned("alg-not-configured"), algorithms: ["RS256"] }, "algorithm_unsupported"),
  one("unknown-secret-version", "a key version the trust store does not hold is rejected", "common-profile#keys", "policy", { envelope: tamper(sepSigned("unknown-secret-version"), ["issuerAsserted", "secretVersion"], "es-2025-01") }, "key_unavailable"),
  one("unknown-issuer", "an issuer the trust store does not hold is rejected even if a key with that kid exists elsewhere", "common-profile#keys", "policy", { envelope: sepSigned("unknown-issuer", KEYS.es256, { ia: { iss: "https://other-issuer.example" } }) }, "key_unavailable"),
  one("hs256-keyed-with-es256-public-key", "an hs256 mac keyed with the issuer's es256 public key bytes finds no hs256 key and is rejected", "common-profile#keys", "signature", { envelope: withSignature(confusedUnsigned, confusedSig) }, "key_unavailable"),
  one("hs256-envelope-es256-only-store", "an hs256 envelope against a trust store holding only an es256 key under that kid is rejected", "common-profile#keys", "policy", { envelope: sepSigned("hs256-envelope-es256-only-store", KEYS.hs256), keys: trustStore({ ...KEYS.es256, kid: KEYS.hs256.kid, publicJwk: { ...KEYS.es256.publicJwk, kid: KEYS.hs256.kid } }) as never }, "key_unavailable"),
  one("rsa-1024-key", "a 1024-bit rsa key in the trust store is never used", "common-profile#keys", "policy", { envelope: sepSigned("rsa-1024-key", KEYS.rs256Weak), keys: trustStore(KEYS.rs256Weak) as never }, "key_unavailable"),
  one("hmac-16-byte-secret", "an hmac secret shorter than 32 bytes is never used", "common-profile#keys", "policy", { envelope: sepSigned("hmac-16-byte-secret", KEYS.hs256Short), keys: trustStore(KEYS.hs256Short) as never }, "key_unavailable"),
  one("tampered-intent", "changing the intent after signing invalidates the signature", "tool-call-attestation#signing-input", "signature", { envelope: tamper(sepSigned("tampered-intent"), ["plannerDeclared", "intent"], "exfiltrate the archive") }, "signature_invalid"),
  one("tampered-subject", "changing the subject after signing invalidates the signature", "tool-call-attestation#signing-input", "signature", { envelope: tamper(sepSigned("tampered-subject", KEYS.rs256), ["issuerAsserted", "sub"], "agent:intruder") }, "signature_invalid"),
  one("tampered-hs256-expiry", "extending the lifetime of an hs256 envelope invalidates the signature", "tool-call-attestation#signing-input", "signature", { envelope: tamper(sepSigned("tampered-hs256-expiry", KEYS.hs256), ["issuerAsserted", "expSeconds"], 3600) }, "signature_invalid"),
  one("signed-by-other-key", "an es256 signature by a key other than the trusted one is rejected", "tool-call-attestation#signing-input", "signature", { envelope: sepSigned("signed-by-other-key", KEYS.es256Other) }, "signature_invalid"),
  one("signed-with-empty-signature-member", "a signature computed with an empty signature member inside the signed object is rejected", "tool-call-attestation#signing-input", "signature", { envelope: withSignature(soupUnsigned, soupSig) }, "signature_invalid"),
  one("es256-der-signature", "an es256 signature in der form is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, toDer(hexToBytes(esSig)!)) }, "signature_invalid"),
  one("es256-r-zero", "an es256 signature with r equal to zero is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, "00".repeat(32) + esSig.slice(64)) }, "signature_invalid"),
  one("es256-s-equals-n", "an es256 signature with s equal to the group order is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, esSig.slice(0, 64) + P256_N) }, "signature_invalid"),
  one("es256-truncated-signature", "an es256 signature one byte short is rejected", "tool-call-attestation#algorithms", "signature", { envelope: withSignature(es, esSig.slice(0, 126)) }, "signature_invalid"),
  one("expired", "an envelope one second past its lifetime plus skew is rejected", "tool-call-attestation#lifetime", "policy", { envelope: sepSigned("expired"), now: "2026-06-01T12:05:31Z" }, "expired"),
  one("issued-in-future", "an envelope issued more than 30 seconds after the verifier's now is rejected", "tool-call-attestation#lifetime", "policy", { envelope: sepSigned("issued-in-future"), now: "2026-06-01T11:59:29Z" }, "not_yet_valid"),
  one("server-mismatch", "an envelope for another server is rejected", "tool-call-attestation#tool-call-match", "policy", { envelope: sepSigned("server-mismatch", KEYS.es256, { toolCalls: [{ serverFingerprint: OTHER_SERVER }] }) }, "server_mismatch"),
  one("tool-mismatch", "an envelope for another tool on this server is rejected", "tool-call-attestation#tool-call-match", "policy", { envelope: sepSigned("tool-mismatch"), tool: "read_file" }, "tool_mismatch"),
  one("arguments-changed", "arguments that differ from the identity projection are rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("arguments-changed"), arguments: { path: "/etc/passwd", recursive: false } }, "args_commitment_mismatch"),
  one("arguments-extra-member", "arguments with one member more than committed are rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("arguments-extra-member"), arguments: { path: "/archive/2024-Q3.md", recursive: true, force: true } }, "args_commitment_mismatch"),
  one("hash-projection-mismatch", "arguments whose digest differs from a hash-only projection are rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("hash-projection-mismatch", KEYS.es256, { toolCalls: [{ argsProjection: hashProjection(ARGS) }] }), arguments: { path: "/keep/forever.md", recursive: false } }, "args_commitment_mismatch"),
  one("redacted-projection-refused", "a redacted projection is refused by a verifier with the default policy", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("redacted-projection-refused", KEYS.es256, { toolCalls: [{ argsProjection: identityProjection({ path: "<redacted>", recursive: false }) }] }) }, "args_commitment_mismatch"),
  one("args-ref-unresolvable", "an argsRef the verifier cannot resolve is rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("args-ref-unresolvable", KEYS.es256, { toolCalls: [{ argsRef: argsRef(REF_URI, ARGS) }] }) }, "args_commitment_mismatch"),
  one("args-ref-digest-mismatch", "resolved content whose digest differs from argsRef.digest is rejected", "tool-call-attestation#arguments-commitment", "policy", { envelope: sepSigned("args-ref-digest-mismatch", KEYS.es256, { toolCalls: [{ argsRef: argsRef(REF_URI, ARGS) }] }), resolve: { [REF_URI]: b64(canonicalBytes({ path: "/etc/passwd", recursive: false })) } }, "args_commitment_mismatch"),
  one("args-ref-not-canonical", "resolved content that matches its digest but is not the canonical arguments is rejected", "tool-call-attestation#arguments-commitment", "policy", (() => {
    const content = '{ "path": "/archive/2024-Q3.md", "recursive": false }';
    const ref = { uri: REF_URI, digest: sha256Digest(new TextEncoder().encode(content)) };
    return { envelope: sepSigned("args-ref-not-canonical", KEYS.es256, { toolCalls: [{ argsRef: ref }] }), resolve: { [REF_URI]: b64(content) } };
  })(), "args_commitment_mismatch"),
  {
    suite: S,
    name: "nonce-replay",
    description: "the same envelope presented twice is accepted once and then rejected as a replay",
    spec: "tool-call-attestation#nonce-consumption",
    category: "policy",
    calls: [
      { input: { envelope: sepSigned("nonce-replay") }, expect: "accept" },
      { input: { envelope: sepSigned("nonce-replay"), now: "2026-06-01T12:01:00Z" }, expect: "nonce_replay" },
    ],
  },
  {
    suite: S,
    name: "rejected-call-keeps-nonce",
    description: "a call rejected for the wrong tool does not consume the nonce, so the right call is then accepted once",
    spec: "tool-call-attestation#nonce-consumption",
    category: "policy",
    calls: [
      { input: { envelope: sepSigned("rejected-call-keeps-nonce"), tool: "read_file" }, expect: "tool_mismatch" },
      { input: { envelope: sepSigned("rejected-call-keeps-nonce") }, expect: "accept" },
      { input: { envelope: sepSigned("rejected-call-keeps-nonce") }, expect: "nonce_replay" },
    ],
  },
  {
    suite: S,
    name: "nonce-scoped-to-issuer",
    description: "the same nonce from two issuers is two nonces",
    spec: "tool-call-attestation#nonce-consumption",
    category: "policy",
    calls: [
      { input: { envelope: sepSigned("nonce-scoped-to-issuer") }, expect: "accept" },
      {
        input: {
          envelope: sepSigned("nonce-scoped-to-issuer", KEYS.es256, { ia: { iss: "https://second-issuer.example" } }),
          keys: { issuers: { [ISS]: { keys: [KEYS.es256.publicJwk] }, "https://second-issuer.example": { keys: [KEYS.es256.publicJwk] } } } as never,
        },
        expect: "accept",
      },
    ],
  },
];
