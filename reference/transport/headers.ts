/**
 * Step 1 of the transport verification order (spec/transport-headers.md#mirroring): the MCP-* identity headers of an
 * HTTP request, read from the raw header list, decoded with the generated RFC 9651 codecs and compared with their
 * `_meta` twins. The body stays authoritative: the values returned here are only ever compared, never trusted.
 *
 * The raw list matters: Node's `req.headers` joins repeated unknown headers with ", ", which turns two `MCP-Cap-Token`
 * lines into one longer, well-formed list. `req.rawHeaders` keeps every line, so a duplicate can be seen and refused.
 */
import { TRANSPORT_HEADER_CODECS, TRANSPORT_HEADER_ITEM_TYPES, type TransportHeaderValues, type TransportItemType } from "../../generated/headers/registry.js";
import { McpTrustError, pointerAppend } from "../common/errors.js";
import { canonicalString } from "../common/jcs.js";
import type { JsonValue } from "../common/strict-json.js";

export type { TransportHeaderValues, TransportItemType };

/** A request's header lines in wire order: `[name, value]` pairs, or Node's flat `req.rawHeaders` (name, value, …). */
export type RawHeaders = readonly (readonly [string, string])[] | readonly string[];

/** The order headers are checked in within each stage (the order of the policy's presence check). */
export const TRANSPORT_HEADER_ORDER: readonly TransportItemType[] = Object.freeze(["actor", "cap-token", "agent-identity", "agent-intent", "agent-session"]);

/** Reserved for receipts: a verifier MUST NOT interpret it, so it is neither decoded nor counted here. */
export const RESERVED_HEADERS: readonly string[] = Object.freeze(["MCP-Audit-Chain"]);

const ITEMS_POINTER = `${pointerAppend("/_meta", "org.mcp-trust/evidence")}/items`;

function pairsOf(raw: RawHeaders): [unknown, unknown][] {
  if (raw.length === 0) return [];
  if (typeof raw[0] === "string") {
    const flat = raw as readonly unknown[];
    if (flat.length % 2 !== 0) throw new TypeError("a flat raw header list has an even number of entries (name, value, …)");
    const out: [unknown, unknown][] = [];
    for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
    return out;
  }
  return (raw as readonly unknown[]).map((p) => {
    if (!Array.isArray(p) || p.length !== 2) throw new TypeError("a raw header entry is a [name, value] pair");
    return [p[0], p[1]];
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Reads the transport headers of one request and checks them against the evidence items (step 1 of the verification
 * order): every duplicated header first (`header_duplicated`), then every malformed one (`header_malformed`), then
 * every header without an equal twin (`header_mismatch`); within a stage in {@link TRANSPORT_HEADER_ORDER}.
 *
 * `evidenceItems` is `params._meta["org.mcp-trust/evidence"].items` whose container structure has already been
 * checked (undefined when there is no container). A header is compared with the first item of its type, by RFC 8785
 * form; a second item of that type is `evidence_ambiguous` in step 2, not here. A twin without a header is fine.
 *
 * @returns the decoded value of every transport header present (empty for stdio or a client that sends none).
 * @throws McpTrustError with reason `header_duplicated`, `header_malformed` or `header_mismatch`.
 *
 * @example
 * ```ts
 * const headers = readTransportHeaders(req.rawHeaders, params._meta?.["org.mcp-trust/evidence"]?.items);
 * ```
 */
export function readTransportHeaders(raw: RawHeaders, evidenceItems: readonly unknown[] | undefined): TransportHeaderValues {
  const lines = new Map<TransportItemType, unknown[]>();
  for (const [name, value] of pairsOf(raw)) {
    if (typeof name !== "string") throw new TypeError("a header name is a string");
    const type = TRANSPORT_HEADER_ITEM_TYPES.get(name.toLowerCase());
    if (type === undefined) continue;
    lines.set(type, [...(lines.get(type) ?? []), value]);
  }

  for (const type of TRANSPORT_HEADER_ORDER) {
    if ((lines.get(type)?.length ?? 0) > 1) {
      throw new McpTrustError("header_duplicated", `${TRANSPORT_HEADER_CODECS[type].spec.name} appears ${lines.get(type)!.length} times`);
    }
  }

  const decoded: TransportHeaderValues = {};
  for (const type of TRANSPORT_HEADER_ORDER) {
    const value = lines.get(type)?.[0];
    if (value === undefined) continue;
    const codec = TRANSPORT_HEADER_CODECS[type];
    if (typeof value !== "string") throw new McpTrustError("header_malformed", `${codec.spec.name} is not a string`);
    const result = codec.parse(value);
    if (!result.ok) throw new McpTrustError(result.reason, result.detail);
    (decoded as Record<TransportItemType, unknown>)[type] = result.value;
  }

  for (const type of TRANSPORT_HEADER_ORDER) {
    const header = decoded[type];
    if (header === undefined) continue;
    const name = TRANSPORT_HEADER_CODECS[type].spec.name;
    const index = (evidenceItems ?? []).findIndex((it) => isObject(it) && it["type"] === type);
    if (index < 0) throw new McpTrustError("header_mismatch", `${name} is present but the request has no ${type} evidence item`);
    const twin = (evidenceItems![index] as Record<string, unknown>)["value"];
    if (!sameJson(header as unknown as JsonValue, twin)) {
      throw new McpTrustError("header_mismatch", `${name} differs from the ${type} evidence item`, { pointer: `${ITEMS_POINTER}/${index}/value` });
    }
  }
  return decoded;
}

/** Deep equality by RFC 8785 form; a twin that is not JSON at all (cannot be canonicalized) is simply not equal. */
function sameJson(a: JsonValue, b: unknown): boolean {
  if (b === undefined) return false;
  try {
    return canonicalString(a) === canonicalString(b as JsonValue);
  } catch {
    return false;
  }
}
