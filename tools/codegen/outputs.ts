/** Assembles every generated file in memory (repo-relative path → content), deterministically. */
import { createHash } from "node:crypto";
import { createAjv } from "./ajv.js";
import { emitIndex, emitReadme, scanExports, type ModuleExports } from "./barrel.js";
import { emitConstants } from "./constants.js";
import type { Outputs } from "./disk.js";
import { emitSchemas } from "./embed.js";
import { emitHeaderModule, emitHeaderRegistry, emitHeaderRuntime, headerSchemas } from "./headers.js";
import { loadSchemas, type SchemaFile } from "./load.js";
import { isEntry } from "./naming.js";
import { transitiveDeps } from "./refs.js";
import { emitTypes } from "./types.js";
import { emitValidator } from "./validators.js";

const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

interface Output {
  readonly content: string;
  /** Schema paths this output is derived from (for MANIFEST.json). */
  readonly sources: readonly string[];
}

function manifest(schemas: readonly SchemaFile[], outputs: ReadonlyMap<string, Output>): string {
  const doc: Record<string, { sha256: string; outputs: Record<string, string> }> = {};
  for (const s of schemas) {
    const outs: Record<string, string> = {};
    for (const [path, o] of [...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (o.sources.includes(s.path)) outs[path] = sha256(o.content);
    }
    doc[s.path] = { sha256: sha256(s.raw), outputs: outs };
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export async function buildOutputs(root: string): Promise<Outputs> {
  const schemas = loadSchemas(root);
  const all = schemas.map((s) => s.path);
  const byFile = new Map(schemas.map((s) => [s.file, s]));
  const sourcesOf = (s: SchemaFile): string[] => [s.path, ...transitiveDeps(byFile, s.file).map((f) => `schemas/${f}`)];
  const outputs = new Map<string, Output>();
  const modules: ModuleExports[] = [];
  const add = (path: string, content: string, sources: readonly string[], barrel: boolean): void => {
    outputs.set(path, { content, sources });
    if (barrel) modules.push({ from: `./${path.slice("generated/".length).replace(/\.ts$/, ".js")}`, ...scanExports(content) });
  };

  for (const t of await emitTypes(schemas, byFile, sourcesOf)) {
    const s = schemas.find((x) => x.stem === t.stem) as SchemaFile;
    add(`generated/types/${t.stem}.ts`, t.code, sourcesOf(s), true);
  }
  for (const s of schemas.filter(isEntry)) {
    // A fresh ajv per file keeps ajv's internal names (validate10, schema11, …) local to it,
    // so a new or changed schema does not renumber unrelated validator files.
    const ajv = createAjv(schemas, { standalone: true });
    add(`generated/validators/${s.stem}.ts`, emitValidator(ajv, s, sourcesOf(s)), sourcesOf(s), true);
  }
  const headers = headerSchemas(schemas);
  if (headers.length > 0) {
    const headerSources = [...new Set(headers.flatMap((h) => sourcesOf(h.schema)))].sort();
    add("generated/headers/runtime.ts", emitHeaderRuntime(headers), headerSources, true);
    for (const h of headers) add(`generated/headers/${h.schema.stem}.ts`, emitHeaderModule(h, sourcesOf(h.schema)), sourcesOf(h.schema), true);
    add("generated/headers/registry.ts", emitHeaderRegistry(headers), headerSources, true);
  }
  add("generated/constants.ts", emitConstants(schemas), ["schemas/reason.schema.json", "schemas/error.schema.json"], true);
  add("generated/schemas.ts", emitSchemas(schemas), all, true);
  add("generated/index.ts", emitIndex(modules), all, false);
  add("generated/README.md", emitReadme(), [], false);

  const result = new Map<string, string>();
  for (const [path, o] of outputs) result.set(path, o.content);
  result.set("generated/MANIFEST.json", manifest(schemas, outputs));
  return result;
}
