/* DO NOT EDIT: this file is generated.
 * Source: schemas/conformance-vector.schema.json, schemas/common.schema.json, schemas/reason.schema.json, schemas/trust-store.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Timestamp } from "./common.js";
import type { Reason } from "./reason.js";
import type { TrustStore } from "./trust-store.js";

/**
 * One conformance case (conformance/README.md). Data only: a second implementation consumes it through the adapter contract. A case is one or more calls run in order against one fresh replay store.
 */
export interface ConformanceVector {
  $schema?: string;
  /**
   * <vector folder>/<file name without .json>
   */
  id: string;
  /**
   * One lower-case sentence saying what the case tests.
   */
  description: string;
  /**
   * The spec section the case tests: <spec file stem>#<heading anchor>.
   */
  spec: string;
  /**
   * signature: byte and signature conformance every implementation must share; policy: a verifier-policy decision (clock, allow-lists, replay, commitments); parsing: strict reading of bytes.
   */
  category: "signature" | "policy" | "parsing";
  verb: "verify-attestation";
  /**
   * @minItems 1
   * @maxItems 8
   */
  calls: ConformanceCall[];
}
/**
 * This interface was referenced by `ConformanceVector`'s JSON-Schema
 * via the `definition` "call".
 */
export interface ConformanceCall {
  input: VerifyAttestationInput;
  expected: ConformanceExpected;
}
/**
 * This interface was referenced by `ConformanceVector`'s JSON-Schema
 * via the `definition` "verifyAttestationInput".
 */
export interface VerifyAttestationInput {
  /**
   * The envelope file's content as JSON.
   */
  envelope?: {
    [k: string]: unknown;
  };
  /**
   * The envelope file's exact bytes, for inputs JSON cannot hold as a value (duplicate keys, BOM, invalid UTF-8).
   */
  envelopeBase64?: string;
  /**
   * The `params` of a `tools/call` request as received (normally an object with name, arguments, _meta; any JSON value, to test malformed requests): the verifier finds the attestation in `_meta` as deployed verifiers do.
   */
  request?: {
    [k: string]: unknown;
  };
  keys: TrustStore;
  tool?: string;
  /**
   * The arguments file's content as JSON.
   */
  arguments?: {
    [k: string]: unknown;
  };
  argumentsBase64?: string;
  server: string;
  now: Timestamp;
  profile?: "sep-2787" | "vaara-v2";
  /**
   * @minItems 1
   */
  algorithms?: string[];
  allowRedactedProjection?: boolean;
  /**
   * Content the verifier's argsRef resolver returns, by URI, as base64.
   */
  resolve?: {
    [k: string]: string;
  };
  /**
   * Tool policy: the issuers accepted for this call.
   *
   * @minItems 1
   */
  permittedIssuers?: string[];
  /**
   * Tool policy: the capability plannerDeclared.requestedCapability must name.
   */
  requiredCapability?: string;
  /**
   * The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.
   */
  replayStoreUnavailable?: true;
}
/**
 * This interface was referenced by `ConformanceVector`'s JSON-Schema
 * via the `definition` "expected".
 */
export interface ConformanceExpected {
  verdict: "accept" | "reject";
  reason: Reason | null;
  /**
   * Lowercase hex of the canonical signing input an implementation must compute for this envelope.
   */
  signingInput?: string;
  argsCommitment?: "identity" | "hash" | "reference" | "redacted";
}
