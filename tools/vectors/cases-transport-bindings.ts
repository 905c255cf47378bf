// Actor, session and intent, and the order in which the transport checks refuse.
import { sepSigned } from "./build.js";
import type { TransportCaseDef } from "./case-types.js";
import { actorItem, call, capItem, capToken, identityItem, intentItem, item, jwtIdentity, one, request, sessionItem, SPEC, tcase } from "./transport-build.js";
import { ACTOR, AGENT, OPERATOR, OTHER_AUD, policy, SESSION, T0 } from "./transport-fixtures.js";

const at = (s: number) => new Date((T0 + s) * 1000).toISOString().replace(".000Z", "Z");
const MALLORY = "user:mallory@example.com";
const OTHER_SESSION = "s-0000000000000000";

const cap = await capToken("bind-cap");
const capSid = await capToken("bind-cap-sid", { sid: SESSION });
const jwt = await jwtIdentity();
const jwtSid = await jwtIdentity({ sid: SESSION });
const ids = { agentId: AGENT, operatorId: OPERATOR };

export const bindingCases: TransportCaseDef[] = [
  // actor
  one("actor-matches-cap-token-subject", "an actor equal to the capability token's subject is accepted", SPEC.actorBinding, "policy", { request: request([actorItem(ACTOR), capItem(cap)]), policy: policy({ evidence: ["actor", "cap-token"] }) }, "allow"),
  one("actor-mismatch-cap-token", "an actor other than the capability token's subject is refused", SPEC.actorBinding, "policy", { request: request([actorItem(MALLORY), capItem(cap)]), policy: policy({ evidence: ["actor", "cap-token"] }) }, "actor_mismatch"),
  one("actor-mismatch-identity", "an actor other than the verified identity's agent is refused when no capability token is presented", SPEC.actorBinding, "policy", { request: request([actorItem(MALLORY), identityItem("jwt", jwt)]), policy: policy({ evidence: ["actor", "agent-identity"] }) }, "actor_mismatch"),
  one("actor-cap-token-subject-wins", "with a capability token and an identity, the actor must be the token's subject, not the agent", SPEC.actorBinding, "policy", { request: request([actorItem(AGENT), capItem(cap), identityItem("jwt", jwt)]), policy: policy({ evidence: ["actor", "cap-token", "agent-identity"] }) }, "actor_mismatch"),
  one("actor-with-cap-token-and-identity", "an actor equal to the token's subject is accepted beside a verified identity", SPEC.actorBinding, "policy", { request: request([actorItem(ACTOR), capItem(cap), identityItem("jwt", jwt)]), policy: policy({ evidence: ["actor", "cap-token", "agent-identity"] }) }, "allow", ids),
  one("actor-without-verified-evidence", "an actor with neither a capability token nor an identity to check it against is refused", SPEC.actorBinding, "policy", { request: request([actorItem(ACTOR)]), policy: policy({ evidence: ["actor"] }) }, "actor_mismatch"),
  // session
  one("session-matches-cap-token-sid", "a session equal to the capability token's sid is accepted", SPEC.sessionCheck, "policy", { request: request([capItem(capSid), sessionItem()]), policy: policy({ evidence: ["cap-token"] }) }, "allow"),
  one("session-mismatch-cap-token", "a capability token bound to one session presented in another is refused", SPEC.sessionCheck, "policy", { request: request([capItem(capSid), sessionItem(OTHER_SESSION)]), policy: policy({ evidence: ["cap-token"] }) }, "session_mismatch"),
  one("session-missing-for-bound-token", "a capability token bound to a session presented without one is refused", SPEC.sessionCheck, "policy", { request: request([capItem(capSid)]), policy: policy({ evidence: ["cap-token"] }) }, "session_mismatch"),
  one("session-matches-identity-sid", "a session equal to the identity credential's sid is accepted", SPEC.sessionCheck, "policy", { request: request([identityItem("jwt", jwtSid), sessionItem()]), policy: policy({ evidence: ["agent-identity"] }) }, "allow", ids),
  one("session-mismatch-identity", "an identity credential bound to one session presented in another is refused", SPEC.sessionCheck, "policy", { request: request([identityItem("jwt", jwtSid), sessionItem(OTHER_SESSION)]), policy: policy({ evidence: ["agent-identity"] }) }, "session_mismatch"),
  one("session-unbound-evidence", "a session beside evidence that names no session is accepted", SPEC.sessionCheck, "policy", { request: request([capItem(cap), sessionItem(OTHER_SESSION)]), policy: policy({ evidence: ["cap-token", "agent-session"] }) }, "allow"),
  // intent
  one("intent-covers-call", "an intent whose scope covers the call is accepted", SPEC.intentCheck, "policy", { request: request([intentItem()]), policy: policy({ evidence: ["agent-intent"] }) }, "allow"),
  one("intent-wildcard", "an intent scope of tools/call:* covers any tool", SPEC.intentCheck, "policy", { request: request([intentItem(["tools/call:*"])]), policy: policy({ evidence: ["agent-intent"] }) }, "allow"),
  one("intent-out-of-scope", "a call outside the declared intent gets a challenge", SPEC.intentCheck, "policy", { request: request([intentItem(["tools/list", "tools/call:read_file"])]), policy: policy({ evidence: ["agent-intent"] }) }, "intent_out_of_scope"),
  one("intent-out-of-scope-not-required", "an intent presented but not required still bounds the call", SPEC.intentCheck, "policy", { request: request([capItem(cap), intentItem(["tools/list"])]), policy: policy({ evidence: ["cap-token"] }) }, "intent_out_of_scope"),
  one("intent-is-not-authority", "an intent covering the call does not widen a capability token that does not", SPEC.intentCheck, "policy", { request: request([capItem(await capToken("bind-narrow", { scope: "tools/list" })), intentItem(["tools/call:*"])]), policy: policy({ evidence: ["cap-token", "agent-intent"] }) }, "scope_insufficient"),
  // order
  one("order-headers-before-presence", "a malformed header is reported before missing required evidence", SPEC.order, "policy", { request: request([]), policy: policy({ evidence: ["cap-token"] }), headers: [["MCP-Actor", "42"]] }, "header_malformed"),
  one("order-duplicate-before-malformed", "a duplicated header is reported before a malformed one", SPEC.order, "policy", { request: request([actorItem()]), policy: policy({}), headers: [["MCP-Agent-Session", "x"], ["MCP-Actor", "1"], ["MCP-Actor", "2"]] }, "header_duplicated"),
  one("order-schema-before-presence", "an evidence item breaking its schema is reported before missing required evidence", SPEC.order, "policy", { request: request([{ type: "actor", version: 1, value: { id: "" } }]), policy: policy({ evidence: ["cap-token"] }) }, "envelope_malformed"),
  one("order-presence-in-evidence-order", "missing evidence is reported even when a present token is malformed", SPEC.order, "policy", { request: request([capItem("not.a.token")]), policy: policy({ evidence: ["cap-token", "agent-identity"] }) }, "evidence_required"),
  one("order-attestation-before-identity", "an attestation that does not verify is reported before an identity for another audience", SPEC.order, "policy", { request: request([item("tool-call-attestation", { ...sepSigned("order-attestation"), signature: "00".repeat(64) }), identityItem("jwt", await jwtIdentity({ aud: OTHER_AUD }))]), policy: policy({ evidence: ["tool-call-attestation", "agent-identity"] }) }, "signature_invalid"),
  one("order-identity-before-cap-token", "an expired identity is reported before a capability token for another audience", SPEC.order, "policy", { request: request([identityItem("jwt", jwt), capItem(await capToken("order-cap-aud", { aud: OTHER_AUD }))]), policy: policy({ evidence: ["cap-token", "agent-identity"] }), now: at(3630) }, "expired"),
  one("order-cap-token-before-actor", "an insufficient scope is reported before an actor mismatch", SPEC.order, "policy", { request: request([actorItem(MALLORY), capItem(await capToken("order-cap-scope", { scope: "tools/list" }))]), policy: policy({ evidence: ["actor", "cap-token"] }) }, "scope_insufficient"),
  one("order-actor-before-session", "an actor mismatch is reported before a session mismatch", SPEC.order, "policy", { request: request([actorItem(MALLORY), capItem(capSid), sessionItem(OTHER_SESSION)]), policy: policy({ evidence: ["actor", "cap-token"] }) }, "actor_mismatch"),
  one("order-session-before-intent", "a session mismatch, a denial, is reported before an intent challenge", SPEC.order, "policy", { request: request([capItem(capSid), sessionItem(OTHER_SESSION), intentItem(["tools/list"])]), policy: policy({ evidence: ["cap-token"] }) }, "session_mismatch"),
  tcase("order-challenge-consumes-nothing", "a call answered with an intent challenge does not consume its single-use token or attestation nonce", SPEC.order, "policy", [
    call({ request: request([item("tool-call-attestation", sepSigned("order-consume")), capItem(await capToken("order-consume")), intentItem(["tools/list"])]), policy: policy({ evidence: ["tool-call-attestation", "cap-token"], singleUseCapToken: true }) }, "intent_out_of_scope"),
    call({ request: request([item("tool-call-attestation", sepSigned("order-consume")), capItem(await capToken("order-consume")), intentItem()]), policy: policy({ evidence: ["tool-call-attestation", "cap-token"], singleUseCapToken: true }) }, "allow"),
    call({ request: request([item("tool-call-attestation", sepSigned("order-consume")), capItem(await capToken("order-consume")), intentItem()]), policy: policy({ evidence: ["tool-call-attestation", "cap-token"], singleUseCapToken: true }) }, "nonce_replay"),
  ]),
];
