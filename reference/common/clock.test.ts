import { describe, expect, it } from "vitest";
import { McpTrustError } from "./errors.js";
import { formatTimestamp, parseTimestamp } from "./clock.js";

describe("formatTimestamp", () => {
  it("truncates to the second and drops the fraction", () => {
    expect(formatTimestamp(Date.UTC(2026, 10, 22, 8, 30, 5, 999))).toBe("2026-11-22T08:30:05Z");
    expect(formatTimestamp(Date.UTC(2026, 10, 22, 8, 30, 5, 0))).toBe("2026-11-22T08:30:05Z");
  });

  it("gives each second its own text when called repeatedly (the last second is remembered)", () => {
    const base = Date.UTC(2026, 0, 31, 23, 59, 59, 500);
    expect(formatTimestamp(base)).toBe("2026-01-31T23:59:59Z");
    expect(formatTimestamp(base + 400)).toBe("2026-01-31T23:59:59Z");
    expect(formatTimestamp(base + 500)).toBe("2026-02-01T00:00:00Z");
    expect(formatTimestamp(base)).toBe("2026-01-31T23:59:59Z");
  });

  it("refuses a time that is not a date, every time", () => {
    expect(() => formatTimestamp(Number.NaN)).toThrow(RangeError);
    expect(() => formatTimestamp(Number.NaN)).toThrow(RangeError);
  });

  it("round-trips through parseTimestamp", () => {
    for (const ms of [0, 1_700_000_000_000, Date.UTC(2000, 1, 29, 12)]) expect(parseTimestamp(formatTimestamp(ms))).toBe(Math.floor(ms / 1000) * 1000);
  });
});

describe("parseTimestamp", () => {
  it("refuses a date that does not exist with envelope_malformed", () => {
    try {
      parseTimestamp("2026-02-30T00:00:00Z", "/iat");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(McpTrustError);
      expect((e as McpTrustError).reason).toBe("envelope_malformed");
      expect((e as McpTrustError).pointer).toBe("/iat");
    }
  });
});
