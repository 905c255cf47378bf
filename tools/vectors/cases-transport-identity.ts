// Agent identity: jwt, operator, mtls, oauth, did (did:key Ed25519 and P-256, did:web) with server challenges.
import type { JsonValue } from "../../reference/common/strict-json.js";
import type { TransportCaseDef, TransportInput } from "./case-types.js";
import { forged, signJws } from "./jws.js";
import { call, didProof, identityItem, jwtIdentity, one, operatorCredential, request, SPEC, tcase } from "./transport-build.js";
import {
  AGENT,
  AUD,
  CAP_ISS,
  challengeAt,
  CLIENT_CERT_SHA256,
  DID_WEB,
  DID_WEB_CONTROLLER,
  didKeyKid,
  didKeyOf,
  didKeyOfRaw,
  IDP,
  OPERATOR,
  OTHER_AUD,
  OTHER_CERT_SHA256,
  policy,
  ROGUE_ISS,
  T0,
  TK,
} from "./transport-fixtures.js";

const P = policy({ evidence: ["agent-identity"] });
const at = (s: number) => new Date((T0 + s) * 1000).toISOString().replace(".000Z", "Z");
type Ids = { agentId: string | null; operatorId: string | null };

function id(name: string, description: string, type: string, credential: string, expect: Parameters<typeof one>[5], opts: { spec?: string; category?: TransportCaseDef["category"]; ids?: Ids; extra?: Partial<TransportInput> } = {}): TransportCaseDef {
  return one(name, description, opts.spec ?? SPEC.identityTypes, opts.category ?? "policy", { request: request([identityItem(type, credential)]), policy: P, ...opts.extra }, expect, opts.ids);
}

const jwt = await jwtIdentity();
const operatorCred = await operatorCredential();
const mtlsTok = await jwtIdentity({ cnf: { "x5t#S256": CLIENT_CERT_SHA256 } });
const OAT = "oat_TEST-ONLY_7Qm2xV9pL4cR8sK1";
const introspected = (patch: Record<string, JsonValue> = {}): JsonValue => ({ active: true, sub: AGENT, iss: CAP_ISS, aud: AUD, exp: T0 + 3600, ...patch });

const didEd = didKeyOf(TK.agentEd);
const didEs = didKeyOf(TK.agentEs);
const CH = challengeAt(T0);
const proofEd = (patch: Record<string, JsonValue | undefined> = {}, challenge = CH) => didProof(TK.agentEd, didEd, didKeyKid(didEd), challenge, patch);
const DID_WEB_KID = `${DID_WEB}#key-1`;
const webDoc = (controller: JsonValue = DID_WEB_CONTROLLER): JsonValue => ({
  "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
  id: DID_WEB,
  controller,
  verificationMethod: [{ id: DID_WEB_KID, type: "JsonWebKey2020", controller: DID_WEB, publicKeyJwk: { kty: "OKP", crv: "Ed25519", x: TK.webAgent.publicJwk["x"]! } }],
  authentication: [DID_WEB_KID],
  assertionMethod: [DID_WEB_KID],
});
const webProof = await didProof(TK.webAgent, DID_WEB, DID_WEB_KID, CH);

// The Ed25519 identity point (y = 1): a small-order public key. With it, R = identity and S = 0 "verify" any message.
const smallOrderDid = didKeyOfRaw("EdDSA", new Uint8Array([1, ...new Array<number>(31).fill(0)]));
const smallOrderProof = await (async () => {
  const t = await didProof(TK.agentEd, smallOrderDid, didKeyKid(smallOrderDid), CH);
  const forgedSig = Buffer.concat([Buffer.from([1]), Buffer.alloc(31), Buffer.alloc(32)]).toString("base64url");
  return `${t.slice(0, t.lastIndexOf("."))}.${forgedSig}`;
})();

const withCert = (sha: string) => ({ context: { clientCertificateSha256: sha } });
const intro = (map: Record<string, JsonValue>) => ({ context: { introspection: map } });
const docs = (map: Record<string, JsonValue>) => ({ context: { didDocuments: map } });

export const identityCases: TransportCaseDef[] = [
  // jwt
  id("identity-jwt-valid", "an agent jwt from a trusted issuer names the agent and its operator", "jwt", jwt, "allow", { ids: { agentId: AGENT, operatorId: OPERATOR } }),
  id("identity-jwt-operator-defaults-to-issuer", "an agent jwt without an operator claim names its issuer as operator", "jwt", await jwtIdentity({ operator: undefined }), "allow", { ids: { agentId: AGENT, operatorId: IDP } }),
  id("identity-jwt-wrong-audience", "an agent jwt for another audience is refused", "jwt", await jwtIdentity({ aud: OTHER_AUD }), "audience_mismatch"),
  id("identity-jwt-expired", "an agent jwt past its exp plus the skew is refused", "jwt", jwt, "expired", { extra: { now: at(3630) } }),
  id("identity-jwt-lifetime-exceeded", "an agent jwt valid for more than an hour is refused", "jwt", await jwtIdentity({ exp: T0 + 3601 }), "lifetime_exceeded"),
  id("identity-jwt-unknown-issuer", "an agent jwt from an issuer the policy does not trust is refused", "jwt", await jwtIdentity({ iss: ROGUE_ISS }, TK.rogue), "key_unavailable"),
  id("identity-jwt-forged", "an agent jwt whose signature does not verify is refused", "jwt", forged(jwt), "signature_invalid", { category: "signature" }),
  id("identity-jwt-typ-foreign", "a token whose typ is not mcp-agent+jwt is not an agent jwt", "jwt", await signJws(TK.idp, "mcp-cap+jwt", { iss: IDP, sub: AGENT, aud: AUD, iat: T0, exp: T0 + 3600 }), "token_malformed", { category: "parsing" }),
  id("identity-jwt-missing-exp", "an agent jwt without exp is refused", "jwt", await jwtIdentity({ exp: undefined }), "token_malformed", { category: "parsing" }),
  // operator
  id("identity-operator-valid", "an operator credential names the agent and the operator that issued it", "operator", operatorCred, "allow", { ids: { agentId: AGENT, operatorId: OPERATOR } }),
  id("identity-operator-lifetime-exceeded", "an operator credential valid for more than a day is refused", "operator", await operatorCredential({ exp: T0 + 86401 }), "lifetime_exceeded"),
  id("identity-operator-forged", "an operator credential whose signature does not verify is refused", "operator", forged(operatorCred), "signature_invalid", { category: "signature" }),
  id("identity-operator-unknown", "an operator credential from an operator the policy does not list is refused", "operator", await operatorCredential({ iss: ROGUE_ISS }, TK.rogue), "key_unavailable"),
  id("identity-operator-jwt-typ", "an agent jwt presented as an operator credential is refused", "operator", jwt, "token_malformed", { category: "parsing" }),
  // mtls
  id("identity-mtls-valid", "an agent jwt bound to the tls client certificate is accepted", "mtls", mtlsTok, "allow", { ids: { agentId: AGENT, operatorId: OPERATOR }, extra: withCert(CLIENT_CERT_SHA256) }),
  id("identity-mtls-certificate-mismatch", "an agent jwt bound to another client certificate is refused", "mtls", mtlsTok, "key_binding_mismatch", { extra: withCert(OTHER_CERT_SHA256) }),
  id("identity-mtls-no-certificate", "an mtls identity without a tls client certificate is refused", "mtls", mtlsTok, "key_binding_mismatch"),
  id("identity-mtls-token-unbound", "an mtls identity whose token carries no certificate thumbprint is refused", "mtls", jwt, "key_binding_mismatch", { extra: withCert(CLIENT_CERT_SHA256) }),
  // oauth
  id("identity-oauth-valid", "an active introspected oauth token names its subject and issuer", "oauth", OAT, "allow", { ids: { agentId: AGENT, operatorId: CAP_ISS }, extra: intro({ [OAT]: introspected() }) }),
  id("identity-oauth-audience-array", "an introspected audience array containing this server is accepted", "oauth", OAT, "allow", { ids: { agentId: AGENT, operatorId: CAP_ISS }, extra: intro({ [OAT]: introspected({ aud: [OTHER_AUD, AUD] }) }) }),
  id("identity-oauth-inactive", "an oauth token the introspection endpoint reports inactive is refused", "oauth", OAT, "identity_invalid", { extra: intro({ [OAT]: { active: false } }) }),
  id("identity-oauth-unknown", "an oauth token the introspection endpoint does not know is refused", "oauth", OAT, "identity_invalid", { extra: intro({}) }),
  id("identity-oauth-unavailable", "an oauth token is refused when introspection fails", "oauth", OAT, "resolver_unavailable", { extra: intro({ [OAT]: "unavailable" }) }),
  id("identity-oauth-wrong-audience", "an introspected oauth token for another audience is refused", "oauth", OAT, "audience_mismatch", { extra: intro({ [OAT]: introspected({ aud: OTHER_AUD }) }) }),
  id("identity-oauth-expired", "an introspected oauth token whose exp has passed is refused", "oauth", OAT, "expired", { extra: intro({ [OAT]: introspected({ exp: T0 - 60 }) }) }),
  // did
  id("identity-did-key-ed25519-valid", "a did:key ed25519 proof over this server's challenge names the did as agent and operator", "did", await proofEd(), "allow", { spec: SPEC.did, ids: { agentId: didEd, operatorId: didEd } }),
  id("identity-did-key-p256-valid", "a did:key p-256 proof over this server's challenge is accepted", "did", await didProof(TK.agentEs, didEs, didKeyKid(didEs), CH), "allow", { spec: SPEC.did, ids: { agentId: didEs, operatorId: didEs } }),
  id("identity-did-web-valid", "a did:web proof whose key is in the resolved document names the document's controller as operator", "did", webProof, "allow", { spec: SPEC.did, ids: { agentId: DID_WEB, operatorId: DID_WEB_CONTROLLER }, extra: docs({ [DID_WEB]: webDoc() }) }),
  id("identity-did-web-controller-list", "a did:web document whose controller is not a string names the did itself as operator", "did", webProof, "allow", { spec: SPEC.did, ids: { agentId: DID_WEB, operatorId: DID_WEB }, extra: docs({ [DID_WEB]: webDoc([DID_WEB_CONTROLLER]) }) }),
  id("identity-did-web-unavailable", "a did:web proof is refused when resolution fails", "did", webProof, "resolver_unavailable", { spec: SPEC.did, extra: docs({ [DID_WEB]: "unavailable" }) }),
  id("identity-did-web-unresolvable", "a did:web proof for a did that does not resolve is refused", "did", webProof, "identity_invalid", { spec: SPEC.did, extra: docs({}) }),
  id("identity-did-web-key-not-in-document", "a did:web proof signed with a key its document does not list is refused", "did", await didProof(TK.webAgent, DID_WEB, `${DID_WEB}#key-2`, CH), "identity_invalid", { spec: SPEC.did, extra: docs({ [DID_WEB]: webDoc() }) }),
  id("identity-did-key-small-order", "a did:key naming a small-order ed25519 point is refused even with a signature that verifies for it", "did", smallOrderProof, "identity_invalid", { spec: SPEC.did, category: "signature" }),
  id("identity-did-unsupported-method", "a proof for a did method the verifier does not support is refused", "did", await didProof(TK.agentEd, "did:example:agent", "did:example:agent#key-1", CH), "identity_invalid", { spec: SPEC.did }),
  id("identity-did-forged", "a did proof whose signature does not verify is refused", "did", forged(await proofEd()), "signature_invalid", { spec: SPEC.did, category: "signature" }),
  id("identity-did-lifetime-exceeded", "a did proof valid for more than 300 seconds is refused", "did", await proofEd({ exp: T0 + 301 }), "lifetime_exceeded", { spec: SPEC.did }),
  id("identity-did-wrong-audience", "a did proof for another audience is refused", "did", await proofEd({ aud: OTHER_AUD }), "audience_mismatch", { spec: SPEC.did }),
  id("identity-did-challenge-expired", "a did proof over a challenge older than its lifetime gets a new challenge", "did", await proofEd({}, challengeAt(T0 - 600)), "challenge_required", { spec: SPEC.did }),
  id("identity-did-challenge-bad-mac", "a did proof over a challenge this server did not issue gets a new challenge", "did", await proofEd({}, `${T0}.${"A".repeat(43)}`), "challenge_required", { spec: SPEC.did }),
  id("identity-did-challenge-other-audience", "a did proof over a challenge issued for another audience gets a new challenge", "did", await proofEd({}, challengeAt(T0, OTHER_AUD)), "challenge_required", { spec: SPEC.did }),
  tcase("identity-did-challenge-used-twice", "a challenge serves one call: the same did proof again gets a new challenge", SPEC.did, "policy", [
    call({ request: request([identityItem("did", await proofEd())]), policy: P }, "allow", { agentId: didEd, operatorId: didEd }),
    call({ request: request([identityItem("did", await proofEd())]), policy: P, now: at(40) }, "challenge_required"),
  ]),
  // which types a tool accepts
  id("identity-type-not-accepted", "an identity type outside the tool's identityTypes is refused", "did", await proofEd(), "identity_invalid", { spec: SPEC.identityTypes, extra: { policy: policy({ evidence: ["agent-identity"], identityTypes: ["jwt", "operator"] }) } }),
  id("identity-type-accepted", "an identity type listed in the tool's identityTypes is accepted", "jwt", jwt, "allow", { spec: SPEC.identityTypes, ids: { agentId: AGENT, operatorId: OPERATOR }, extra: { policy: policy({ evidence: ["agent-identity"], identityTypes: ["jwt"] }) } }),
  id("identity-type-not-configured", "an identity type the transport policy does not configure is refused", "oauth", OAT, "identity_invalid", {
    spec: SPEC.identityTypes,
    extra: { ...intro({ [OAT]: introspected() }), policy: (() => {
      const p = policy({ evidence: ["agent-identity"] }) as { transport: { identity: Record<string, unknown> } };
      delete p.transport.identity["oauth"];
      return p;
    })() },
  }),
];
