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
});

/** The single JSON-RPC error code every refusal uses (outside the reserved -32768..-32000 range). */
export const TRUST_ERROR_CODE = -31000;

const REASON_SET: ReadonlySet<string> = new Set<string>(REASONS);

/** True when `x` is one of the registered reason strings. */
export function isReason(x: unknown): x is Reason {
  return typeof x === "string" && REASON_SET.has(x);
}
