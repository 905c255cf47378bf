/** The one ajv configuration the generated validators are compiled with. */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { SchemaFile } from "./load.js";

/** Non-standard annotation keywords the schemas may carry (no validation effect). */
export const ANNOTATION_KEYWORDS = ["x-http-status", "x-mcp-header"] as const;

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/**
 * Strict mode, with two documented relaxations (all schemas are valid 2020-12):
 *  - `strictRequired: false`: ajv flags `required` names not declared in a sibling `properties`,
 *    which misfires on `anyOf: [{required: [...]}]` branches (evaluated before the parent's
 *    `properties`) and on negative checks like `not: {anyOf: [{required: ["d"]}]}`.
 *  - `allowUnionTypes: true`: `type: ["string", "integer", "null"]` is plain 2020-12.
 */
export function createAjv(schemas: readonly SchemaFile[], opts: { readonly standalone: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: false,
    code: opts.standalone ? { source: true, esm: true, lines: true } : {},
  });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ["number", "string", "boolean", "object", "array"] });
  for (const s of schemas) ajv.addSchema(s.schema, s.id);
  return ajv;
}
