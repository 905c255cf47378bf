import { argsRef } from "../../reference/attestation/sign.js";
import { canonicalBytes } from "../../reference/common/jcs.js";
import { b64, hashProjection, identityProjection, sepSigned } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ARGS, KEYS, OTHER_SERVER } from "./fixtures.js";

const S = "tool-call-attestation";
const REF_URI = "https://blobs.example/args/2024-q3";
const UNICODE_ARGS = { "path": "/archiv/Überblick €.md", "note": "naïve 😀", "ratio": 0.1, "big": 1e21, "list": [3, 1.5e-7, -2] };

export const positiveCases: CaseDef[] = [
  ...(["es256", "rs256", "hs256"] as const).map((k): CaseDef => ({
    suite: S,
    name: `${k}-identity-projection`,
    description: `a ${k.toUpperCase()} envelope whose projection is the canonical arguments is accepted`,
    spec: "tool-call-attestation#signing-input",
    category: "signature",
    calls: [{ input: { envelope: sepSigned(`${k}-identity-projection`, KEYS[k]) }, expect: "accept", argsCommitment: "identity" }],
  })),
  {
    suite: S,
    name: "es256-hash-projection",
    description: "a hash-only projection equal to the digest of the canonical arguments is accepted",
    spec: "tool-call-attestation#arguments-commitment",
    category: "signature",
    calls: [
      {
        input: { envelope: sepSigned("es256-hash-projection", KEYS.es256, { toolCalls: [{ argsProjection: hashProjection(ARGS) }] }) },
        expect: "accept",
        argsCommitment: "hash",
      },
    ],
  },
  {
    suite: S,
    name: "es256-args-ref",
    description: "an argsRef whose resolved content is the canonical arguments and matches its digest is accepted",
    spec: "tool-call-attestation#arguments-commitment",
    category: "policy",
    calls: [
      {
        input: {
          envelope: sepSigned("es256-args-ref", KEYS.es256, { toolCalls: [{ argsRef: argsRef(REF_URI, ARGS) }] }),
          resolve: { [REF_URI]: b64(canonicalBytes(ARGS)) },
        },
        expect: "accept",
        argsCommitment: "reference",
      },
    ],
  },
  {
    suite: S,
    name: "es256-args-ref-and-identity",
    description: "an entry carrying both an argsRef and an identity projection is accepted when both hold",
    spec: "tool-call-attestation#arguments-commitment",
    category: "policy",
    calls: [
      {
        input: {
          envelope: sepSigned("es256-args-ref-and-identity", KEYS.es256, {
            toolCalls: [{ argsRef: argsRef(REF_URI, ARGS), argsProjection: identityProjection(ARGS) }],
          }),
          resolve: { [REF_URI]: b64(canonicalBytes(ARGS)) },
        },
        expect: "accept",
        argsCommitment: "identity",
      },
    ],
  },
  {
    suite: S,
    name: "es256-optional-planner-fields",
    description: "requestedCapability and plannerRef are signed and accepted without interpretation",
    spec: "tool-call-attestation#envelope",
    category: "signature",
    calls: [
      {
        input: {
          envelope: sepSigned("es256-optional-planner-fields", KEYS.es256, {
            pd: { requestedCapability: "filesystem.delete", plannerRef: "turn:7f3a/call:2" },
          }),
        },
        expect: "accept",
      },
    ],
  },
  {
    suite: S,
    name: "es256-multi-server",
    description: "an envelope naming two servers is accepted by the server whose fingerprint one entry names",
    spec: "tool-call-attestation#tool-call-match",
    category: "policy",
    calls: [
      {
        input: {
          envelope: sepSigned("es256-multi-server", KEYS.es256, {
            toolCalls: [{ name: "send_mail", serverFingerprint: OTHER_SERVER }, {}],
          }),
        },
        expect: "accept",
      },
    ],
  },
  {
    suite: S,
    name: "es256-unicode-and-float-arguments",
    description: "arguments with non-ascii text and fractional numbers are committed to through their rfc 8785 form",
    spec: "common-profile#canonicalization",
    category: "signature",
    calls: [
      {
        input: {
          envelope: sepSigned("es256-unicode-and-float-arguments", KEYS.es256, { toolCalls: [{ argsProjection: identityProjection(UNICODE_ARGS) }] }),
          arguments: UNICODE_ARGS,
        },
        expect: "accept",
        argsCommitment: "identity",
      },
    ],
  },
  {
    suite: S,
    name: "es256-skew-early-edge",
    description: "a verifier whose clock is exactly 30 seconds behind the issue time accepts",
    spec: "tool-call-attestation#lifetime",
    category: "policy",
    calls: [{ input: { envelope: sepSigned("es256-skew-early-edge"), now: "2026-06-01T11:59:30Z" }, expect: "accept" }],
  },
  {
    suite: S,
    name: "es256-skew-late-edge",
    description: "an envelope is still accepted exactly at issue time plus lifetime plus 30 seconds of skew",
    spec: "tool-call-attestation#lifetime",
    category: "policy",
    calls: [{ input: { envelope: sepSigned("es256-skew-late-edge"), now: "2026-06-01T12:05:30Z" }, expect: "accept" }],
  },
  {
    suite: S,
    name: "redacted-projection-allowed",
    description: "a redacted projection is accepted only by a verifier configured to allow redacted projections",
    spec: "tool-call-attestation#arguments-commitment",
    category: "policy",
    calls: [
      {
        input: {
          envelope: sepSigned("redacted-projection-allowed", KEYS.es256, {
            toolCalls: [{ argsProjection: identityProjection({ path: "<redacted>", recursive: false }) }],
          }),
          allowRedactedProjection: true,
        },
        expect: "accept",
        argsCommitment: "redacted",
      },
    ],
  },
];
