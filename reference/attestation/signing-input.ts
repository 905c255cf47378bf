import { canonicalBytes } from "../common/jcs.js";
import type { JsonObject } from "./envelope.js";

/**
 * The bytes a signature covers: RFC 8785 of the envelope as received, minus its `signature` member.
 * Never a re-modelled copy — a verifier that dropped or reordered members would check other bytes than were signed.
 */
export function signingInput(raw: JsonObject): Uint8Array {
  const { signature: _signature, ...unsigned } = raw;
  return canonicalBytes(unsigned);
}
