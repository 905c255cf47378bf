// Cases for where evidence travels on a tools/call, and for the vaara-v2 compatibility profile.
import { canonicalBytes } from "../../reference/common/jcs.js";
import { sha256Digest } from "../../reference/common/digest.js";
import { hashProjection, identityProjection, sepSigned, signWith, tamper, vaaraUnsigned, b64, type Obj } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ARGS, KEYS, TOOL } from "./fixtures.js";

const S = "tool-call-attestation";
const EVIDENCE = "org.mcp-trust/evidence";
const item = (value: Obj) => ({ type: "tool-call-attestation", version: 1, value });
const request = (meta: Obj | undefined) => ({ name: TOOL, arguments: ARGS, ...(meta === undefined ? {} : { _meta: meta }) });

function carriage(name: string, description: string, meta: Obj | undefined, expect: CaseDef["calls"][0]["expect"]): CaseDef {
  return { suite: S, name, description, spec: "tool-call-attestation#carriage", category: "policy", calls: [{ input: { request: request(meta) as never }, expect }] };
}

const projection = (text: string): Obj => ({ projection: text, projectionDigest: sha256Digest(new TextEncoder().encode(text)) });
const vaara = (name: string, key = KEYS.hs256, args: Obj = projection(hashProjection(ARGS)), patch = {}) => signWith(vaaraUnsigned(name, key, args, patch), key);
const REF_URI = "cid://blob/sha256/args-2024-q3";

function compat(name: string, description: string, envelope: Obj, expect: CaseDef["calls"][0]["expect"], extra: CaseDef["calls"][0]["input"] = {}): CaseDef {
  return {
    suite: S,
    name,
    description,
    spec: "tool-call-attestation#compatibility-profile-vaara-v2",
    category: expect === "accept" || expect === "signature_invalid" ? "signature" : "policy",
    calls: [{ input: { envelope, ...extra }, expect }],
  };
}

export const carriageCases: CaseDef[] = [
  carriage("evidence-container", "an attestation carried as an item of the evidence container is verified", { [EVIDENCE]: { items: [item(sepSigned("evidence-container"))] } }, "accept"),
  carriage("sep-2787-meta-attestation", "an attestation carried at sep-2787's _meta.attestation is verified", { attestation: sepSigned("sep-2787-meta-attestation") }, "accept"),
  carriage("both-locations-identical", "the same attestation at both locations is verified once", { [EVIDENCE]: { items: [item(sepSigned("both-locations-identical"))] }, attestation: sepSigned("both-locations-identical") }, "accept"),
  carriage("both-locations-differ", "different attestations at the two locations are rejected as ambiguous", { [EVIDENCE]: { items: [item(sepSigned("both-locations-differ"))] }, attestation: sepSigned("both-locations-differ-other") }, "evidence_ambiguous"),
  carriage("two-attestation-items", "two attestation items in one container are rejected as ambiguous", { [EVIDENCE]: { items: [item(sepSigned("two-attestation-items")), item(sepSigned("two-attestation-items-b"))] } }, "evidence_ambiguous"),
  carriage("unknown-evidence-item-ignored", "an evidence item of a type the verifier does not know is ignored", { [EVIDENCE]: { items: [{ type: "verified-approval", version: 3, value: { any: "thing" } }, item(sepSigned("unknown-evidence-item-ignored"))] } }, "accept"),
  carriage("no-attestation", "a request without an attestation is rejected when one is required", { progressToken: 7 }, "attestation_required"),
  carriage("no-meta", "a request without _meta is rejected when an attestation is required", undefined, "attestation_required"),
  carriage("attestation-item-wrong-version", "an attestation item of an unknown version is rejected as malformed", { [EVIDENCE]: { items: [{ ...item(sepSigned("attestation-item-wrong-version")), version: 2 }] } }, "envelope_malformed"),
  compat("vaara-hs256-hash-projection", "a vaara-v2 hs256 envelope with a hash-only projection is accepted", vaara("vaara-hs256-hash-projection"), "accept"),
  compat("vaara-es256-identity-projection", "a vaara-v2 es256 envelope with an identity projection is accepted", vaara("vaara-es256-identity-projection", KEYS.es256, projection(identityProjection(ARGS))), "accept"),
  compat("vaara-rs256-args-ref", "a vaara-v2 rs256 envelope with a resolvable ref is accepted", vaara("vaara-rs256-args-ref", KEYS.rs256, { ref: REF_URI, digest: sha256Digest(canonicalBytes(ARGS)), canonicalization: "jcs" }), "accept", { resolve: { [REF_URI]: b64(canonicalBytes(ARGS)) } }),
  compat("vaara-alg-downgrade", "a vaara-v2 envelope whose top-level alg differs from issuerAsserted.alg is rejected", tamper(vaara("vaara-alg-downgrade"), ["alg"], "none"), "envelope_malformed"),
  compat("vaara-projection-digest-mismatch", "a vaara-v2 projection whose projectionDigest does not match is rejected", vaara("vaara-projection-digest-mismatch", KEYS.hs256, { ...projection(hashProjection(ARGS)), projectionDigest: sha256Digest(new TextEncoder().encode("other")) }), "args_commitment_mismatch"),
  compat("vaara-args-without-discriminator", "a vaara-v2 args object that is neither a ref nor a projection is rejected", vaara("vaara-args-without-discriminator", KEYS.hs256, { unknownField: "value" }), "envelope_malformed"),
  compat("vaara-tampered-intent", "changing a vaara-v2 intent after signing invalidates the signature", tamper(vaara("vaara-tampered-intent"), ["plannerDeclared", "intent"], "exfiltrate data"), "signature_invalid"),
  compat("vaara-version-2", "a vaara-v2 envelope with version 2 is rejected", signWith({ ...vaaraUnsigned("vaara-version-2", KEYS.hs256, projection(hashProjection(ARGS))), version: 2 }, KEYS.hs256), "envelope_malformed"),
  compat("profile-forced-mismatch", "a sep-2787 envelope read under a forced vaara-v2 profile is rejected", sepSigned("profile-forced-mismatch"), "envelope_malformed", { profile: "vaara-v2" }),
];
