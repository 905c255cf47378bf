/* DO NOT EDIT: this file is generated.
 * Source: schemas/reason.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

/**
 * The closed registry of `error.data.reason` strings. Each entry carries the HTTP status it maps to (400 malformed, 401 authentication, 403 authorization, 502 a gateway could not reach the server behind it, 503 a dependency of the verifier failed). Defined in spec/reasons.md.
 */
export type Reason =
  | "json_invalid"
  | "limit_exceeded"
  | "request_malformed"
  | "envelope_malformed"
  | "evidence_ambiguous"
  | "attestation_required"
  | "algorithm_unsupported"
  | "key_unavailable"
  | "signature_invalid"
  | "not_yet_valid"
  | "expired"
  | "nonce_replay"
  | "server_mismatch"
  | "tool_mismatch"
  | "args_commitment_mismatch"
  | "issuer_not_permitted"
  | "capability_mismatch"
  | "replay_store_unavailable"
  | "upstream_unavailable"
  | "header_malformed"
  | "header_duplicated"
  | "header_mismatch"
  | "token_malformed"
  | "evidence_required"
  | "lifetime_exceeded"
  | "audience_mismatch"
  | "actor_mismatch"
  | "scope_insufficient"
  | "scope_escalation"
  | "chain_invalid"
  | "key_binding_mismatch"
  | "identity_invalid"
  | "challenge_required"
  | "intent_out_of_scope"
  | "session_mismatch"
  | "resolver_unavailable";
