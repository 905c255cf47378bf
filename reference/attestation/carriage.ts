import { validateEvidence } from "../../generated/validators/evidence.js";
import { McpTrustError } from "../common/errors.js";
import { canonicalString } from "../common/jcs.js";
import type { JsonValue } from "../common/strict-json.js";

/** The one `_meta` key that holds every piece of mcp-trust evidence on a `tools/call`. */
export const EVIDENCE_META_KEY = "org.mcp-trust/evidence";
/** Where SEP-2787 puts its attestation; read for compatibility. */
export const SEP2787_META_KEY = "attestation";
export const ATTESTATION_ITEM_TYPE = "tool-call-attestation";

export interface FoundAttestation {
  value: JsonValue;
  /** Pointer from `params`, for error reports. */
  pointer: string;
}

/**
 * Finds the attestation in a request's `params._meta`: the evidence container's `tool-call-attestation` item, or
 * SEP-2787's `_meta.attestation`. When both are present they must be the same object (compared canonically).
 */
export function findAttestation(meta: unknown): FoundAttestation | undefined {
  if (meta === undefined || meta === null) return undefined;
  if (typeof meta !== "object" || Array.isArray(meta)) {
    throw new McpTrustError("envelope_malformed", "_meta is not an object", { pointer: "/_meta" });
  }
  const m = meta as Record<string, JsonValue>;
  const compat = Object.hasOwn(m, SEP2787_META_KEY) ? m[SEP2787_META_KEY] : undefined;
  let fromContainer: JsonValue | undefined;
  if (Object.hasOwn(m, EVIDENCE_META_KEY)) {
    const container = m[EVIDENCE_META_KEY];
    if (!validateEvidence(container)) {
      const at = validateEvidence.errors?.[0]?.instancePath ?? "";
      throw new McpTrustError("envelope_malformed", "the evidence container does not match its schema", {
        pointer: `/_meta/${EVIDENCE_META_KEY.replace(/~/g, "~0").replace(/\//g, "~1")}${at}`,
      });
    }
    const items = container.items.filter((it) => it.type === ATTESTATION_ITEM_TYPE);
    if (items.length > 1) throw new McpTrustError("evidence_ambiguous", "the evidence container holds two attestations");
    fromContainer = items[0]?.value as JsonValue | undefined;
  }
  if (fromContainer !== undefined) {
    if (compat !== undefined && canonicalString(compat) !== canonicalString(fromContainer)) {
      throw new McpTrustError("evidence_ambiguous", "_meta.attestation differs from the evidence container's attestation");
    }
    return { value: fromContainer, pointer: `/_meta/org.mcp-trust~1evidence/items` };
  }
  return compat === undefined ? undefined : { value: compat, pointer: "/_meta/attestation" };
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
