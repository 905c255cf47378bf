/**
 * Schema hygiene and a differential test: the shipped ajv validators (generated/validators/) and
 * an independent JSON Schema 2020-12 implementation (typebox 1.x, `typebox/schema` Compile with a
 * $id-keyed context for the cross-file $refs) must agree on valid/invalid for every corpus
 * document and for fast-check mutations of them. See schemas/README.md for known limitations.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { Compile } from "typebox/schema";
import { describe, expect, it } from "vitest";
import * as generated from "../generated/index.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMAS_DIR = join(REPO, "schemas");
const DRAFT_2020 = "https://json-schema.org/draft/2020-12/schema";
const ID_BASE = "https://mcp-trust.org/schemas/v1/";
const PRIOR_ART = resolve(REPO, "../shared/prior-art/vectors-other/sep2787");
const PRIOR_ART_NAMES = new Set(["attestation.json", "signed_envelope.json", "unsigned_envelope.json"]);
const VECTORS_DIR = join(REPO, "conformance/vectors");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

const schemaFiles = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith(".schema.json")).sort();
const schemas = new Map<string, JsonObject>(schemaFiles.map((f) => [f, JSON.parse(readFileSync(join(SCHEMAS_DIR, f), "utf8")) as JsonObject]));
const idOf = (file: string): string => `${ID_BASE}${file}`;

/** The options tools/codegen/ajv.ts compiles the shipped validators with (kept in sync by hand: tests may not import tools/). */
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: false });
  type AddFormats = typeof addFormatsModule.default;
  const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);
  addFormats(ajv);
  for (const keyword of ["x-http-status", "x-mcp-header"]) ajv.addKeyword({ keyword, schemaType: ["number", "string", "boolean", "object", "array"] });
  for (const [file, schema] of schemas) ajv.addSchema(schema, idOf(file));
  return ajv;
}

/** Subschema locations (JSON pointers) of a schema: follows only keywords whose values are schemas. */
function* subschemas(node: Json, pointer = ""): Generator<[string, JsonObject]> {
  if (!isObject(node)) return;
  yield [pointer, node];
  const esc = (k: string): string => k.replace(/~/g, "~0").replace(/\//g, "~1");
  for (const k of ["items", "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties"]) {
    if (node[k] !== undefined) yield* subschemas(node[k] as Json, `${pointer}/${k}`);
  }
  for (const k of ["properties", "patternProperties", "$defs", "dependentSchemas"]) {
    const m = node[k];
    if (isObject(m)) for (const [name, s] of Object.entries(m)) yield* subschemas(s, `${pointer}/${k}/${esc(name)}`);
  }
  for (const k of ["allOf", "anyOf", "oneOf", "prefixItems"]) {
    const list = node[k];
    if (Array.isArray(list)) for (const [i, s] of list.entries()) yield* subschemas(s, `${pointer}/${k}/${i}`);
  }
}

describe("schema files", () => {
  it("there are schemas", () => {
    expect(schemaFiles.length).toBeGreaterThan(0);
  });

  it.each(schemaFiles)("%s: $schema is 2020-12 and $id matches the file name", (file) => {
    const s = schemas.get(file) as JsonObject;
    expect(s["$schema"]).toBe(DRAFT_2020);
    expect(s["$id"]).toBe(idOf(file));
  });

  it("$ids are unique", () => {
    const ids = [...schemas.values()].map((s) => s["$id"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(schemaFiles)("%s compiles in ajv 2020 strict mode", (file) => {
    const ajv = strictAjv();
    expect(() => ajv.getSchema(idOf(file))).not.toThrow();
    expect(typeof ajv.getSchema(idOf(file))).toBe("function");
  });

  const examples = schemaFiles.flatMap((file) =>
    [...subschemas(schemas.get(file) as JsonObject)].flatMap(([pointer, node]) =>
      Array.isArray(node["examples"]) ? node["examples"].map((example, i) => ({ file, pointer, i, example })) : [],
    ),
  );

  it("the schemas carry examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("$file#$pointer examples[$i] is valid against its subschema", ({ file, pointer, example }) => {
    const validate = strictAjv().compile({ $ref: `${idOf(file)}#${pointer}` });
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});

// ---------------------------------------------------------------- differential: ajv vs typebox

type Check = (value: unknown) => boolean;

const typeboxContext = Object.fromEntries([...schemas].map(([file, s]) => [idOf(file), s])) as Parameters<typeof Compile>[0];
function typeboxCheck(file: string): Check {
  const validator = Compile(typeboxContext, schemas.get(file) as Parameters<typeof Compile>[1]);
  return (value) => validator.Check(value);
}

function ajvCheck(file: string): Check {
  const title = (schemas.get(file) as JsonObject)["title"];
  const fn = (generated as Record<string, unknown>)[`validate${String(title)}`];
  if (typeof fn !== "function") throw new Error(`generated/index.ts exports no validate${String(title)} for ${file}`);
  return (value) => (fn as Check)(value);
}

const SEP = "tool-call-attestation.schema.json";
const VAARA = "tool-call-attestation-vaara-v2.schema.json";
const EVIDENCE = "evidence.schema.json";
const VECTOR = "conformance-vector.schema.json";
const checkers = new Map<string, { ajv: Check; typebox: Check }>(
  [SEP, VAARA, EVIDENCE, VECTOR].map((f) => [f, { ajv: ajvCheck(f), typebox: typeboxCheck(f) }]),
);

/** Both validators' verdicts; the test asserts they are equal. */
function verdicts(file: string, doc: unknown): { ajv: boolean; typebox: boolean } {
  const c = checkers.get(file) as { ajv: Check; typebox: Check };
  return { ajv: c.ajv(doc), typebox: c.typebox(doc) };
}

function listJson(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listJson(full, accept));
    else if (accept(name)) out.push(full);
  }
  return out;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, "utf8")) as Json;
const rel = (path: string): string => relative(REPO, path).split(sep).join("/");

/** The envelope schema a prior-art document is meant for: vaara-v2 when it has a top-level `version`. */
const envelopeSchemaFor = (doc: Json): string => (isObject(doc) && Object.hasOwn(doc, "version") ? VAARA : SEP);

const priorArtPresent = existsSync(PRIOR_ART);
const priorArt = listJson(PRIOR_ART, (n) => PRIOR_ART_NAMES.has(n)).map((p) => ({ path: rel(p), doc: readJson(p) }));
const vectorFiles = listJson(VECTORS_DIR, (n) => n.endsWith(".json")).map((p) => ({ path: rel(p), doc: readJson(p) }));

/** A hand-written valid vector, so the conformance-vector schema is covered while conformance/vectors/ is empty. */
const SYNTHETIC_VECTOR: Json = {
  id: "tool-call-attestation/synthetic-seed",
  description: "a synthetic seed for the differential schema test.",
  spec: "tool-call-attestation#envelope",
  category: "policy",
  verb: "verify-attestation",
  calls: [
    {
      input: {
        envelopeBase64: "e30=",
        keys: { issuers: { "issuer://test": { keys: [{ kty: "oct", kid: "v1", alg: "HS256", k: "c2VjcmV0" }] } } },
        tool: "delete_file",
        server: `sha256:${"11".repeat(32)}`,
        now: "2026-05-29T10:00:00Z",
        profile: "sep-2787",
        algorithms: ["HS256"],
        resolve: { "https://example.test/args": "e30=" },
      },
      expected: { verdict: "reject", reason: "signature_invalid", signingInput: "7b7d", argsCommitment: "hash" },
    },
  ],
};

describe("differential: generated ajv validators vs typebox", () => {
  it("the prior-art corpus (../shared) is present, or this is not CI", () => {
    if (!priorArtPresent) {
      const msg = `prior-art corpus not found at ${PRIOR_ART}: its documents are skipped`;
      if (process.env["CI"]) throw new Error(`${msg} (CI is set: the corpus is required)`);
      console.warn(`[schemas.test] ${msg} (set up ../shared to run them).`);
    }
    expect(priorArtPresent || !process.env["CI"]).toBe(true);
  });

  it.skipIf(!priorArtPresent).each(priorArt)("$path: both validators agree on both envelope schemas", ({ doc }) => {
    for (const file of [SEP, VAARA]) {
      const v = verdicts(file, doc);
      expect(v.typebox, file).toBe(v.ajv);
    }
  });

  it.skipIf(!priorArtPresent)("the prior-art corpus contains documents valid against their envelope schema", () => {
    const valid = priorArt.filter(({ doc }) => verdicts(envelopeSchemaFor(doc), doc).ajv);
    expect(valid.length).toBeGreaterThan(0);
  });

  it.each(vectorFiles)("$path: both validators agree (conformance-vector schema)", ({ doc }) => {
    const v = verdicts(VECTOR, doc);
    expect(v.typebox).toBe(v.ajv);
  });

  const vectorWith = (patch: (input: JsonObject) => void): Json => {
    const doc = structuredClone(SYNTHETIC_VECTOR) as { calls: { input: JsonObject }[] };
    patch((doc.calls[0] as { input: JsonObject }).input);
    return doc as unknown as Json;
  };
  const EDGE_CASES: [string, Json][] = [
    ["duplicate algorithms (uniqueItems)", vectorWith((i) => {
      i["algorithms"] = ["HS256", "HS256"];
    })],
    ["own __proto__ member in a closed object", vectorWith((i) => {
      Object.defineProperty(i, "__proto__", { value: {}, enumerable: true });
    })],
    ["lone surrogate in a patterned string", vectorWith((i) => {
      i["now"] = "2026-05-29T10:00:00Z\ud800";
    })],
    ["astral characters counted as one (maxLength)", { ...(SYNTHETIC_VECTOR as JsonObject), description: "\u{1f600}".repeat(300) }],
    ["astral characters over maxLength", { ...(SYNTHETIC_VECTOR as JsonObject), description: "\u{1f600}".repeat(301) }],
    ["both envelope and envelopeBase64 (oneOf)", vectorWith((i) => {
      i["envelope"] = {};
    })],
    ["neither envelope nor envelopeBase64 (oneOf)", vectorWith((i) => {
      delete i["envelopeBase64"];
    })],
    ["private EC member in a key (not/anyOf/required)", vectorWith((i) => {
      const key = (i["keys"] as { issuers: Record<string, { keys: JsonObject[] }> }).issuers["issuer://test"]?.keys[0] as JsonObject;
      key["d"] = "x";
    })],
    ["a reason that is not registered", { ...(SYNTHETIC_VECTOR as JsonObject), calls: [{ ...((SYNTHETIC_VECTOR as { calls: JsonObject[] }).calls[0] as JsonObject), expected: { verdict: "reject", reason: "nope" } }] }],
  ];

  it.each(EDGE_CASES)("edge case: %s — both validators agree", (_name, doc) => {
    const v = verdicts(VECTOR, doc);
    expect(v.typebox).toBe(v.ajv);
  });

  it("the synthetic vector seed is valid under both validators", () => {
    expect(verdicts(VECTOR, SYNTHETIC_VECTOR)).toEqual({ ajv: true, typebox: true });
  });

  // ------------------------------------------------------------ mutations

  const knownKeys = [
    ...new Set(
      [...schemas.values()].flatMap((s) =>
        [...subschemas(s)].flatMap(([, node]) => (isObject(node["properties"]) ? Object.keys(node["properties"]) : [])),
      ),
    ),
  ].sort();

  type Path = (string | number)[];
  function paths(v: Json, base: Path = [], out: Path[] = []): Path[] {
    out.push(base);
    if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...base, i], out));
    else if (isObject(v)) for (const k of Object.keys(v)) paths(v[k] as Json, [...base, k], out);
    return out;
  }
  const get = (doc: Json, p: Path): Json => p.reduce<Json>((cur, k) => (cur as Record<string | number, Json>)[k] as Json, doc);
  const jsonType = (v: Json): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
  const OTHER_TYPE: Record<string, Json> = { string: 0, number: "0", boolean: null, null: false, array: {}, object: [] };

  type StringEdit = { kind: "replace"; s: string } | { kind: "set"; pos: number; ch: string } | { kind: "cut"; pos: number } | { kind: "append"; s: string };
  type Mutation =
    | { op: "drop"; at: number }
    | { op: "retype"; at: number; value: Json }
    | { op: "add"; at: number; key: string; value: Json }
    | { op: "restring"; at: number; edit: StringEdit }
    | { op: "push"; at: number; value: Json; copy: boolean };

  const charArb = fc.oneof(fc.constantFrom(..."0189afAFz:-_ Z.\u00e9\u{1f600}"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));
  const editArb: fc.Arbitrary<StringEdit> = fc.oneof(
    fc.record({ kind: fc.constant("replace" as const), s: fc.string({ unit: "binary", maxLength: 24 }) }),
    fc.record({ kind: fc.constant("set" as const), pos: fc.nat(), ch: charArb }),
    fc.record({ kind: fc.constant("cut" as const), pos: fc.nat() }),
    fc.record({ kind: fc.constant("append" as const), s: fc.string({ maxLength: 8 }) }),
  );
  const valueArb = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
  const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
    fc.record({ op: fc.constant("retype" as const), at: fc.nat(), value: valueArb }),
    fc.record({
      op: fc.constant("add" as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...knownKeys, "__proto__", "constructor"), fc.string({ maxLength: 10 })),
      value: valueArb,
    }),
    fc.record({ op: fc.constant("restring" as const), at: fc.nat(), edit: editArb }),
    fc.record({ op: fc.constant("push" as const), at: fc.nat(), value: valueArb, copy: fc.boolean() }),
  );

  function editString(s: string, e: StringEdit): string {
    const cps = [...s];
    switch (e.kind) {
      case "replace":
        return e.s;
      case "append":
        return s + e.s;
      case "set":
        if (cps.length === 0) return e.ch;
        cps[e.pos % cps.length] = e.ch;
        return cps.join("");
      case "cut":
        return cps.slice(0, cps.length === 0 ? 0 : e.pos % cps.length).join("");
    }
  }

  function setAt(doc: Json, p: Path, value: Json): Json {
    if (p.length === 0) return value;
    const parent = get(doc, p.slice(0, -1)) as Record<string | number, Json>;
    Object.defineProperty(parent, p[p.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
    return doc;
  }

  /** Applies one mutation to (a clone of) `doc`; a mutation with no applicable location is a no-op. */
  function mutate(input: Json, m: Mutation): Json {
    const doc = structuredClone(input);
    const all = paths(doc);
    const pick = (ok: (p: Path) => boolean): Path | undefined => {
      const c = all.filter(ok);
      return c.length === 0 ? undefined : c[m.at % c.length];
    };
    switch (m.op) {
      case "drop": {
        const p = pick((q) => typeof q[q.length - 1] === "string");
        if (p) delete (get(doc, p.slice(0, -1)) as JsonObject)[p[p.length - 1] as string];
        return doc;
      }
      case "retype": {
        const p = pick(() => true) as Path;
        const cur = get(doc, p);
        return setAt(doc, p, jsonType(m.value) === jsonType(cur) ? (OTHER_TYPE[jsonType(cur)] as Json) : m.value);
      }
      case "add": {
        const p = pick((q) => isObject(get(doc, q)));
        return p ? setAt(doc, [...p, m.key], m.value) : doc;
      }
      case "restring": {
        const p = pick((q) => typeof get(doc, q) === "string");
        return p ? setAt(doc, p, editString(get(doc, p) as string, m.edit)) : doc;
      }
      case "push": {
        // Grows an array, by a copy of its first element (duplicates: uniqueItems) or a new value.
        const p = pick((q) => Array.isArray(get(doc, q)));
        if (!p) return doc;
        const arr = get(doc, p) as Json[];
        arr.push(m.copy && arr.length > 0 ? structuredClone(arr[0] as Json) : m.value);
        return doc;
      }
    }
  }

  const RUNS = Number(process.env["DIFFERENTIAL_RUNS"] ?? 500);
  const SEED = Number(process.env["DIFFERENTIAL_SEED"] ?? 20260529);

  /** Asserts agreement on every mutated document; returns how many were valid / invalid (per ajv). */
  function agreeOnMutations(seeds: readonly Json[], files: readonly string[]): { valid: number; invalid: number } {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        const doc = mutations.reduce(mutate, seed);
        for (const file of files) {
          const v = verdicts(file, doc);
          if (v.ajv !== v.typebox) throw new Error(`${file}: ajv=${v.ajv} typebox=${v.typebox} for ${JSON.stringify(doc)}`);
          seen[v.ajv ? "valid" : "invalid"]++;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    return seen;
  }

  it.skipIf(!priorArtPresent)("mutated prior-art envelopes: both validators agree", () => {
    const seen = agreeOnMutations(
      priorArt.map((d) => d.doc),
      [SEP, VAARA],
    );
    // Not vacuous: mutations must produce both accepted and rejected documents.
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.invalid).toBeGreaterThan(0);
  });

  it.skipIf(!priorArtPresent)("mutated evidence containers holding prior-art envelopes: both validators agree", () => {
    const wrap = (doc: Json): Json => ({ items: [{ type: "tool-call-attestation", version: 1, value: doc }] });
    const seen = agreeOnMutations(
      priorArt.map((d) => wrap(d.doc)),
      [EVIDENCE],
    );
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.invalid).toBeGreaterThan(0);
  });

  it("mutated conformance vectors: both validators agree", () => {
    const seen = agreeOnMutations([SYNTHETIC_VECTOR, ...vectorFiles.map((v) => v.doc)], [VECTOR]);
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.invalid).toBeGreaterThan(0);
  });
});
