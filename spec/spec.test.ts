// The spec cannot drift from the registry and the vectors: the reason table equals the registry, every vector's spec
// anchor is a heading, every reason is exercised. (Embedded examples are checked in tools/spec/embed.test.ts.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REASON_HTTP_STATUS, REASONS } from "../generated/constants.js";
import { loadSuite } from "../conformance/runner/suite.js";
import { slug } from "../conformance/runner/traceability.js";

const here = import.meta.dirname;

/** The heading anchors of a Markdown file, slugged as the traceability check slugs them. */
function anchors(file: string): Set<string> {
  const text = readFileSync(join(here, `${file}.md`), "utf8");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
}

describe("spec", () => {
  it("reasons.md lists exactly the registry, with its HTTP statuses", () => {
    const rows = [...readFileSync(join(here, "reasons.md"), "utf8").matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)];
    expect(rows.map((r) => r[1])).toEqual([...REASONS]);
    for (const r of rows) expect(REASON_HTTP_STATUS[r[1] as keyof typeof REASON_HTTP_STATUS]).toBe(Number(r[2]));
  });

  it("every vector names a spec section that exists", () => {
    const missing = loadSuite()
      .vectors.map((v) => v.vector.spec)
      .filter((s) => !anchors(s.split("#")[0]!).has(s.split("#")[1]!));
    expect(missing).toEqual([]);
  });

  // Reasons no vector can produce, each with why. A vector drives a verifier through the adapter protocol (an envelope,
  // a call, a trust store); these come from a deployment around the verifier and are tested there instead.
  const GATEWAY_ONLY: ReadonlyMap<string, string> = new Map([
    ["upstream_unavailable", "a gateway's HTTP upstream failed (refused, reset, timed out): reference/gateway/*.test.ts"],
  ]);

  it("every reason is produced by at least one vector", () => {
    const produced = new Set(loadSuite().vectors.flatMap((v) => v.vector.calls.map((c) => c.expected.reason)));
    expect(REASONS.filter((r) => !produced.has(r) && !GATEWAY_ONLY.has(r))).toEqual([]);
  });

  it("excludes from vector coverage only registered reasons that no vector produces", () => {
    const produced = new Set(loadSuite().vectors.flatMap((v) => v.vector.calls.map((c) => c.expected.reason)));
    for (const r of GATEWAY_ONLY.keys()) {
      expect(REASONS as readonly string[]).toContain(r);
      expect(produced.has(r), `${r} is produced by a vector now: drop it from GATEWAY_ONLY`).toBe(false);
    }
  });
});
