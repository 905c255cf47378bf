/* DO NOT EDIT: this file is generated.
 * Source: schemas/conformance-manifest.schema.json
 * Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and
 * range bounds and conditionals: these types describe the shape only. Validate untrusted input
 * with the matching generated/validators/ function, which is the gate.
 */

/**
 * Pins every vector file of a suite version by SHA-256 (conformance/README.md). `setHash` is the SHA-256 of the lines `<sha256>  <path>\n` sorted by path.
 */
export interface ConformanceManifest {
  suiteVersion: string;
  files: {
    [k: string]: string;
  };
  setHash: string;
}
