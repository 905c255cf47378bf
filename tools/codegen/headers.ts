/**
 * Emits generated/headers/: an RFC 9651 codec for every schema that carries an `x-mcp-header` annotation (the `_meta`
 * twins of spec/transport-headers.md). The annotation names the header, its size limit and how its structured field
 * maps onto the twin's members; the codec parses with the `structured-headers` package, checks the mapping and then the
 * twin schema (through the generated validator), so the schema stays the one source of truth.
 *
 * Generated code may import only npm packages and other generated files, so codecs do not throw McpTrustError: they
 * return a result whose `reason` is typed from the generated registry, and the reference wraps it.
 */
import { tsBanner } from "./banner.js";
import type { JsonSchema, SchemaFile } from "./load.js";
import { assertIdentifier, pascalCase, validatorName } from "./naming.js";

export const HEADER_KEYWORD = "x-mcp-header";
const BARE_TYPES = new Set(["string", "token", "text"]);
const MEMBER_TYPES = new Set([...BARE_TYPES, "string-inner-list"]);

interface MemberMap {
  readonly member: string;
  readonly type: string;
}

export interface HeaderAnnotation {
  readonly name: string;
  readonly maxBytes: number;
  readonly structure: "item" | "list" | "dictionary";
  readonly bareItem?: MemberMap;
  readonly parameters?: Readonly<Record<string, MemberMap>>;
  readonly listMembers?: MemberMap;
  readonly dictionaryMembers?: Readonly<Record<string, MemberMap>>;
}

export interface HeaderSchema {
  readonly schema: SchemaFile;
  readonly annotation: HeaderAnnotation;
  /** The evidence item type whose value this schema is (from evidence.schema.json). */
  readonly itemType: string;
  /** `McpAgentIdentity` for `MCP-Agent-Identity`. */
  readonly pascal: string;
  /** `MCP_AGENT_IDENTITY_HEADER`. */
  readonly constant: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function fail(s: SchemaFile, message: string): never {
  throw new Error(`${s.path}: ${HEADER_KEYWORD}: ${message}`);
}

/** Checks one `{member, type}` entry: the member must be a property of the twin schema. */
function memberMap(s: SchemaFile, where: string, raw: unknown, allowed: ReadonlySet<string>): MemberMap {
  if (!isObject(raw) || typeof raw["member"] !== "string" || typeof raw["type"] !== "string") fail(s, `${where} must be {member, type}`);
  if (!allowed.has(raw["type"])) fail(s, `${where}.type ${JSON.stringify(raw["type"])} is not one of ${[...allowed].join(", ")}`);
  const props = s.schema["properties"];
  if (!isObject(props) || !Object.hasOwn(props, raw["member"])) fail(s, `${where}.member ${JSON.stringify(raw["member"])} is not a property of the schema`);
  return { member: raw["member"], type: raw["type"] };
}

function memberMaps(s: SchemaFile, where: string, raw: unknown, allowed: ReadonlySet<string>): Record<string, MemberMap> {
  if (!isObject(raw) || Object.keys(raw).length === 0) fail(s, `${where} must be a non-empty object`);
  const out: Record<string, MemberMap> = {};
  for (const [key, v] of Object.entries(raw)) {
    // Keys of RFC 9651 parameters and dictionaries: lowercase, starting with a letter or `*`.
    if (!/^[a-z*][a-z0-9_.*-]*$/.test(key)) fail(s, `${where} key ${JSON.stringify(key)} is not an RFC 9651 key`);
    out[key] = memberMap(s, `${where}.${key}`, v, allowed);
  }
  return out;
}

/** Reads and checks the annotation of one schema; every twin member must be mapped exactly once. */
export function readAnnotation(s: SchemaFile): HeaderAnnotation {
  const raw = s.schema[HEADER_KEYWORD];
  if (!isObject(raw)) fail(s, "must be an object");
  const { name, maxBytes, structure } = raw;
  if (typeof name !== "string" || !/^MCP(?:-[A-Z][A-Za-z0-9]*)+$/.test(name)) fail(s, "name must be an MCP-… header name");
  if (typeof maxBytes !== "number" || !Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > 65536) fail(s, "maxBytes must be an integer 1..65536");
  let a: HeaderAnnotation;
  if (structure === "item") {
    a = {
      name,
      maxBytes,
      structure,
      bareItem: memberMap(s, "bareItem", raw["bareItem"], BARE_TYPES),
      ...(raw["parameters"] === undefined ? {} : { parameters: memberMaps(s, "parameters", raw["parameters"], BARE_TYPES) }),
    };
  } else if (structure === "list") {
    a = { name, maxBytes, structure, listMembers: memberMap(s, "listMembers", raw["listMembers"], new Set(["string"])) };
  } else if (structure === "dictionary") {
    a = { name, maxBytes, structure, dictionaryMembers: memberMaps(s, "dictionaryMembers", raw["dictionaryMembers"], MEMBER_TYPES) };
  } else fail(s, "structure must be item, list or dictionary");
  const allowedKeys: Record<string, readonly string[]> = {
    item: ["name", "maxBytes", "structure", "bareItem", "parameters"],
    list: ["name", "maxBytes", "structure", "listMembers"],
    dictionary: ["name", "maxBytes", "structure", "dictionaryMembers"],
  };
  for (const k of Object.keys(raw)) if (!(allowedKeys[structure] as readonly string[]).includes(k)) fail(s, `unknown member ${k}`);
  const mapped = [a.bareItem, a.listMembers, ...Object.values(a.parameters ?? {}), ...Object.values(a.dictionaryMembers ?? {})]
    .filter((m): m is MemberMap => m !== undefined)
    .map((m) => m.member);
  const props = Object.keys(s.schema["properties"] as Record<string, unknown>);
  if (new Set(mapped).size !== mapped.length || mapped.length !== props.length) fail(s, "every property of the schema must be mapped exactly once");
  if (s.schema["additionalProperties"] !== false) fail(s, "a twin schema must be closed (additionalProperties: false)");
  return a;
}

/** The evidence item type whose `value` `$ref`s this schema, read from evidence.schema.json's `allOf` if/then branches. */
function itemTypeOf(evidence: SchemaFile, s: SchemaFile): string {
  const item = ((evidence.schema["$defs"] as JsonSchema | undefined)?.["evidenceItem"] ?? {}) as JsonSchema;
  const branches = Array.isArray(item["allOf"]) ? (item["allOf"] as JsonSchema[]) : [];
  const types = branches.flatMap((b) => {
    const t = ((b["if"] as JsonSchema | undefined)?.["properties"] as Record<string, JsonSchema> | undefined)?.["type"]?.["const"];
    const ref = (((b["then"] as JsonSchema | undefined)?.["properties"] as Record<string, JsonSchema> | undefined)?.["value"])?.["$ref"];
    return ref === s.file && typeof t === "string" ? [t] : [];
  });
  if (types.length !== 1) fail(s, `evidence.schema.json must map exactly one item type to ${s.file} (found ${types.length})`);
  return types[0] as string;
}

export function headerSchemas(schemas: readonly SchemaFile[]): HeaderSchema[] {
  const evidence = schemas.find((s) => s.stem === "evidence");
  const annotated = schemas.filter((s) => s.schema[HEADER_KEYWORD] !== undefined);
  if (annotated.length > 0 && evidence === undefined) throw new Error("schemas/evidence.schema.json is required for header codecs");
  const out = annotated.map((s) => {
    const annotation = readAnnotation(s);
    if (s.title === undefined) fail(s, "a twin schema needs a title");
    const pascal = pascalCase(annotation.name.toLowerCase());
    const constant = `${annotation.name.toUpperCase().replace(/-/g, "_")}_HEADER`;
    assertIdentifier(pascal, s.path);
    return { schema: s, annotation, itemType: itemTypeOf(evidence as SchemaFile, s), pascal, constant };
  });
  const names = out.map((h) => h.annotation.name.toLowerCase());
  if (new Set(names).size !== names.length) throw new Error(`${HEADER_KEYWORD}: two schemas name the same header`);
  return out;
}

const q = (v: unknown): string => JSON.stringify(v);

/** generated/headers/runtime.ts: the one generic codec every header module instantiates. Fixed text. */
export function emitHeaderRuntime(headers: readonly HeaderSchema[]): string {
  return `${tsBanner(headers.map((h) => h.schema.path))}

/**
 * The RFC 9651 codec shared by every transport header module (spec/transport-headers.md). Parsing is the
 * \`structured-headers\` package's; this module checks size and charset first, then the mapping of the structured
 * field onto the twin's members, then the twin schema. It never throws: every outcome is a {@link HeaderResult}.
 */
import { DisplayString, Token, parseDictionary, parseItem, parseList, serializeDictionary, serializeItem, serializeList } from "structured-headers";
import type { BareItem, Dictionary, InnerList, Item, List, Parameters } from "structured-headers";
import type { Reason } from "../constants.js";

/** A codec outcome: the value, or a registered reason and a human-readable detail (never matched on). */
export type HeaderResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Reason; readonly detail: string };

/** How one bare item maps onto a twin member: sf-string, sf-token, or text (sf-string, else sf-displaystring). */
export type HeaderBareType = "string" | "token" | "text";

export interface HeaderMemberMap<B extends string = HeaderBareType> {
  readonly member: string;
  readonly type: B;
}

/** The \`x-mcp-header\` annotation of a twin schema, plus the evidence item type it mirrors. */
export interface HeaderSpec {
  /** The header name as the spec writes it; matched case-insensitively. */
  readonly name: string;
  /** The evidence item type (\`_meta\` twin) this header mirrors. */
  readonly itemType: string;
  /** Largest accepted value, in bytes (the value is printable ASCII, so bytes = characters). */
  readonly maxBytes: number;
  readonly structure: "item" | "list" | "dictionary";
  readonly bareItem?: HeaderMemberMap;
  readonly parameters?: Readonly<Record<string, HeaderMemberMap>>;
  readonly listMembers?: HeaderMemberMap<"string">;
  readonly dictionaryMembers?: Readonly<Record<string, HeaderMemberMap<HeaderBareType | "string-inner-list">>>;
}

/** A generated validator: a type guard with ajv's error list. */
export type HeaderValidator<T> = ((data: unknown) => data is T) & { errors?: readonly { instancePath: string; message?: string }[] | null };

/** RFC 9651 sf-string characters, and what every header value must consist of: printable ASCII. */
const PRINTABLE_ASCII = /^[\\x20-\\x7e]*$/;

const malformed = (detail: string): { ok: false; reason: Reason; detail: string } => ({ ok: false, reason: "header_malformed", detail });

class Mismatch extends Error {}

function bareValue(bare: BareItem, type: HeaderBareType, where: string): string {
  if (type === "token" && bare instanceof Token) return bare.toString();
  if (type !== "token" && typeof bare === "string") return bare;
  if (type === "text" && bare instanceof DisplayString) return bare.toString();
  throw new Mismatch(\`\${where} is not an \${type === "text" ? "sf-string or sf-displaystring" : \`sf-\${type}\`}\`);
}

function noParameters(params: Parameters, where: string): void {
  if (params.size > 0) throw new Mismatch(\`\${where} carries parameters\`);
}

/** Maps parameters onto members; a parameter the annotation does not name is malformed. */
function readParameters(params: Parameters, maps: Readonly<Record<string, HeaderMemberMap>> | undefined, out: Record<string, unknown>): void {
  for (const [key, bare] of params) {
    const map = maps?.[key];
    if (map === undefined) throw new Mismatch(\`unknown parameter \${key}\`);
    out[map.member] = bareValue(bare, map.type, \`parameter \${key}\`);
  }
}

const isInnerList = (m: Item | InnerList): m is InnerList => Array.isArray(m[0]);

function decode(spec: HeaderSpec, value: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (spec.structure === "item") {
    const [bare, params] = parseItem(value);
    out[spec.bareItem!.member] = bareValue(bare, spec.bareItem!.type, "the item");
    readParameters(params, spec.parameters, out);
  } else if (spec.structure === "list") {
    const map = spec.listMembers!;
    out[map.member] = parseList(value).map((m, i) => {
      if (isInnerList(m)) throw new Mismatch(\`list member \${i} is an inner list\`);
      noParameters(m[1], \`list member \${i}\`);
      return bareValue(m[0], map.type, \`list member \${i}\`);
    });
  } else {
    for (const [key, m] of parseDictionary(value)) {
      const map = spec.dictionaryMembers![key];
      if (map === undefined) throw new Mismatch(\`unknown member \${key}\`);
      noParameters(m[1], \`member \${key}\`);
      if (map.type === "string-inner-list") {
        if (!isInnerList(m)) throw new Mismatch(\`member \${key} is not an inner list\`);
        out[map.member] = m[0].map((it, i) => {
          noParameters(it[1], \`member \${key} item \${i}\`);
          return bareValue(it[0], "string", \`member \${key} item \${i}\`);
        });
      } else {
        if (isInnerList(m)) throw new Mismatch(\`member \${key} is an inner list\`);
        out[map.member] = bareValue(m[0], map.type, \`member \${key}\`);
      }
    }
  }
  return out;
}

/** Decodes a header value into its twin value: size, charset, RFC 9651 structure, mapping, twin schema — in that order. */
export function parseHeader<T>(spec: HeaderSpec, validate: HeaderValidator<T>, value: string): HeaderResult<T> {
  if (typeof value !== "string") return malformed(\`\${spec.name} is not a string\`);
  // Length before anything else: nothing larger than the limit is scanned. Non-ASCII strings are refused next, so
  // counting UTF-16 units here never under-counts bytes of a value that is accepted.
  if (value.length > spec.maxBytes) return malformed(\`\${spec.name} is longer than \${spec.maxBytes} bytes\`);
  if (!PRINTABLE_ASCII.test(value)) return malformed(\`\${spec.name} holds a character outside printable ASCII\`);
  let decoded: Record<string, unknown>;
  try {
    decoded = decode(spec, value);
  } catch (e) {
    return malformed(\`\${spec.name} is not a valid RFC 9651 \${spec.structure} of its shape: \${e instanceof Error ? e.message : String(e)}\`);
  }
  if (!validate(decoded)) {
    const err = validate.errors?.[0];
    return malformed(\`\${spec.name} breaks its schema at \${err?.instancePath || "/"}: \${err?.message ?? "invalid"}\`);
  }
  return { ok: true, value: decoded };
}

function bareItem(v: unknown, type: HeaderBareType, where: string): BareItem {
  if (typeof v !== "string") throw new Mismatch(\`\${where} is not a string\`);
  if (type === "token") return new Token(v);
  if (PRINTABLE_ASCII.test(v)) return v;
  if (type === "text") return new DisplayString(v);
  throw new Mismatch(\`\${where} is not printable ASCII and cannot be an sf-string\`);
}

/** Encodes a twin value as its header (RFC 9651 canonical serialization); a twin that breaks its schema is envelope_malformed. */
export function serializeHeader<T>(spec: HeaderSpec, validate: HeaderValidator<T>, value: T): HeaderResult<string> {
  if (!validate(value)) {
    const err = validate.errors?.[0];
    return { ok: false, reason: "envelope_malformed", detail: \`the \${spec.itemType} value breaks its schema at \${err?.instancePath || "/"}: \${err?.message ?? "invalid"}\` };
  }
  const v = value as Record<string, unknown>;
  let text: string;
  try {
    if (spec.structure === "item") {
      const params: Parameters = new Map();
      for (const [key, map] of Object.entries(spec.parameters ?? {})) {
        if (v[map.member] !== undefined) params.set(key, bareItem(v[map.member], map.type, key));
      }
      text = serializeItem([bareItem(v[spec.bareItem!.member], spec.bareItem!.type, "the item"), params]);
    } else if (spec.structure === "list") {
      const members = v[spec.listMembers!.member] as unknown[];
      const list: List = members.map((m, i): Item => [bareItem(m, "string", \`member \${i}\`), new Map()]);
      text = serializeList(list);
    } else {
      const dict: Dictionary = new Map();
      for (const [key, map] of Object.entries(spec.dictionaryMembers!)) {
        const member = v[map.member];
        if (member === undefined) continue;
        if (map.type === "string-inner-list") {
          const items = (member as unknown[]).map((m, i): Item => [bareItem(m, "string", \`\${key} \${i}\`), new Map()]);
          dict.set(key, [items, new Map()]);
        } else dict.set(key, [bareItem(member, map.type, key), new Map()]);
      }
      text = serializeDictionary(dict);
    }
  } catch (e) {
    return malformed(\`the \${spec.itemType} value cannot be written as \${spec.name}: \${e instanceof Error ? e.message : String(e)}\`);
  }
  if (text.length > spec.maxBytes) return malformed(\`\${spec.name} would be longer than \${spec.maxBytes} bytes\`);
  return { ok: true, value: text };
}
`;
}

/** generated/headers/<stem>.ts: the spec constant and the typed parse/serialize pair of one header. */
export function emitHeaderModule(h: HeaderSchema, sources: readonly string[]): string {
  const s = h.schema;
  const title = s.title as string;
  const spec = { name: h.annotation.name, itemType: h.itemType, ...h.annotation };
  const body = JSON.stringify(spec, null, 2);
  return `${tsBanner(sources)}

import type { ${title} } from "../types/${s.stem}.js";
import { ${validatorName(s)} } from "../validators/${s.stem}.js";
import { parseHeader, serializeHeader, type HeaderResult, type HeaderSpec } from "./runtime.js";

/** The \`${h.annotation.name}\` header: mirror of the \`${h.itemType}\` evidence item (${s.path}, \`${HEADER_KEYWORD}\`). */
export const ${h.constant}: HeaderSpec = Object.freeze(${body} as const);

/** Decodes a \`${h.annotation.name}\` value into the \`${h.itemType}\` twin value; \`header_malformed\` on any defect. Never throws. */
export function parse${h.pascal}Header(value: string): HeaderResult<${title}> {
  return parseHeader(${h.constant}, ${validatorName(s)}, value);
}

/** Writes the \`${h.itemType}\` twin value as a \`${h.annotation.name}\` value (RFC 9651 canonical form). Never throws. */
export function serialize${h.pascal}Header(value: ${title}): HeaderResult<string> {
  return serializeHeader(${h.constant}, ${validatorName(s)}, value);
}
`;
}

/** generated/headers/registry.ts: every header codec, keyed by item type, for readers that handle all of them. */
export function emitHeaderRegistry(headers: readonly HeaderSchema[]): string {
  const sorted = [...headers].sort((a, b) => (a.itemType < b.itemType ? -1 : a.itemType > b.itemType ? 1 : 0));
  return `${tsBanner(sorted.map((h) => h.schema.path))}

${sorted.map((h) => `import type { ${h.schema.title} } from "../types/${h.schema.stem}.js";`).join("\n")}
${sorted.map((h) => `import { ${h.constant}, parse${h.pascal}Header, serialize${h.pascal}Header } from "./${h.schema.stem}.js";`).join("\n")}
import type { HeaderResult, HeaderSpec } from "./runtime.js";

/** The decoded value of each transport header, by the evidence item type it mirrors. */
export interface TransportHeaderValues {
${sorted.map((h) => `  ${q(h.itemType)}?: ${h.schema.title};`).join("\n")}
}

export type TransportItemType = keyof TransportHeaderValues;

export interface TransportHeaderCodec<K extends TransportItemType> {
  readonly spec: HeaderSpec;
  readonly parse: (value: string) => HeaderResult<NonNullable<TransportHeaderValues[K]>>;
  readonly serialize: (value: NonNullable<TransportHeaderValues[K]>) => HeaderResult<string>;
}

/** Every transport header codec, by item type. */
export const TRANSPORT_HEADER_CODECS: { readonly [K in TransportItemType]: TransportHeaderCodec<K> } = Object.freeze({
${sorted.map((h) => `  ${q(h.itemType)}: { spec: ${h.constant}, parse: parse${h.pascal}Header, serialize: serialize${h.pascal}Header },`).join("\n")}
});

/** Lower-cased header name → item type, for case-insensitive lookup in a raw header list. */
export const TRANSPORT_HEADER_ITEM_TYPES: ReadonlyMap<string, TransportItemType> = new Map<string, TransportItemType>([
${sorted.map((h) => `  [${q(h.annotation.name.toLowerCase())}, ${q(h.itemType)}],`).join("\n")}
]);
`;
}
