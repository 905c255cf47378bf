/** `$ref` resolution between the schema files, by `$id` (never over the network). */
import { SCHEMA_ID_BASE, type JsonSchema, type SchemaFile } from "./load.js";

export interface RefTarget {
  /** File name of the target schema, e.g. `common.schema.json`. */
  readonly file: string;
  /** JSON pointer inside it ("" for the root). */
  readonly pointer: string;
}

export function isObject(v: unknown): v is JsonSchema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Resolves `ref` against the `$id` of the schema containing it. */
export function resolveRef(baseId: string, ref: string): RefTarget {
  const url = new URL(ref, baseId);
  const hash = url.hash;
  url.hash = "";
  const doc = url.href;
  if (!doc.startsWith(SCHEMA_ID_BASE) || doc.slice(SCHEMA_ID_BASE.length).includes("/")) {
    throw new Error(`$ref ${JSON.stringify(ref)} in ${baseId} points outside ${SCHEMA_ID_BASE}`);
  }
  const pointer = decodeURIComponent(hash.replace(/^#/, ""));
  if (pointer !== "" && !pointer.startsWith("/")) {
    throw new Error(`$ref ${JSON.stringify(ref)} in ${baseId}: only JSON-pointer fragments are supported`);
  }
  return { file: doc.slice(SCHEMA_ID_BASE.length), pointer };
}

/** Evaluates an RFC 6901 pointer. */
export function getByPointer(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) cur = cur[Number(key)];
    else if (isObject(cur) && Object.hasOwn(cur, key)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

/** Every `$ref` value in a schema, in document order. */
export function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const v of node) collectRefs(v, out);
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

/** The files `file` references, directly or transitively (excluding itself), sorted. */
export function transitiveDeps(byFile: ReadonlyMap<string, SchemaFile>, file: string): string[] {
  const seen = new Set<string>([file]);
  const todo = [file];
  while (todo.length > 0) {
    const cur = byFile.get(todo.pop() as string);
    if (!cur) continue;
    for (const ref of collectRefs(cur.schema)) {
      const target = resolveRef(cur.id, ref);
      if (!byFile.has(target.file)) throw new Error(`${cur.path}: $ref ${JSON.stringify(ref)} names a missing schema file`);
      if (!seen.has(target.file)) {
        seen.add(target.file);
        todo.push(target.file);
      }
    }
  }
  seen.delete(file);
  return [...seen].sort();
}
