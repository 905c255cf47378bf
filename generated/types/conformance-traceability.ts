/* DO NOT EDIT: this file is generated.
 * Source: schemas/conformance-traceability.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

/**
 * Maps every normative statement (MUST, MUST NOT, SHOULD, SHOULD NOT, REQUIRED, SHALL, RECOMMENDED) of one spec draft to the vectors that exercise it (conformance/README.md#traceability).
 */
export interface Traceability {
  /**
   * The draft's file stem, e.g. tool-call-attestation.
   */
  spec: string;
  requirements: Requirement[];
}
/**
 * This interface was referenced by `Traceability`'s JSON-Schema
 * via the `definition` "requirement".
 */
export interface Requirement {
  /**
   * <draft>#<section anchor>/<short name>
   */
  id: string;
  level: "MUST" | "MUST NOT" | "SHOULD" | "SHOULD NOT" | "REQUIRED" | "SHALL" | "RECOMMENDED";
  /**
   * A verbatim excerpt of the normative statement (white space normalised).
   */
  text: string;
  /**
   * Vectors where the requirement is met and the input is accepted (or the compliant outcome observed).
   *
   * @minItems 1
   */
  positive?: string[];
  /**
   * Vectors where the requirement is violated and the verifier must refuse.
   *
   * @minItems 1
   */
  negative?: string[];
  /**
   * Why no vector can test this requirement through the adapter contract.
   */
  excluded?: string;
}
