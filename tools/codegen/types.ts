/**
 * Emits generated/types/<stem>.ts with json-schema-to-typescript.
 *
 * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, string and
 * number bounds and most conditionals (`if`/`then`, `not`): the types describe the shape only.
 * The generated ajv validator, not the type, is the gate for untrusted input.
 */
import { compile, type JSONSchema, type Options } from "json-schema-to-typescript";
import { blockBanner } from "./banner.js";
import type { SchemaFile } from "./load.js";
import { isDefsOnly, isEntry, typeNameForDef, assertIdentifier } from "./naming.js";
import { isObject } from "./refs.js";
import { rewriteForTypes } from "./rewrite.js";
import { simplifyForTypes } from "./shape.js";

const TYPE_NOTE = [
  " *",
  " * json-schema-to-typescript ignores `pattern`, `format`, `unevaluatedProperties`, length and",
  " * range bounds and conditionals: these types describe the shape only. Validate untrusted input",
  " * with the matching generated/validators/ function, which is the gate.",
].join("\n");

function banner(sources: readonly string[]): string {
  return blockBanner(sources).replace(/\n \*\/$/, `\n${TYPE_NOTE}\n */`);
}

function options(bannerComment: string): Partial<Options> {
  return {
    bannerComment,
    additionalProperties: true, // JSON Schema's own default; explicit `additionalProperties` wins
    maxItems: -1, // no tuple expansion for minItems/maxItems
    ignoreMinAndMaxItems: true, // plain `T[]`, not `[T, ...T[]]`: the validator checks the bounds
    unknownAny: true,
    // Off, matching tsconfig (no noUncheckedIndexedAccess): JSON values are never `undefined`, and
    // `| undefined` on every index signature breaks Object.entries()/Record<string, T> uses.
    // Lookups by untrusted keys (e.g. `issuers[iss]`) must still be checked by the caller.
    strictIndexSignatures: false,
    unreachableDefinitions: true, // every $defs entry is a named export another file may import
    declareExternallyReferenced: true,
    enableConstEnums: false,
    format: true,
    // Every foreign $ref was rewritten away beforehand (rewrite.ts): refuse anything external.
    $refOptions: { resolve: { external: false, http: false, file: false } } as Options["$refOptions"],
  };
}

function importLines(imports: ReadonlyMap<string, ReadonlySet<string>>, selfStem: string): string {
  return [...imports.keys()]
    .filter((stem) => stem !== selfStem)
    .sort()
    .map((stem) => `import type { ${[...(imports.get(stem) ?? [])].sort().join(", ")} } from "./${stem}.js";`)
    .join("\n");
}

function withImports(code: string, head: string, imports: string): string {
  if (!code.startsWith(head)) throw new Error("json-schema-to-typescript output does not start with the banner");
  const body = code.slice(head.length).replace(/^\n+/, "");
  return `${head}\n\n${imports ? `${imports}\n\n` : ""}${body}`;
}

/** Names declared with `export type|interface|enum|const` in a generated types file. */
export function exportedNames(code: string): Set<string> {
  return new Set([...code.matchAll(/^export (?:declare )?(?:type|interface|enum|const enum) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1] as string));
}

export interface TypesOutput {
  readonly stem: string;
  readonly code: string;
  readonly exports: ReadonlySet<string>;
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
}

async function compileEntry(s: SchemaFile, byFile: ReadonlyMap<string, SchemaFile>, sources: readonly string[]): Promise<TypesOutput> {
  const { schema, imports } = rewriteForTypes(simplifyForTypes(s.schema), s, byFile, { localDefsAsTsType: false });
  const head = banner(sources);
  const code = await compile(schema as JSONSchema, s.title as string, options(head));
  return { stem: s.stem, code: withImports(code, head, importLines(imports, s.stem)), exports: exportedNames(code), imports };
}

/** Defs-only files: one named type per `$defs` entry, compiled one at a time. */
async function compileDefsOnly(s: SchemaFile, byFile: ReadonlyMap<string, SchemaFile>, sources: readonly string[]): Promise<TypesOutput> {
  const defs = s.schema["$defs"];
  const entries = isObject(defs) ? Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  const allImports = new Map<string, Set<string>>();
  const parts: string[] = [];
  for (const [key, def] of entries) {
    if (!isObject(def)) continue;
    const name = typeNameForDef(key, def);
    assertIdentifier(name, `${s.path}#/$defs/${key}`);
    const { schema, imports } = rewriteForTypes(simplifyForTypes({ ...def, title: name }), s, byFile, { localDefsAsTsType: true });
    for (const [stem, names] of imports) allImports.set(stem, new Set([...(allImports.get(stem) ?? []), ...names]));
    parts.push((await compile(schema as JSONSchema, name, options(""))).trim());
  }
  const head = banner(sources);
  const imports = importLines(allImports, s.stem);
  const code = `${head}\n\n${imports ? `${imports}\n\n` : ""}${parts.join("\n\n")}\n`;
  return { stem: s.stem, code, exports: exportedNames(code), imports: allImports };
}

/** Compiles the types file of every entry schema and every defs-only schema, sorted by stem. */
export async function emitTypes(
  schemas: readonly SchemaFile[],
  byFile: ReadonlyMap<string, SchemaFile>,
  sourcesOf: (s: SchemaFile) => readonly string[],
): Promise<TypesOutput[]> {
  const out: TypesOutput[] = [];
  for (const s of schemas) {
    if (isDefsOnly(s)) out.push(await compileDefsOnly(s, byFile, sourcesOf(s)));
    else if (isEntry(s)) out.push(await compileEntry(s, byFile, sourcesOf(s)));
  }
  // Every cross-file import must name a type the other file really exports.
  const byStem = new Map(out.map((o) => [o.stem, o]));
  for (const o of out) {
    for (const [stem, names] of o.imports) {
      for (const n of names) {
        if (!byStem.get(stem)?.exports.has(n)) throw new Error(`generated/types/${o.stem}.ts imports ${n} from ./${stem}.js, which does not export it`);
      }
    }
  }
  return out;
}
