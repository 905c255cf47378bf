/** Naming rules shared by the type and validator emitters. */
import type { JsonSchema, SchemaFile } from "./load.js";

const DEFS_ONLY_KEYS = new Set(["$schema", "$id", "$comment", "title", "description", "$defs"]);

/** A schema that only holds `$defs` (like common.schema.json): no wire object, no validator. */
export function isDefsOnly(s: SchemaFile): boolean {
  return Object.keys(s.schema).every((k) => DEFS_ONLY_KEYS.has(k));
}

/** A schema that gets a root type and a validator: it has a root title and is not defs-only. */
export function isEntry(s: SchemaFile): boolean {
  return s.title !== undefined && !isDefsOnly(s);
}

/** PascalCase of an identifier-ish string: `algorithmName` → `AlgorithmName`, `trust-store` → `TrustStore`. */
export function pascalCase(s: string): string {
  const parts = s.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0);
  const joined = parts.map((p) => (p[0] as string).toUpperCase() + p.slice(1)).join("");
  return /^[0-9]/.test(joined) ? `T${joined}` : joined;
}

/** The name a `$defs` entry is emitted under: its title, else the PascalCase key. */
export function typeNameForDef(key: string, def: JsonSchema): string {
  return typeof def["title"] === "string" ? def["title"] : pascalCase(key);
}

/** `validate` + the root title, e.g. `validateToolCallAttestation`. */
export function validatorName(s: SchemaFile): string {
  if (s.title === undefined) throw new Error(`${s.path} has no title`);
  return `validate${s.title}`;
}

export function assertIdentifier(name: string, where: string): void {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`${where}: ${JSON.stringify(name)} is not a TypeScript identifier`);
}
