// DO NOT EDIT: this file is generated.
// Source: schemas/actor.schema.json, schemas/agent-identity.schema.json, schemas/agent-intent.schema.json, schemas/agent-session.schema.json, schemas/cap-token.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

/**
 * The RFC 9651 codec shared by every transport header module (spec/transport-headers.md). Parsing is the
 * `structured-headers` package's; this module checks size and charset first, then the mapping of the structured
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

/** The `x-mcp-header` annotation of a twin schema, plus the evidence item type it mirrors. */
export interface HeaderSpec {
  /** The header name as the spec writes it; matched case-insensitively. */
  readonly name: string;
  /** The evidence item type (`_meta` twin) this header mirrors. */
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
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const malformed = (detail: string): { ok: false; reason: Reason; detail: string } => ({ ok: false, reason: "header_malformed", detail });

class Mismatch extends Error {}

function bareValue(bare: BareItem, type: HeaderBareType, where: string): string {
  if (type === "token" && bare instanceof Token) return bare.toString();
  if (type !== "token" && typeof bare === "string") return bare;
  if (type === "text" && bare instanceof DisplayString) return bare.toString();
  throw new Mismatch(`${where} is not an ${type === "text" ? "sf-string or sf-displaystring" : `sf-${type}`}`);
}

function noParameters(params: Parameters, where: string): void {
  if (params.size > 0) throw new Mismatch(`${where} carries parameters`);
}

/** Maps parameters onto members; a parameter the annotation does not name is malformed. */
function readParameters(params: Parameters, maps: Readonly<Record<string, HeaderMemberMap>> | undefined, out: Record<string, unknown>): void {
  for (const [key, bare] of params) {
    const map = maps?.[key];
    if (map === undefined) throw new Mismatch(`unknown parameter ${key}`);
    out[map.member] = bareValue(bare, map.type, `parameter ${key}`);
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
      if (isInnerList(m)) throw new Mismatch(`list member ${i} is an inner list`);
      noParameters(m[1], `list member ${i}`);
      return bareValue(m[0], map.type, `list member ${i}`);
    });
  } else {
    for (const [key, m] of parseDictionary(value)) {
      const map = spec.dictionaryMembers![key];
      if (map === undefined) throw new Mismatch(`unknown member ${key}`);
      noParameters(m[1], `member ${key}`);
      if (map.type === "string-inner-list") {
        if (!isInnerList(m)) throw new Mismatch(`member ${key} is not an inner list`);
        out[map.member] = m[0].map((it, i) => {
          noParameters(it[1], `member ${key} item ${i}`);
          return bareValue(it[0], "string", `member ${key} item ${i}`);
        });
      } else {
        if (isInnerList(m)) throw new Mismatch(`member ${key} is an inner list`);
        out[map.member] = bareValue(m[0], map.type, `member ${key}`);
      }
    }
  }
  return out;
}

/** Decodes a header value into its twin value: size, charset, RFC 9651 structure, mapping, twin schema — in that order. */
export function parseHeader<T>(spec: HeaderSpec, validate: HeaderValidator<T>, value: string): HeaderResult<T> {
  if (typeof value !== "string") return malformed(`${spec.name} is not a string`);
  // Length before anything else: nothing larger than the limit is scanned. Non-ASCII strings are refused next, so
  // counting UTF-16 units here never under-counts bytes of a value that is accepted.
  if (value.length > spec.maxBytes) return malformed(`${spec.name} is longer than ${spec.maxBytes} bytes`);
  if (!PRINTABLE_ASCII.test(value)) return malformed(`${spec.name} holds a character outside printable ASCII`);
  let decoded: Record<string, unknown>;
  try {
    decoded = decode(spec, value);
  } catch (e) {
    return malformed(`${spec.name} is not a valid RFC 9651 ${spec.structure} of its shape: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!validate(decoded)) {
    const err = validate.errors?.[0];
    return malformed(`${spec.name} breaks its schema at ${err?.instancePath || "/"}: ${err?.message ?? "invalid"}`);
  }
  return { ok: true, value: decoded };
}

function bareItem(v: unknown, type: HeaderBareType, where: string): BareItem {
  if (typeof v !== "string") throw new Mismatch(`${where} is not a string`);
  if (type === "token") return new Token(v);
  if (PRINTABLE_ASCII.test(v)) return v;
  if (type === "text") return new DisplayString(v);
  throw new Mismatch(`${where} is not printable ASCII and cannot be an sf-string`);
}

/** Encodes a twin value as its header (RFC 9651 canonical serialization); a twin that breaks its schema is envelope_malformed. */
export function serializeHeader<T>(spec: HeaderSpec, validate: HeaderValidator<T>, value: T): HeaderResult<string> {
  if (!validate(value)) {
    const err = validate.errors?.[0];
    return { ok: false, reason: "envelope_malformed", detail: `the ${spec.itemType} value breaks its schema at ${err?.instancePath || "/"}: ${err?.message ?? "invalid"}` };
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
      const list: List = members.map((m, i): Item => [bareItem(m, "string", `member ${i}`), new Map()]);
      text = serializeList(list);
    } else {
      const dict: Dictionary = new Map();
      for (const [key, map] of Object.entries(spec.dictionaryMembers!)) {
        const member = v[map.member];
        if (member === undefined) continue;
        if (map.type === "string-inner-list") {
          const items = (member as unknown[]).map((m, i): Item => [bareItem(m, "string", `${key} ${i}`), new Map()]);
          dict.set(key, [items, new Map()]);
        } else dict.set(key, [bareItem(member, map.type, key), new Map()]);
      }
      text = serializeDictionary(dict);
    }
  } catch (e) {
    return malformed(`the ${spec.itemType} value cannot be written as ${spec.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (text.length > spec.maxBytes) return malformed(`${spec.name} would be longer than ${spec.maxBytes} bytes`);
  return { ok: true, value: text };
}
