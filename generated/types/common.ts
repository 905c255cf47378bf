/* DO NOT EDIT: this file is generated.
 * Source: schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

/**
 * Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.
 */
export type ActorId = string;

/**
 * A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.
 */
export type AlgorithmName = string;

/**
 * A compact JWS or JWT as carried in evidence: 1 to 4096 characters. Its structure (three canonical base64url segments) is checked by the verifier with reason `token_malformed`, not by this schema.
 */
export type CompactJws = string;

/**
 * A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.
 */
export type Digest = string;

/**
 * A non-empty identifier of printable characters without leading or trailing white space.
 */
export type Identifier = string;

/**
 * An RFC 7638 JWK SHA-256 thumbprint, base64url without padding (43 characters).
 */
export type JwkThumbprint = string;

/**
 * One scope entry (spec/transport-headers.md#scope-entries): an MCP method such as `tools/list`, or `tools/call:<tool>` (tool name 1 to 128 of A-Z a-z 0-9 _ . -), or `tools/call:*`. A bare `tools/call` is not an entry.
 */
export type ScopeEntry = string;

/**
 * A scope as one string of scope entries separated by single spaces (the JWT convention of RFC 8693 section 4.2), as in a capability token's `scope` claim.
 */
export type ScopeString = string;

/**
 * An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.
 */
export type SessionId = string;

/**
 * A signature as lowercase hex with an even number of digits.
 */
export type SignatureHex = string;

/**
 * An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.
 */
export type Timestamp = string;

/**
 * A JWT NumericDate (RFC 7519 section 2) written as an integer literal: whole seconds since the epoch.
 */
export type UnixTime = number;
