// Capability tokens: compact JWS reading, keys, time, audience, scope, chains, proof of possession, single use.
import { createHmac } from "node:crypto";
import { sepSigned } from "./build.js";
import type { TransportCaseDef } from "./case-types.js";
import { b64u, forged, signJws, signRawJws, withSegment } from "./jws.js";
import { call, capClaims, capItem, capToken, chain, digestOf, didProof, identityItem, item, one, request, SPEC, tcase } from "./transport-build.js";
import { challengeAt, didKeyKid, didKeyOf, GATEWAY, jkt, OTHER_AUD, policy, ROGUE_ISS, T0, TK } from "./transport-fixtures.js";

const P = policy({ evidence: ["cap-token"] });
const at = (s: number) => new Date((T0 + s) * 1000).toISOString().replace(".000Z", "Z");
/** The section a token case tests, by what it expects unless stated. */
function sectionOf(expect: Parameters<typeof one>[5]): string {
  if (["token_malformed", "algorithm_unsupported", "key_unavailable", "signature_invalid"].includes(expect)) return SPEC.tokenFormat;
  if (["expired", "not_yet_valid", "lifetime_exceeded"].includes(expect)) return SPEC.tokenLifetime;
  if (expect === "issuer_not_permitted") return SPEC.chain;
  return SPEC.audienceScope;
}
const cap = (name: string, tokens: string[], expect: Parameters<typeof one>[5], description: string, spec: string = sectionOf(expect), category: TransportCaseDef["category"] = "policy", extra: { now?: string; policy?: unknown } = {}) =>
  one(name, description, spec, category, { request: request([capItem(...tokens)]), policy: extra.policy ?? P, ...(extra.now === undefined ? {} : { now: extra.now }) }, expect);

const valid = await capToken("cap-valid");
const es = await capToken("cap-es256", {}, TK.capRootEs);
const N = BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");

/** The other valid ES256 signature of a token: s replaced by n − s. */
function highS(token: string): string {
  const sig = Buffer.from(token.slice(token.lastIndexOf(".") + 1), "base64url");
  const s = BigInt(`0x${sig.subarray(32).toString("hex")}`);
  const twin = Buffer.concat([sig.subarray(0, 32), Buffer.from((N - s).toString(16).padStart(64, "0"), "hex")]);
  return withSegment(token, 2, b64u(twin));
}

/** Flips spare low bits of the last base64url character: the same bytes, a second spelling. */
function spareBits(segment: string): string {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const last = A.indexOf(segment[segment.length - 1]!);
  return segment.slice(0, -1) + A[last | 1]!;
}

const header = (h: object) => JSON.stringify(h);
const claims = (name: string, patch = {}) => JSON.stringify(capClaims(name, patch));
const capHeaderJson = (key = TK.capRootEd, extra = {}) => header({ alg: key.alg, typ: "mcp-cap+jwt", kid: key.kid, ...extra });

const hs256 = await (async () => {
  const input = `${b64u(header({ alg: "HS256", typ: "mcp-cap+jwt", kid: TK.capRootEd.kid }))}.${b64u(claims("cap-hs256"))}`;
  return `${input}.${b64u(createHmac("sha256", Buffer.from(TK.capRootEd.publicJwk["x"]!, "base64url")).update(input).digest())}`;
})();
const algNone = `${b64u(header({ alg: "none", typ: "mcp-cap+jwt", kid: TK.capRootEd.kid }))}.${b64u(claims("cap-alg-none"))}.${valid.split(".")[2]}`;

const sigSeg = valid.split(".")[2]!;
const single = policy({ evidence: ["cap-token"], singleUseCapToken: true });
const attestItem = (name: string) => item("tool-call-attestation", sepSigned(name));
const popPolicy = policy({ evidence: ["tool-call-attestation", "cap-token"] });

const [chainRoot, chainChild] = await chain("chain-valid");

export const capCases: TransportCaseDef[] = [
  cap("cap-token-eddsa-valid", [valid], "allow", "an eddsa capability token for this audience covering the call is accepted"),
  cap("cap-token-es256-valid", [es], "allow", "an es256 capability token for this audience covering the call is accepted"),
  cap("cap-token-scope-wildcard", [await capToken("cap-wildcard", { scope: "tools/call:*" })], "allow", "a scope of tools/call:* covers a call of any tool"),
  cap("cap-token-scope-insufficient", [await capToken("cap-scope-insufficient", { scope: "tools/call:read_file tools/list" })], "scope_insufficient", "a capability token whose scope does not cover this tool is refused"),
  cap("cap-token-scope-method-only", [await capToken("cap-scope-method-only", { scope: "tools/list" })], "scope_insufficient", "a scope naming only tools/list does not cover a tools/call"),
  cap("cap-token-scope-bare-tools-call", [await capToken("cap-scope-bare", { scope: "tools/call" })], "token_malformed", "a scope entry of bare tools/call is not a scope entry", undefined, "parsing"),
  cap("cap-token-forged-signature", [forged(valid)], "signature_invalid", "a capability token whose signature does not verify is refused", undefined, "signature"),
  cap("cap-token-signed-by-other-key", [await capToken("cap-other-key", {}, { ...TK.rogue, kid: TK.capRootEd.kid })], "signature_invalid", "a capability token signed by a key other than the one its kid names is refused", undefined, "signature"),
  cap("cap-token-unknown-kid", [await capToken("cap-unknown-kid", {}, { ...TK.capRootEd, kid: "cap-root-ed-9" })], "key_unavailable", "a capability token whose kid the issuer's key set does not hold is refused"),
  cap("cap-token-issuer-not-permitted", [await capToken("cap-rogue", { iss: ROGUE_ISS }, TK.rogue)], "issuer_not_permitted", "a capability token from an issuer the policy does not list is refused"),
  cap("cap-token-expired", [valid], "expired", "a capability token is expired once now minus the skew reaches exp", undefined, "policy", { now: at(330) }),
  cap("cap-token-last-valid-second", [valid], "allow", "a capability token is still valid one second before now minus the skew reaches exp", SPEC.tokenLifetime, "policy", { now: at(329) }),
  cap("cap-token-not-yet-valid", [await capToken("cap-future", { iat: T0 + 61, exp: T0 + 361 })], "not_yet_valid", "a capability token issued later than now plus the skew is refused"),
  cap("cap-token-issued-within-skew", [await capToken("cap-within-skew", { iat: T0 + 60, exp: T0 + 360 })], "allow", "a capability token issued exactly at now plus the skew is accepted", SPEC.tokenLifetime),
  cap("cap-token-nbf-future", [await capToken("cap-nbf", { nbf: T0 + 91 })], "not_yet_valid", "a capability token whose nbf lies beyond now plus the skew is refused"),
  cap("cap-token-lifetime-exceeded", [await capToken("cap-lifetime", { exp: T0 + 301 })], "lifetime_exceeded", "a capability token valid for more than 300 seconds is refused"),
  cap("cap-token-wrong-audience", [await capToken("cap-audience", { aud: OTHER_AUD })], "audience_mismatch", "a capability token for another audience is refused"),
  cap("cap-token-missing-exp", [await capToken("cap-no-exp", { exp: undefined })], "token_malformed", "a capability token without exp is refused", undefined, "parsing"),
  cap("cap-token-unknown-claim", [await capToken("cap-unknown-claim", { role: "admin" })], "token_malformed", "a capability token with a claim outside the closed set is refused", undefined, "parsing"),
  cap("cap-token-jti-too-short", [await capToken("cap-short-jti", { jti: "abc" })], "token_malformed", "a capability token whose jti is shorter than 16 characters is refused", undefined, "parsing"),
  cap("cap-token-typ-foreign", [await signJws(TK.capRootEd, "JWT", capClaims("cap-typ"))], "token_malformed", "a token whose typ is not mcp-cap+jwt is not a capability token", undefined, "parsing"),
  cap("cap-token-header-jwk", [await signRawJws(TK.capRootEd, capHeaderJson(TK.capRootEd, { jwk: { kty: "OKP", crv: "Ed25519", x: TK.rogue.publicJwk["x"] } }), claims("cap-jwk"))], "token_malformed", "a capability token whose header carries its own key is refused", undefined, "parsing"),
  cap("cap-token-header-crit", [await signRawJws(TK.capRootEd, capHeaderJson(TK.capRootEd, { crit: ["exp"] }), claims("cap-crit"))], "token_malformed", "a capability token with a crit header parameter is refused", undefined, "parsing"),
  cap("cap-token-claims-duplicate-member", [await signRawJws(TK.capRootEd, capHeaderJson(), claims("cap-dup").replace(`"sub":`, `"sub":"user:mallory@example.com","sub":`))], "token_malformed", "a capability token whose claims repeat a member is refused", undefined, "parsing"),
  cap("cap-token-alg-none", [algNone], "algorithm_unsupported", "a capability token with alg none is refused", undefined, "signature"),
  cap("cap-token-alg-hs256", [hs256], "algorithm_unsupported", "a capability token with a shared-secret alg is refused", undefined, "signature"),
  cap("cap-token-alg-not-configured", [valid], "algorithm_unsupported", "an eddsa capability token is refused when the policy allows only es256", undefined, "signature", { policy: policy({ evidence: ["cap-token"] }, { tokenAlgorithms: ["ES256"] }) }),
  cap("cap-token-base64url-padding", [withSegment(valid, 2, `${sigSeg}==`)], "token_malformed", "a capability token segment with base64 padding is refused", undefined, "parsing"),
  cap("cap-token-base64url-whitespace", [withSegment(valid, 2, `${sigSeg.slice(0, 40)} ${sigSeg.slice(40)}`)], "token_malformed", "a capability token segment with white space inside is refused", undefined, "parsing"),
  cap("cap-token-base64url-spare-bits", [withSegment(valid, 2, spareBits(sigSeg))], "token_malformed", "a capability token segment with non-zero spare trailing bits is refused", undefined, "parsing"),
  cap("cap-token-base64-alphabet", [withSegment(valid, 2, sigSeg.replace(/-/g, "+").replace(/_/g, "/").concat(sigSeg.includes("-") || sigSeg.includes("_") ? "" : "+"))], "token_malformed", "a capability token segment in the standard base64 alphabet is refused", undefined, "parsing"),
  cap("cap-token-two-segments", [valid.slice(0, valid.lastIndexOf("."))], "token_malformed", "a capability token of two segments is refused", undefined, "parsing"),
  // Chains
  cap("chain-valid", [chainRoot, chainChild], "allow", "a root token forwarded once by its audience, narrower and shorter-lived, is accepted", SPEC.chain),
  cap("chain-three-tokens-valid", await (async () => {
    const [root, mid] = await chain("chain-three", {}, () => ({ aud: GATEWAY, exp: T0 + 280 }));
    const leaf = await signJws(TK.gateway, "mcp-cap+jwt", capClaims("chain-three/leaf", { iss: GATEWAY, iat: T0 + 10, exp: T0 + 200, parent: digestOf(mid) }));
    return [root, mid, leaf];
  })(), "allow", "a chain of three tokens, each issued by its parent's audience, is accepted", SPEC.chain),
  cap("chain-too-long", await (async () => {
    const [root, mid] = await chain("chain-too-long", {}, () => ({ aud: GATEWAY, exp: T0 + 280 }));
    const leaf = await signJws(TK.gateway, "mcp-cap+jwt", capClaims("chain-too-long/leaf", { iss: GATEWAY, iat: T0 + 10, exp: T0 + 200, parent: digestOf(mid) }));
    return [root, mid, leaf];
  })(), "chain_invalid", "a chain longer than the policy's maximum chain length is refused", SPEC.chain, "policy", { policy: policy({ evidence: ["cap-token"] }, { maxChainLength: 2 }) }),
  cap("chain-scope-escalation", await chain("chain-escalation", { scope: "tools/list tools/call:read_file" }), "scope_escalation", "a forwarded token claiming a scope its parent does not grant is refused", SPEC.chain),
  cap("chain-outlives-parent", await chain("chain-outlives", { exp: T0 + 200 }), "chain_invalid", "a forwarded token that expires after its parent is refused", SPEC.chain),
  cap("chain-broken-parent-digest", await chain("chain-digest", {}, () => ({ parent: digestOf(valid) })), "chain_invalid", "a forwarded token whose parent digest names another token is refused", SPEC.chain),
  cap("chain-child-without-parent", await chain("chain-no-parent", {}, () => ({ parent: undefined })), "chain_invalid", "a forwarded token that does not name its parent is refused", SPEC.chain),
  cap("chain-root-with-parent", [await capToken("chain-root-parent", { parent: digestOf(valid) })], "chain_invalid", "a root token that names a parent is refused", SPEC.chain),
  cap("chain-subject-changed", await chain("chain-subject", {}, () => ({ sub: "user:mallory@example.com" })), "chain_invalid", "a forwarded token for another subject than its parent is refused", SPEC.chain),
  cap("chain-issuer-not-parent-audience", await chain("chain-issuer", { aud: "https://other-gateway.example" }), "chain_invalid", "a forwarded token not issued by its parent's audience is refused", SPEC.chain),
  cap("chain-child-forged", [chainRoot, forged(chainChild)], "signature_invalid", "every token of a chain is verified, not only the root", SPEC.chain, "signature"),
  cap("chain-leaf-wrong-audience", await chain("chain-leaf-audience", {}, () => ({ aud: OTHER_AUD })), "audience_mismatch", "the leaf of a chain must be addressed to this server", SPEC.chain),
  cap("chain-root-issuer-not-permitted", await (async () => {
    const root = await capToken("chain-rogue-root", { iss: ROGUE_ISS, aud: GATEWAY, scope: "tools/call:*" }, TK.rogue);
    const child = await signJws(TK.gateway, "mcp-cap+jwt", capClaims("chain-rogue-root/child", { iss: GATEWAY, iat: T0 + 5, exp: T0 + 240, parent: digestOf(root) }));
    return [root, child];
  })(), "issuer_not_permitted", "a chain whose root issuer the policy does not list is refused even when a listed server forwarded it", SPEC.chain),
  // Single use
  tcase("cap-token-single-use-replayed", "a single-use capability token is accepted once and then refused as a replay", SPEC.replay, "policy", [
    call({ request: request([capItem(await capToken("cap-single"))]), policy: single }, "allow"),
    call({ request: request([capItem(await capToken("cap-single"))]), policy: single, now: at(60) }, "nonce_replay"),
  ]),
  tcase("cap-token-reusable-by-default", "a capability token serves several calls unless the tool policy makes it single-use", SPEC.replay, "policy", [
    call({ request: request([capItem(valid)]), policy: P }, "allow"),
    call({ request: request([capItem(valid)]), policy: P, now: at(60) }, "allow"),
  ]),
  tcase("cap-token-single-use-high-s-twin", "the other valid es256 signature of a single-use token is the same token: its jti is consumed", SPEC.replay, "signature", [
    call({ request: request([capItem(es)]), policy: single }, "allow"),
    call({ request: request([capItem(highS(es))]), policy: single }, "nonce_replay"),
  ]),
  tcase("cap-token-refused-call-keeps-jti", "a call refused for its scope does not consume the single-use token, which then serves one call", SPEC.replay, "policy", [
    call({ request: request([capItem(await capToken("cap-keeps-jti"))], "read_file"), policy: single }, "scope_insufficient"),
    call({ request: request([capItem(await capToken("cap-keeps-jti"))]), policy: single }, "allow"),
    call({ request: request([capItem(await capToken("cap-keeps-jti"))]), policy: single }, "nonce_replay"),
  ]),
  one("cap-token-replay-store-unavailable", "a single-use token is refused when the replay store cannot be used", SPEC.replay, "policy", { request: request([capItem(await capToken("cap-store-down"))]), policy: single, replayStoreUnavailable: true }, "replay_store_unavailable"),
  // Proof of possession
  one("pop-attestation-key-match", "a token bound by cnf to the key that verified the call's attestation is accepted", SPEC.pop, "policy", { request: request([attestItem("pop-match"), capItem(await capToken("pop-match", { cnf: { jkt: await jkt(TK.attestation) } }))]), policy: popPolicy }, "allow"),
  one("pop-attestation-key-mismatch", "a token bound by cnf to another key than the one that verified the attestation is refused", SPEC.pop, "policy", { request: request([attestItem("pop-mismatch"), capItem(await capToken("pop-mismatch", { cnf: { jkt: await jkt(TK.attestationOther) } }))]), policy: popPolicy }, "key_binding_mismatch"),
  one("pop-no-proof", "a token bound by cnf is refused when the call proves possession of no key", SPEC.pop, "policy", { request: request([capItem(await capToken("pop-none", { cnf: { jkt: await jkt(TK.attestation) } }))]), policy: P }, "key_binding_mismatch"),
  one("pop-required-without-cnf", "a policy requiring proof of possession refuses a token without cnf", SPEC.pop, "policy", { request: request([attestItem("pop-required"), capItem(await capToken("pop-required"))]), policy: policy({ evidence: ["tool-call-attestation", "cap-token"], requireProofOfPossession: true }) }, "key_binding_mismatch"),
  one("pop-did-key-match", "a token bound by cnf to the key of the verified did identity is accepted", SPEC.pop, "policy", await (async () => {
    const did = didKeyOf(TK.agentEd);
    const proof = await didProof(TK.agentEd, did, didKeyKid(did), challengeAt(T0));
    return { request: request([identityItem("did", proof), capItem(await capToken("pop-did", { cnf: { jkt: await jkt(TK.agentEd) } }))]), policy: policy({ evidence: ["agent-identity", "cap-token"] }) };
  })(), "allow"),
  one("pop-attestation-refused-first", "an attestation that does not verify is refused before the token it would bind", SPEC.order, "policy", { request: request([item("tool-call-attestation", { ...sepSigned("pop-refused"), signature: "00".repeat(64) }), capItem(await capToken("pop-refused", { cnf: { jkt: await jkt(TK.attestation) } }))]), policy: popPolicy }, "signature_invalid"),
];

