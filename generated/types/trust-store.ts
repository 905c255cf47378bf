/* DO NOT EDIT: this file is generated.
 * Source: schemas/trust-store.schema.json, schemas/common.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { AlgorithmName } from "./common.js";

/**
 * The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256. The same format holds the capability-token and agent-identity issuers of spec/transport-headers.md, whose keys may also be Ed25519 (`kty` `OKP`, `crv` `Ed25519`, `alg` `EdDSA`, RFC 8037); the attestation verifier's allow-list does not include EdDSA.
 */
export interface TrustStore {
  issuers: {
    [k: string]: Jwks;
  };
}
/**
 * This interface was referenced by `TrustStore`'s JSON-Schema
 * via the `definition` "jwks".
 */
export interface Jwks {
  /**
   * @maxItems 64
   */
  keys: Jwk[];
  [k: string]: unknown;
}
/**
 * A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.
 *
 * This interface was referenced by `TrustStore`'s JSON-Schema
 * via the `definition` "jwk".
 */
export interface Jwk {
  kty: "oct" | "EC" | "RSA" | "OKP";
  kid: string;
  alg: AlgorithmName;
  use?: "sig";
  k?: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
  [k: string]: unknown;
}
