/* DO NOT EDIT: this file is generated.
 * Source: schemas/conformance-vector.schema.json, schemas/common.schema.json, schemas/policy.schema.json, schemas/reason.schema.json, schemas/trust-store.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

import type { Timestamp } from "./common.js";
import type { Policy } from "./policy.js";
import type { Reason } from "./reason.js";
import type { TrustStore } from "./trust-store.js";

/**
 * One conformance case (conformance/README.md). Data only: a second implementation consumes it through the adapter contract. A case is one or more calls run in order against one fresh replay store. The verb fixes the shape of every call's input: verify-attestation takes an envelope or a request with a trust store, verify-transport a request with a policy, HTTP headers and resolver context.
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
  verb: "verify-attestation" | "verify-transport";
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
  /**
   * The call's inputs; which shape is fixed by the vector's verb.
   */
  input: VerifyAttestationInput | VerifyTransportInput;
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
 * Inputs of verify-transport (conformance/adapter-protocol.md#verify-transport): one tools/call with its transport evidence, decided against a policy.
 *
 * This interface was referenced by `ConformanceVector`'s JSON-Schema
 * via the `definition` "verifyTransportInput".
 */
export interface VerifyTransportInput {
  /**
   * The `params` of the `tools/call` request as received: name, arguments and `_meta` with the evidence container (the authoritative twins of the headers).
   */
  request: {
    [k: string]: unknown;
  };
  policy: Policy;
  now: Timestamp;
  /**
   * The HTTP request's header lines exactly as on the wire, in order, duplicates kept: [name, value] pairs. Absent: the call came over stdio, which has no headers.
   *
   * @maxItems 64
   */
  headers?: string[][];
  context?: TransportContext;
  /**
   * The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.
   */
  replayStoreUnavailable?: true;
}
/**
 * What the verifier learns outside the request: the TLS client certificate and the answers of its resolvers.
 *
 * This interface was referenced by `ConformanceVector`'s JSON-Schema
 * via the `definition` "transportContext".
 */
export interface TransportContext {
  /**
   * base64url SHA-256 of the TLS client certificate's DER (RFC 8705); absent: no client certificate.
   */
  clientCertificateSha256?: string;
  /**
   * The OAuth introspection resolver (RFC 7662): response by token; "unavailable": the resolver fails for it; a token not listed is unknown (active false).
   */
  introspection?: {
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | "unavailable";
  };
  /**
   * The did:web resolver: DID document by DID; "unavailable": resolution fails; a DID not listed does not resolve.
   */
  didDocuments?: {
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | "unavailable";
  };
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
  /**
   * verify-transport: the gateway decision; reject is deny or challenge.
   */
  decision?: "allow" | "deny" | "challenge";
  /**
   * verify-transport on allow: the verified agent identity, or null when none was presented.
   */
  agentId?: string | null;
  /**
   * verify-transport on allow: the verified operator, or null when none was presented.
   */
  operatorId?: string | null;
}
