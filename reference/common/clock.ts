import { McpTrustError } from "./errors.js";

/** The SEP-2787 default: 30 seconds of tolerated clock difference on both sides of an envelope's lifetime. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 30;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * Parses the common profile's timestamp (RFC 3339, UTC, second precision, upper-case Z) to epoch milliseconds.
 * The schema checks the shape; this also rejects dates that do not exist (2026-02-30), which a regex cannot.
 */
export function parseTimestamp(text: string, pointer?: string): number {
  const m = TIMESTAMP.exec(text);
  if (m !== null) {
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
    const back = new Date(0);
    back.setUTCFullYear(y, mo - 1, d);
    back.setUTCHours(h, mi, s, 0);
    const ms = back.getTime();
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && s < 60) {
      return ms;
    }
  }
  throw new McpTrustError("envelope_malformed", `not an RFC 3339 UTC second-precision timestamp: ${JSON.stringify(text)}`, {
    ...(pointer === undefined ? {} : { pointer }),
  });
}

let lastSecond = Number.NaN;
let lastText = "";

/** Formats epoch milliseconds as the common profile's timestamp (fractions are truncated). */
export function formatTimestamp(ms: number): string {
  // Every decision formats an expiry, and a busy gateway formats the same second hundreds of times in a row.
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastText = new Date(second * 1000).toISOString().replace(".000Z", "Z");
    lastSecond = second;
  }
  return lastText;
}
