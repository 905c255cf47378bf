// The "no hand-pasted JSON" rule of the spec site. Every ```json block in a spec page is either
//   1. an embed block: `<!-- embed: FILE#POINTER -->` right before it (tools/spec/embed.ts fills it from a vector or a
//      schema's `examples`); it must be up to date, and the value must validate against its schema; or
//   2. a sketch: it elides members with `…`, so it is visibly not a complete wire object (the site labels it so).
// Anything else is a complete JSON value typed by hand, which can drift from the schemas unnoticed: the build fails.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { createAjv } from "../codegen/ajv.js";
import { loadSchemas, SCHEMA_ID_BASE } from "../codegen/load.js";
import { fillEmbeds } from "../spec/embed.js";
import { fences } from "./markdown.js";

const EMBED = /^<!-- embed: ([^#\s]+)#(\S*)(?: as (hex-text))? -->$/;
const JSON_LANGS = new Set(["json", "jsonc", "json5"]);

export interface Embed {
  /** Repo-relative source file of the page. */
  page: string;
  line: number;
  file: string;
  pointer: string;
  /** The schema the value was validated against (`file.schema.json` or `file.schema.json#/$defs/x`), if JSON. */
  schema: string | undefined;
}

export interface ExampleReport {
  problems: string[];
  embeds: Embed[];
  sketches: { page: string; line: number }[];
}

function resolvePointer(doc: unknown, pointer: string): unknown {
  let at: unknown = doc;
  if (pointer === "") return at;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, token)) throw new Error(`pointer ${pointer} does not resolve`);
    at = (at as Record<string, unknown>)[token];
  }
  return at;
}

/**
 * Which schema a value taken from a vector is an instance of: the vector schema's own definition of that input member
 * (a `$ref` to a wire object's schema where it has one), with two refinements the vector schema cannot express — an
 * envelope is checked against its profile's schema, and `_meta` against the evidence container schema. Returns
 * undefined for a member the vector schema does not define, which fails the build.
 */
export function vectorSlotSchema(vectorSchema: VectorSchema, vector: unknown, pointer: string): string | undefined {
  const m = /^\/calls\/\d+\/input\/(.+)$/.exec(pointer);
  if (m === null) return undefined;
  const path = m[1]!.split("/");
  const slot = path[0]!;
  if (path.length === 1 && slot === "envelope") {
    const input = resolvePointer(vector, pointer.slice(0, -"/envelope".length)) as { profile?: string };
    return input.profile === "vaara-v2" ? "tool-call-attestation-vaara-v2.schema.json" : "tool-call-attestation.schema.json";
  }
  if (path.length === 2 && slot === "request" && path[1] === "_meta") return "evidence.schema.json#meta";
  if (path.length !== 1) return undefined;
  const def = (vector as { verb?: string }).verb === "verify-transport" ? "verifyTransportInput" : "verifyAttestationInput";
  const prop = vectorSchema.$defs[def]?.properties?.[slot];
  if (prop === undefined) return undefined;
  if (typeof prop.$ref === "string") return prop.$ref.startsWith("#") ? `conformance-vector.schema.json${prop.$ref}` : prop.$ref;
  return `conformance-vector.schema.json#/$defs/${def}/properties/${slot}`;
}

/** The parts of conformance-vector.schema.json that vectorSlotSchema reads. */
export interface VectorSchema {
  $defs: Record<string, { properties?: Record<string, { $ref?: string }> }>;
}

export const readVectorSchema = (root: string) =>
  JSON.parse(readFileSync(join(root, "schemas", "conformance-vector.schema.json"), "utf8")) as VectorSchema;

/** The expected verdict of the vector call a pointer points into: parse failures are deliberately invalid examples. */
function deliberatelyInvalid(vector: unknown, pointer: string): boolean {
  const m = /^\/calls\/(\d+)\//.exec(pointer);
  if (m === null) return false;
  const expected = resolvePointer(vector, `/calls/${m[1]}/expected`) as { verdict?: string; reason?: string };
  return expected.verdict === "reject" && ["json_invalid", "envelope_malformed", "limit_exceeded", "request_malformed"].includes(expected.reason ?? "");
}

function ajvFor(root: string): Ajv2020 {
  return createAjv(loadSchemas(root), { standalone: false });
}

function validate(ajv: Ajv2020, schemaRef: string, value: unknown): string | undefined {
  if (schemaRef === "evidence.schema.json#meta") {
    // A `_meta` object: its evidence container, when present, is the wire object to check.
    if (value === null || typeof value !== "object" || Array.isArray(value)) return "_meta is not an object";
    const container = (value as Record<string, unknown>)["org.mcp-trust/evidence"];
    return container === undefined ? undefined : validate(ajv, "evidence.schema.json", container);
  }
  const validator = ajv.getSchema(SCHEMA_ID_BASE + schemaRef);
  if (validator === undefined) return `schema ${schemaRef} does not exist`;
  if (validator(value) === true) return undefined;
  return ajv.errorsText(validator.errors, { dataVar: "example" });
}

/** Checks one spec page's JSON blocks and embeds; `path` is absolute, `root` the repository. */
export function checkPageExamples(root: string, path: string, ajv: Ajv2020 = ajvFor(root), vectorSchema = readVectorSchema(root)): ExampleReport {
  const page = relative(root, path).split("\\").join("/");
  const text = readFileSync(path, "utf8");
  const report: ExampleReport = { problems: [], embeds: [], sketches: [] };
  try {
    if (fillEmbeds(text, root) !== text) report.problems.push(`${page}: an embedded example is stale; run npm run spec:embed`);
  } catch (e) {
    report.problems.push(`${page}: an embed marker does not resolve: ${(e as Error).message}`);
  }
  for (const f of fences(text)) {
    const marker = EMBED.exec(f.before.trim());
    if (marker === null) {
      if (!JSON_LANGS.has(f.lang)) continue;
      if (f.body.includes("…")) report.sketches.push({ page, line: f.line });
      else
        report.problems.push(
          `${page}:${f.line}: a JSON example typed by hand; embed it from a vector or a schema's examples ` +
            `(<!-- embed: FILE#POINTER --> and npm run spec:embed), or elide members with … if it only sketches a shape`,
        );
      continue;
    }
    const [, file, pointer, as] = marker as unknown as [string, string, string, string | undefined];
    const where = `${page}:${f.line}: embed ${file}#${pointer}`;
    let doc: unknown;
    let value: unknown;
    try {
      doc = JSON.parse(readFileSync(join(root, file), "utf8"));
      value = resolvePointer(doc, pointer);
    } catch (e) {
      report.problems.push(`${where}: ${(e as Error).message}`);
      continue;
    }
    if (as === "hex-text") {
      // Text, not a JSON example (a signing input): it must at least be the UTF-8 the spec shows.
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(String(value), "hex"));
      } catch {
        report.problems.push(`${where}: not valid UTF-8 hex`);
      }
      report.embeds.push({ page, line: f.line, file, pointer, schema: undefined });
      continue;
    }
    let schema: string | undefined;
    if (file.startsWith("schemas/")) {
      const m = /^(.*)\/examples\/\d+$/.exec(pointer);
      if (m === null) {
        report.problems.push(`${where}: from a schema file, only an examples entry may be embedded`);
        continue;
      }
      schema = m[1] === "" ? file.slice("schemas/".length) : `${file.slice("schemas/".length)}#${m[1]}`;
    } else if (file.startsWith("conformance/vectors/")) {
      const whole = validate(ajv, "conformance-vector.schema.json", doc);
      if (whole !== undefined) report.problems.push(`${file}: not a valid vector: ${whole}`);
      schema = vectorSlotSchema(vectorSchema, doc, pointer);
      if (schema === undefined) {
        report.problems.push(`${where}: no schema is known for this member; the vector schema does not define this member`);
        continue;
      }
      if (deliberatelyInvalid(doc, pointer)) {
        report.embeds.push({ page, line: f.line, file, pointer, schema: undefined });
        continue;
      }
    } else {
      report.problems.push(`${where}: examples are embedded from schemas/ or conformance/vectors/ only`);
      continue;
    }
    const error = validate(ajv, schema, value);
    if (error !== undefined) report.problems.push(`${where}: does not validate against ${schema}: ${error}`);
    report.embeds.push({ page, line: f.line, file, pointer, schema });
  }
  return report;
}

/** Checks every given spec page; one ajv instance for all of them. */
export function checkExamples(root: string, paths: readonly string[]): ExampleReport {
  const ajv = ajvFor(root);
  const vectorSchema = readVectorSchema(root);
  const all: ExampleReport = { problems: [], embeds: [], sketches: [] };
  for (const p of paths) {
    const r = checkPageExamples(root, p, ajv, vectorSchema);
    all.problems.push(...r.problems);
    all.embeds.push(...r.embeds);
    all.sketches.push(...r.sketches);
  }
  return all;
}
