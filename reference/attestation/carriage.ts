import { McpTrustError, pointerAppend } from "../common/errors.js";
import { canonicalString } from "../common/jcs.js";
import type { JsonValue } from "../common/strict-json.js";

/** The one `_meta` key that holds every piece of mcp-trust evidence on a `tools/call`. */
export const EVIDENCE_META_KEY = "org.mcp-trust/evidence";
/** Where SEP-2787 puts its attestation; read for compatibility. */
export const SEP2787_META_KEY = "attestation";
export const ATTESTATION_ITEM_TYPE = "tool-call-attestation";
/** Item types this verifier knows, with the versions it reads. Other types are ignored. */
const KNOWN_VERSIONS: Readonly<Record<string, readonly number[]>> = { [ATTESTATION_ITEM_TYPE]: [1] };

const CONTAINER_POINTER = pointerAppend("/_meta", EVIDENCE_META_KEY);
const ITEM_TYPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface FoundAttestation {
  value: JsonValue;
  /** Pointer of the attestation from `params`, for error reports and for scoping the integer rule. */
  pointer: string;
  /** The evidence container's item type names the SEP-2787 shape; SEP-2787's own location is read by shape. */
  profile?: "sep-2787";
}

const isObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === "object" && !Array.isArray(v);

function malformed(message: string, pointer: string): McpTrustError {
  return new McpTrustError("envelope_malformed", message, { pointer });
}

/** The container's own structure (evidence.schema.json without the items' contents); returns the attestation items. */
function attestationItems(container: JsonValue): FoundAttestation[] {
  if (!isObject(container)) throw malformed("the evidence container is not an object", CONTAINER_POINTER);
  const items = container["items"];
  if (Object.keys(container).some((k) => k !== "items") || !Array.isArray(items) || items.length < 1 || items.length > 16) {
    throw malformed("the evidence container holds exactly one member, items: 1 to 16 items", CONTAINER_POINTER);
  }
  const found: FoundAttestation[] = [];
  items.forEach((item, i) => {
    const at = pointerAppend(`${CONTAINER_POINTER}/items`, i);
    if (!isObject(item) || Object.keys(item).length !== 3) throw malformed("an evidence item is {type, version, value}", at);
    const { type, version, value } = item;
    if (typeof type !== "string" || type.length > 64 || !ITEM_TYPE.test(type)) throw malformed("an evidence item type is a kebab-case name", `${at}/type`);
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > 65535) throw malformed("an evidence item version is an integer 1..65535", `${at}/version`);
    if (!isObject(value)) throw malformed("an evidence item value is an object", `${at}/value`);
    const known = KNOWN_VERSIONS[type];
    if (known !== undefined && !known.includes(version)) throw malformed(`${type} version ${version} is not known`, `${at}/version`);
    if (type === ATTESTATION_ITEM_TYPE) found.push({ value, pointer: `${at}/value`, profile: "sep-2787" });
  });
  return found;
}

/**
 * Finds the attestation in a request's `params._meta` (step 3 of the verification order): the evidence container's
 * structure, known item versions, at most one attestation item, agreement with SEP-2787's `_meta.attestation`
 * (compared canonically; a member that is present counts even when null). Returns undefined when there is none.
 */
export function findAttestation(meta: JsonValue | undefined): FoundAttestation | undefined {
  if (meta === undefined) return undefined;
  if (!isObject(meta)) throw new McpTrustError("request_malformed", "_meta is not an object", { pointer: "/_meta" });
  const items = Object.hasOwn(meta, EVIDENCE_META_KEY) ? attestationItems(meta[EVIDENCE_META_KEY]!) : [];
  if (items.length > 1) throw new McpTrustError("evidence_ambiguous", "the evidence container holds two attestations", { pointer: items[1]!.pointer });
  const fromContainer = items[0];
  const hasCompat = Object.hasOwn(meta, SEP2787_META_KEY);
  if (fromContainer !== undefined) {
    if (hasCompat && canonicalString(meta[SEP2787_META_KEY]!) !== canonicalString(fromContainer.value)) {
      throw new McpTrustError("evidence_ambiguous", "_meta.attestation differs from the evidence container's attestation", { pointer: "/_meta/attestation" });
    }
    return fromContainer;
  }
  return hasCompat ? { value: meta[SEP2787_META_KEY]!, pointer: "/_meta/attestation" } : undefined;
}

/** Returns `_meta` with the attestation added as an evidence item (and, if asked, also at SEP-2787's key). */
export function attachAttestation(
  meta: Record<string, unknown> | undefined,
  attestation: JsonValue,
  options: { sep2787Compat?: boolean } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(meta ?? {}) };
  const existing = out[EVIDENCE_META_KEY] as { items?: unknown[] } | undefined;
  const items = (existing?.items ?? []).filter((it) => (it as { type?: unknown }).type !== ATTESTATION_ITEM_TYPE);
  out[EVIDENCE_META_KEY] = { items: [...items, { type: ATTESTATION_ITEM_TYPE, version: 1, value: attestation }] };
  if (options.sep2787Compat === true) out[SEP2787_META_KEY] = attestation;
  return out;
}
