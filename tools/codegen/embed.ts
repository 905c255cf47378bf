/** Emits generated/schemas.ts: every schema embedded as a deep-frozen JSON constant keyed by `$id`. */
import { tsBanner } from "./banner.js";
import type { SchemaFile } from "./load.js";

export function emitSchemas(schemas: readonly SchemaFile[]): string {
  const sorted = [...schemas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indent = (json: string): string => json.replace(/\n/g, "\n  ");
  return [
    tsBanner(["schemas/*.schema.json"]),
    "",
    "/** A JSON Schema document as embedded here (deep-frozen). */",
    "export type SchemaDocument = { readonly [key: string]: unknown };",
    "",
    "/** Every schema `$id`, sorted. */",
    "export const SCHEMA_IDS = [",
    ...sorted.map((s) => `  ${JSON.stringify(s.id)},`),
    "] as const;",
    "",
    "export type SchemaId = (typeof SCHEMA_IDS)[number];",
    "",
    "/** The file under schemas/ each `$id` comes from. */",
    "export const SCHEMA_FILES: Readonly<Record<SchemaId, string>> = Object.freeze({",
    ...sorted.map((s) => `  ${JSON.stringify(s.id)}: ${JSON.stringify(s.file)},`),
    "});",
    "",
    "function deepFreeze<T>(value: T): T {",
    '  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {',
    "    for (const v of Object.values(value)) deepFreeze(v);",
    "    Object.freeze(value);",
    "  }",
    "  return value;",
    "}",
    "",
    "/** Every schema, parsed, keyed by `$id`. */",
    "export const SCHEMAS: Readonly<Record<SchemaId, SchemaDocument>> = deepFreeze({",
    ...sorted.map((s) => `  ${JSON.stringify(s.id)}: ${indent(JSON.stringify(s.schema, null, 2))},`),
    "});",
    "",
    "/** True when `id` is the `$id` of one of the embedded schemas. */",
    "export function isSchemaId(id: unknown): id is SchemaId {",
    '  return typeof id === "string" && Object.hasOwn(SCHEMAS, id);',
    "}",
    "",
  ].join("\n");
}
