import { DEFAULT_CLOCK_SKEW_SECONDS } from "../common/clock.js";
import { McpTrustError } from "../common/errors.js";
import type { AttestationEnvelope } from "./envelope.js";

/** The instant after which the envelope is expired, skew included: also how long its nonce must be remembered. */
export function acceptableUntil(envelope: AttestationEnvelope, skewSeconds = DEFAULT_CLOCK_SKEW_SECONDS): number {
  return envelope.iatMs + (envelope.expSeconds + skewSeconds) * 1000;
}

/** Step 8: `iat − skew ≤ now ≤ iat + expSeconds + skew`, both bounds inclusive. */
export function checkTime(envelope: AttestationEnvelope, nowMs: number, skewSeconds = DEFAULT_CLOCK_SKEW_SECONDS): void {
  if (nowMs < envelope.iatMs - skewSeconds * 1000) {
    throw new McpTrustError("not_yet_valid", `issued at ${envelope.iat}, later than now plus ${skewSeconds} s of skew`, {
      pointer: "/issuerAsserted/iat",
    });
  }
  if (nowMs > acceptableUntil(envelope, skewSeconds)) {
    throw new McpTrustError("expired", `issued at ${envelope.iat} for ${envelope.expSeconds} s; expired`, {
      pointer: "/issuerAsserted/expSeconds",
    });
  }
}
