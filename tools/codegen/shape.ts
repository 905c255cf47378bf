/**
 * Type-shape simplification before json-schema-to-typescript. Pure assertions that a
 * TypeScript type cannot express (`required`-only `anyOf`/`oneOf` branches, `not`,
 * `if`/`then`/`else`) otherwise surface as noise like `T = T1 & T2` with an open index
 * signature. Removing them changes only the emitted type, never validation: the validators
 * are compiled from the untouched schemas.
 */
import type { JsonSchema } from "./load.js";
import { isObject } from "./refs.js";

const SUBSCHEMA = ["items", "additionalProperties", "propertyNames", "contains", "unevaluatedItems", "unevaluatedProperties"];
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const DROPPED = ["not", "if", "then", "else", "dependentRequired", "dependentSchemas"];
const ASSERTION_ONLY = new Set(["required", "not", "if", "then", "else", "minProperties", "maxProperties", "dependentRequired", "description", "$comment"]);

function isAssertionOnly(s: unknown): boolean {
  return isObject(s) && Object.keys(s).every((k) => ASSERTION_ONLY.has(k));
}

function isLiteralBranch(s: unknown): boolean {
  return isObject(s) && (Object.hasOwn(s, "const") || Array.isArray(s["enum"]));
}

export function simplifyForTypes(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  for (const k of DROPPED) delete out[k];
  for (const k of SUBSCHEMA) if (isObject(out[k])) out[k] = simplifyForTypes(out[k] as JsonSchema);
  for (const k of SUBSCHEMA_MAPS) {
    const m = out[k];
    if (isObject(m)) out[k] = Object.fromEntries(Object.entries(m).map(([n, s]) => [n, isObject(s) ? simplifyForTypes(s) : s]));
  }
  for (const k of SUBSCHEMA_LISTS) {
    const list = out[k];
    if (!Array.isArray(list)) continue;
    let branches: unknown[] = list;
    if (k === "allOf") branches = list.filter((b) => !isAssertionOnly(b));
    else if (k !== "prefixItems" && list.every(isAssertionOnly)) branches = [];
    if (branches.length === 0) delete out[k];
    else out[k] = branches.map((b) => (isObject(b) ? simplifyForTypes(b) : b));
  }
  // `type: string` beside a oneOf/anyOf of literals only yields `(… | …) & string`.
  for (const k of ["oneOf", "anyOf"]) {
    const list = out[k];
    if (Array.isArray(list) && list.length > 0 && list.every(isLiteralBranch)) delete out["type"];
  }
  return out;
}
