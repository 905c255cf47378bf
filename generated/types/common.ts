/* DO NOT EDIT: this file is generated.
 * Source: schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

/**
 * A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.
 */
export type AlgorithmName = string;

/**
 * A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.
 */
export type Digest = string;

/**
 * A non-empty identifier of printable characters without leading or trailing white space.
 */
export type Identifier = string;

/**
 * A signature as lowercase hex with an even number of digits.
 */
export type SignatureHex = string;

/**
 * An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.
 */
export type Timestamp = string;
