/**
 * Emits generated/validators/<stem>.ts: ajv standalone code (ESM) for one schema, with a typed export.
 *
 * ajv's ESM standalone output still calls `require("ajv/dist/runtime/…")` (ucs2length, equal,
 * uri, …) and, with ajv-formats, `require("ajv-formats/dist/formats")`. An ES module has no
 * `require`, so a module-local one is created with `createRequire(import.meta.url)`: it resolves
 * from the file's own location, so it works from generated/ (tsx, vitest) and from dist/generated/.
 */
import standaloneCode from "ajv/dist/standalone/index.js";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { tsBanner } from "./banner.js";
import type { SchemaFile } from "./load.js";
import { validatorName } from "./naming.js";

// ajv/dist/standalone is CommonJS: under NodeNext its default import is the module object.
type StandaloneCode = typeof standaloneCode.default;
const toStandalone: StandaloneCode =
  (standaloneCode as unknown as { default?: StandaloneCode }).default ?? (standaloneCode as unknown as StandaloneCode);

const RAW = "validateRaw";

export function emitValidator(ajv: Ajv2020, s: SchemaFile, sources: readonly string[]): string {
  const name = validatorName(s);
  const typeName = s.title as string;
  let code = toStandalone(ajv, { [RAW]: s.id });
  const exportLine = `export const ${RAW} = `;
  const at = code.indexOf(exportLine);
  if (at < 0 || code.indexOf(exportLine, at + 1) >= 0) throw new Error(`${s.path}: unexpected ajv standalone output (export line)`);
  code = code.slice(0, at) + `const ${RAW} = ` + code.slice(at + exportLine.length);
  code = code.replace(/^"use strict";\n?/, "");
  // generated/ may load only ajv's runtime helpers (and ajv-formats): refuse anything else.
  for (const m of code.matchAll(/\brequire\(([^)]*)\)/g)) {
    if (!/^"(?:ajv\/dist\/runtime\/[\w/.-]+|ajv-formats\/dist\/formats)"$/.test(m[1] as string)) {
      throw new Error(`${s.path}: ajv standalone output requires ${m[1]}, which generated/ may not load`);
    }
  }
  return [
    tsBanner(sources),
    "// @ts-nocheck -- ajv standalone output is untyped JavaScript; the export below carries the type.",
    "",
    'import type { ErrorObject } from "ajv";',
    `import type { ${typeName} } from "../types/${s.stem}.js";`,
    'import { createRequire } from "node:module";',
    "",
    "// ajv's ESM standalone code still calls require() for its runtime helpers; ES modules have none.",
    "const require = createRequire(import.meta.url);",
    "",
    code.trimEnd(),
    "",
    `/** Validates \`data\` against ${s.path} (ajv 2020, strict). On failure \`errors\` holds the first error. */`,
    `export const ${name}: ((data: unknown) => data is ${typeName}) & { errors?: ErrorObject[] | null } = ${RAW};`,
    "",
  ].join("\n");
}
