import { describe, expect, it } from "vitest";
import { toHtml } from "./html.js";
import { toJunit } from "./junit.js";
import type { RunReport } from "./run.js";
import { loadTraceability } from "./traceability.js";
import { defaultConformanceDir, loadSuite } from "./suite.js";

function fakeReport(): RunReport {
  const suite = loadSuite();
  const vectors = suite.vectors.map((v, i) => ({
    id: v.vector.id,
    suite: v.suite,
    spec: v.vector.spec,
    category: v.vector.category,
    description: v.vector.description,
    status: (i === 0 ? "fail" : "pass") as "fail" | "pass",
    calls: [i === 0 ? { ok: false, problem: "expected accept/null, got reject/<expired>" } : { ok: true }],
    ...(i === 1 ? { expectedFailure: "known" } : {}),
  }));
  return {
    suiteVersion: suite.manifest.suiteVersion,
    setHash: suite.manifest.setHash,
    adapter: "python3 adapter.py",
    startedAt: "2026-11-22T00:00:00.000Z",
    durationMs: 1,
    totals: { passed: vectors.length - 1, failed: 1, expectedFailures: 0 },
    vectors,
  };
}

describe("reports", () => {
  it("the HTML report lists every requirement and vector, escapes text and links spec anchors", () => {
    const report = fakeReport();
    const traces = loadTraceability(defaultConformanceDir());
    const html = toHtml(report, { traceability: traces });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<tr id="v-/g)).toHaveLength(report.vectors.length);
    const requirements = traces.reduce((n, t) => n + t.requirements.length, 0);
    expect(html.match(/<tr><td><a href="\.\.\/spec\//g)).toHaveLength(requirements);
    expect(html).toContain("got reject/&lt;expired&gt;");
    expect(html).not.toContain("<expired>");
    expect(html).toContain('href="../spec/tool-call-attestation.md#lifetime"');
    // Every in-page vector link resolves to a row.
    const ids = new Set([...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(m[1])).toBe(true);
    // Balanced table markup.
    expect(html.match(/<table>/g)?.length).toBe(html.match(/<\/table>/g)?.length);
    expect(html.match(/<tr[ >]/g)?.length).toBe(html.match(/<\/tr>/g)?.length);
  });

  it("the JUnit report has one testcase per vector and marks failures and expected failures", () => {
    const report = fakeReport();
    const xml = toJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(report.vectors.length);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml.match(/<skipped /g)).toHaveLength(1);
    expect(xml).toContain("&lt;expired&gt;");
  });
});
