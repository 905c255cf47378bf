/**
 * Pre-bundling for json-schema-to-typescript: every `$ref` that leaves the schema being
 * compiled is replaced before compilation, so json-schema-to-typescript ($RefParser) never
 * resolves anything outside the document (and never touches the network):
 *   - a ref to the root of another titled schema, or to a `$defs` entry that the other file
 *     emits as a named type, becomes `{ "tsType": "<Name>" }` plus a type-only import;
 *   - any other foreign ref is inlined (a deep copy, rewritten in the context of its file).
 * This also keeps type names unique across generated/types/: each named type is declared once.
 */
import { isDefsOnly, typeNameForDef } from "./naming.js";
import type { JsonSchema, SchemaFile } from "./load.js";
import { getByPointer, isObject, resolveRef } from "./refs.js";

export interface Rewritten {
  readonly schema: JsonSchema;
  /** Stem of the file → type names imported from `./<stem>.js`. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
}

const DEF_POINTER = /^\/\$defs\/([^/]+)$/;

export function rewriteForTypes(
  node: JsonSchema,
  self: SchemaFile,
  byFile: ReadonlyMap<string, SchemaFile>,
  opts: { readonly localDefsAsTsType: boolean },
): Rewritten {
  const imports = new Map<string, Set<string>>();
  const addImport = (stem: string, name: string): void => {
    const set = imports.get(stem) ?? new Set<string>();
    set.add(name);
    imports.set(stem, set);
  };

  const namedType = (target: SchemaFile, pointer: string): string | undefined => {
    if (pointer === "" && target.title !== undefined && !isDefsOnly(target)) return target.title;
    const m = DEF_POINTER.exec(pointer);
    if (!m) return undefined;
    const key = decodeURIComponent(m[1] as string);
    const def = getByPointer(target.schema, pointer);
    if (!isObject(def)) return undefined;
    return typeNameForDef(key, def);
  };

  const walk = (value: unknown, context: SchemaFile, stack: readonly string[]): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, context, stack));
    if (!isObject(value)) return value;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== "$ref") out[k] = walk(v, context, stack);
    }
    const ref = value["$ref"];
    if (typeof ref !== "string") return out;
    const target = resolveRef(context.id, ref);
    const targetFile = byFile.get(target.file);
    if (!targetFile) throw new Error(`${context.path}: $ref ${JSON.stringify(ref)} names a missing schema file`);
    if (targetFile === self) {
      const name = opts.localDefsAsTsType ? namedType(self, target.pointer) : undefined;
      if (name !== undefined) return { ...out, tsType: name };
      return { ...out, $ref: `#${target.pointer}` };
    }
    const name = namedType(targetFile, target.pointer);
    if (name !== undefined) {
      addImport(targetFile.stem, name);
      return { ...out, tsType: name };
    }
    const key = `${target.file}#${target.pointer}`;
    if (stack.includes(key)) throw new Error(`${self.path}: cyclic foreign $ref ${key} cannot be inlined`);
    const inlined = getByPointer(targetFile.schema, target.pointer);
    if (!isObject(inlined)) throw new Error(`${context.path}: $ref ${JSON.stringify(ref)} does not resolve`);
    const copy = walk(inlined, targetFile, [...stack, key]) as JsonSchema;
    return { ...copy, ...out };
  };

  const schema = walk(node, self, []) as JsonSchema;
  return { schema, imports };
}
