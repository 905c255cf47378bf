/** Emits generated/index.ts (explicit named re-exports) and generated/README.md. */
import { GENERATE_COMMAND, tsBanner } from "./banner.js";

export interface ModuleExports {
  /** Specifier relative to generated/, e.g. `./types/error.js`. */
  readonly from: string;
  readonly types: readonly string[];
  readonly values: readonly string[];
}

/** Names exported by a generated TypeScript module (top-level `export …` declarations only). */
export function scanExports(code: string): { types: string[]; values: string[] } {
  const types = new Set<string>();
  const values = new Set<string>();
  for (const m of code.matchAll(/^export (?:declare )?(type|interface|const enum|enum|const|function|class|let) ([A-Za-z_$][\w$]*)/gm)) {
    const kind = m[1] as string;
    const name = m[2] as string;
    if (kind === "type" || kind === "interface") types.add(name);
    else values.add(name);
  }
  return { types: [...types].sort(), values: [...values].sort() };
}

/**
 * One `export { … } from` line per module, in the given order. A name already exported by an
 * earlier module is skipped and listed in a comment (e.g. `Reason`, emitted both by
 * types/reason.ts and constants.ts as the same union).
 */
export function emitIndex(modules: readonly ModuleExports[]): string {
  const seen = new Map<string, string>();
  const lines: string[] = [tsBanner(["schemas/*.schema.json"]), ""];
  for (const m of modules) {
    const names: string[] = [];
    const skipped: string[] = [];
    const entries = [...m.types.map((n) => ({ n, type: true })), ...m.values.map((n) => ({ n, type: false }))].sort((a, b) =>
      a.n < b.n ? -1 : a.n > b.n ? 1 : 0,
    );
    for (const { n, type } of entries) {
      const prev = seen.get(n);
      if (prev !== undefined) {
        skipped.push(`${n} (already exported from ${prev})`);
        continue;
      }
      seen.set(n, m.from);
      names.push(type ? `type ${n}` : n);
    }
    if (skipped.length > 0) lines.push(`// Not re-exported from ${m.from}: ${skipped.join(", ")}.`);
    if (names.length > 0) lines.push(`export { ${names.join(", ")} } from "${m.from}";`);
  }
  lines.push("");
  return lines.join("\n");
}

export function emitReadme(): string {
  return `<!-- DO NOT EDIT: this file is generated from schemas/*.schema.json by \`${GENERATE_COMMAND}\`. -->

# generated/

Everything in this folder is written by \`${GENERATE_COMMAND}\` (tools/codegen/) from
\`schemas/*.schema.json\`, the source of truth. Do not edit these files by hand: change the
schema and regenerate. \`${GENERATE_COMMAND} -- --check\` fails when this folder is stale.

- \`types/<stem>.ts\`: TypeScript types (json-schema-to-typescript). Shapes only: patterns,
  bounds and conditionals are not expressed in types.
- \`validators/<stem>.ts\`: ajv standalone validators (JSON Schema 2020-12, strict), one per
  schema with a root title; the gate for untrusted input.
- \`constants.ts\`: the reason registry, its HTTP statuses and the trust error code.
- \`headers/<stem>.ts\`: RFC 9651 codecs (\`parse…Header\`, \`serialize…Header\`) for every schema with an
  \`x-mcp-header\` annotation, on the \`structured-headers\` package; \`headers/runtime.ts\` is the shared codec,
  \`headers/registry.ts\` lists them by evidence item type.
- \`schemas.ts\`: every schema embedded as a frozen JSON constant keyed by \`$id\`.
- \`index.ts\`: named re-exports of all of the above.
- \`MANIFEST.json\`: SHA-256 of every source schema and of the outputs derived from it.

Files here may import only npm runtime helpers (the ajv runtime, ajv-formats, structured-headers) and
\`node:module\`; never project code outside generated/.
`;
}
