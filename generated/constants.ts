// DO NOT EDIT: this file is generated.
// Source: schemas/reason.schema.json, schemas/error.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

/** The closed registry of `error.data.reason` strings, in registry order. */
export const REASONS = [
  "json_invalid",
  "limit_exceeded",
  "request_malformed",
  "envelope_malformed",
  "evidence_ambiguous",
  "attestation_required",
  "algorithm_unsupported",
  "key_unavailable",
  "signature_invalid",
  "not_yet_valid",
  "expired",
  "nonce_replay",
  "server_mismatch",
  "tool_mismatch",
  "args_commitment_mismatch",
  "issuer_not_permitted",
  "capability_mismatch",
  "replay_store_unavailable",
  "upstream_unavailable",
  "header_malformed",
  "header_duplicated",
  "header_mismatch",
  "token_malformed",
  "evidence_required",
  "lifetime_exceeded",
  "audience_mismatch",
  "actor_mismatch",
  "scope_insufficient",
  "scope_escalation",
  "chain_invalid",
  "key_binding_mismatch",
  "identity_invalid",
  "challenge_required",
  "intent_out_of_scope",
  "session_mismatch",
  "resolver_unavailable",
] as const;

/** One `error.data.reason` string. */
export type Reason = (typeof REASONS)[number];

/** The HTTP status each reason maps to (400 malformed, 401 authentication, 403 authorization). */
export const REASON_HTTP_STATUS: Readonly<Record<Reason, 400 | 401 | 403 | 502 | 503>> = Object.freeze({
  json_invalid: 400,
  limit_exceeded: 400,
  request_malformed: 400,
  envelope_malformed: 400,
  evidence_ambiguous: 400,
  attestation_required: 401,
  algorithm_unsupported: 401,
  key_unavailable: 401,
  signature_invalid: 401,
  not_yet_valid: 401,
  expired: 401,
  nonce_replay: 401,
  server_mismatch: 403,
  tool_mismatch: 403,
  args_commitment_mismatch: 403,
  issuer_not_permitted: 403,
  capability_mismatch: 403,
  replay_store_unavailable: 503,
  upstream_unavailable: 502,
  header_malformed: 400,
  header_duplicated: 400,
  header_mismatch: 400,
  token_malformed: 400,
  evidence_required: 401,
  lifetime_exceeded: 401,
  audience_mismatch: 403,
  actor_mismatch: 403,
  scope_insufficient: 403,
  scope_escalation: 403,
  chain_invalid: 403,
  key_binding_mismatch: 401,
  identity_invalid: 401,
  challenge_required: 401,
  intent_out_of_scope: 403,
  session_mismatch: 403,
  resolver_unavailable: 503,
});

/** The registry's one-line description of each reason. */
export const REASON_DESCRIPTIONS: Readonly<Record<Reason, string>> = Object.freeze({
  json_invalid: "The input is not strict I-JSON: a syntax error, a duplicate member name, a member named __proto__, a lone surrogate, a byte order mark, invalid UTF-8, an integer outside ±(2^53−1), a number that overflows to infinity or underflows to zero, or negative zero.",
  limit_exceeded: "The input is larger than the configured size limit (default 65536 bytes) or nested deeper than the configured depth limit (default 32).",
  request_malformed: "The tools/call request around the evidence is not well-formed: params, name, arguments or _meta missing where required or of the wrong type.",
  envelope_malformed: "The evidence is well-formed JSON but does not match its schema: a missing or unknown member, a wrong type, a non-integer number in an envelope field, non-canonical hex, an unparseable timestamp, or an ambiguous tool-call list.",
  evidence_ambiguous: "A request carries one kind of evidence more than once: two items of one known type in the evidence container, or an attestation at SEP-2787's _meta.attestation that differs from the container's.",
  attestation_required: "The policy requires a tool-call attestation and the request carries none.",
  algorithm_unsupported: "The envelope names a signature algorithm that is not in the verifier's configured allow-list.",
  key_unavailable: "The verifier's trust store has no usable key for the envelope's issuer, key version and algorithm.",
  signature_invalid: "The signature does not verify over the canonical signing input, or has the wrong length or encoding for its algorithm.",
  not_yet_valid: "The envelope's issue time lies further in the future than the allowed clock skew.",
  expired: "The envelope's lifetime plus the allowed clock skew has passed.",
  nonce_replay: "The envelope's nonce was already consumed by an accepted call from the same issuer.",
  server_mismatch: "No tool-call entry names this server's fingerprint.",
  tool_mismatch: "The tool-call entry for this server names a different tool.",
  args_commitment_mismatch: "The arguments being executed are not the arguments the envelope commits to, or the commitment cannot be checked.",
  issuer_not_permitted: "The attestation's issuer is trusted by the verifier but not for this tool.",
  capability_mismatch: "The tool's policy requires a capability the attestation's plannerDeclared.requestedCapability does not name.",
  replay_store_unavailable: "The replay store could not be reached or failed; the call is refused (fail-closed) unless the operator chose fail-open.",
  upstream_unavailable: "A gateway could not reach the MCP server behind it: the connection was refused or reset, or no response arrived within the configured timeout. The message was not delivered; it is not a verdict on the evidence.",
  header_malformed: "One of the transport headers (MCP-Actor, MCP-Cap-Token, MCP-Agent-Identity, MCP-Agent-Intent, MCP-Agent-Session) is not a valid RFC 9651 structured field of its type, breaks its schema, contains characters its type does not allow, or is larger than its limit.",
  header_duplicated: "One of the transport headers appears more than once in the HTTP request (including values joined by an intermediary).",
  header_mismatch: "A transport header disagrees with its _meta twin in the evidence container, or is present without it; the body is authoritative (the semantics of MCP's -32020 HeaderMismatch).",
  token_malformed: "A compact JWS or JWT (capability token, identity credential, DID proof) is not well-formed: wrong number of segments, non-canonical base64url, a header or claims set that is not strict I-JSON, or a missing, unknown or mistyped required member.",
  evidence_required: "The tool's policy requires an evidence item (actor, cap-token, agent-identity, agent-intent, agent-session) that the request does not carry.",
  lifetime_exceeded: "A token or credential declares a lifetime longer than its profile allows (300 seconds for a capability token).",
  audience_mismatch: "A token or credential is addressed to another audience than this server.",
  actor_mismatch: "The actor does not equal the subject of the verified capability token or identity proof.",
  scope_insufficient: "The capability token's scope does not cover this method and tool.",
  scope_escalation: "A forwarded capability token claims a scope its parent token does not grant.",
  chain_invalid: "A capability token chain is broken: a token does not name its parent by digest, outlives it, changes its subject, is not issued by its parent's audience, or the chain is longer than allowed.",
  key_binding_mismatch: "Proof of possession failed: the token's confirmation key (cnf) is not the key the caller proved possession of, or the mTLS certificate thumbprint does not match.",
  identity_invalid: "The agent identity proof does not establish an identity: an inactive or unknown OAuth token, an unresolvable or unsupported DID, a DID document without the signing key, or a proof type the policy does not accept.",
  challenge_required: "The agent identity proof needs a fresh server challenge: none was signed, or the signed one is not this server's, has expired or was already used. The decision is challenge and carries a new challenge.",
  intent_out_of_scope: "The call is outside the scope the agent declared in its intent. The decision is challenge.",
  session_mismatch: "Evidence bound to one agent session was presented in another, or in none.",
  resolver_unavailable: "A resolver the verifier depends on (OAuth introspection, DID resolution, key source) failed; the call is refused unless the operator chose fail-open.",
});

/** The single JSON-RPC error code every refusal uses (outside the reserved -32768..-32000 range). */
export const TRUST_ERROR_CODE = -31000;

const REASON_SET: ReadonlySet<string> = new Set<string>(REASONS);

/** True when `x` is one of the registered reason strings. */
export function isReason(x: unknown): x is Reason {
  return typeof x === "string" && REASON_SET.has(x);
}
