import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCall, type CallResult } from "./cases.js";
import type { LoadedVector, Suite } from "./suite.js";

export interface VectorResult {
  id: string;
  suite: string;
  spec: string;
  category: string;
  description: string;
  status: "pass" | "fail";
  calls: CallResult[];
  /** Listed in the expected-failures file: a failure that does not count, or (if it passed) a stale entry that does. */
  expectedFailure?: string;
}

export interface RunReport {
  suiteVersion: string;
  setHash: string;
  adapter: string;
  startedAt: string;
  durationMs: number;
  totals: { passed: number; failed: number; expectedFailures: number };
  vectors: VectorResult[];
}

export interface RunOptions {
  adapter: readonly string[];
  timeoutMs?: number;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

async function runVector(v: LoadedVector, opts: RunOptions, work: string): Promise<VectorResult> {
  const dir = join(work, v.vector.id.replace("/", "__"));
  const calls: CallResult[] = [];
  for (const [i, call] of v.vector.calls.entries()) {
    const r = await runCall(opts.adapter, call, join(dir, `call-${i}`), join(dir, "replay"), opts.timeoutMs ?? 10_000, v.vector.verb);
    calls.push(r);
  }
  return {
    id: v.vector.id,
    suite: v.suite,
    spec: v.vector.spec,
    category: v.vector.category,
    description: v.vector.description,
    status: calls.every((c) => c.ok) ? "pass" : "fail",
    calls,
  };
}

/** Runs every vector of the suite through the adapter, a few at a time; results come back in suite order. */
export async function runSuite(suite: Suite, opts: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), "mcp-trust-conformance-"));
  const results: VectorResult[] = new Array(suite.vectors.length);
  let next = 0;
  let done = 0;
  try {
    const worker = async () => {
      while (next < suite.vectors.length) {
        const i = next++;
        results[i] = await runVector(suite.vectors[i]!, opts, work);
        opts.onProgress?.(++done, suite.vectors.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.status === "pass").length;
  const report: RunReport = {
    suiteVersion: suite.manifest.suiteVersion,
    setHash: suite.manifest.setHash,
    adapter: opts.adapter.join(" "),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    totals: { passed, failed: results.length - passed, expectedFailures: 0 },
    vectors: results,
  };
  return report;
}

/**
 * Applies an expected-failures list (`{ "<vector id>": "why" }`): a listed vector that fails is not counted as a
 * failure; a listed vector that passes, or a listed id the suite does not have, is — stale lists must be cleaned up.
 */
export function applyExpectedFailures(report: RunReport, expected: Record<string, string>): string[] {
  const ids = new Set(report.vectors.map((v) => v.id));
  const problems = Object.keys(expected)
    .filter((id) => !ids.has(id))
    .map((id) => `expected failure ${id} is not in the suite`);
  const totals = { passed: 0, failed: problems.length, expectedFailures: 0 };
  for (const v of report.vectors) {
    const why = expected[v.id];
    if (why !== undefined) v.expectedFailure = why;
    if (why === undefined) totals[v.status === "pass" ? "passed" : "failed"]++;
    else if (v.status === "fail") totals.expectedFailures++;
    else {
      totals.failed++;
      problems.push(`${v.id} is listed as an expected failure but passed`);
    }
  }
  report.totals = totals;
  return problems;
}

/** A plain-text table: one row per vector folder, then one line per failure. */
export function formatTable(report: RunReport): string {
  const bySuite = new Map<string, { pass: number; fail: number; signature: number; policy: number; parsing: number }>();
  for (const v of report.vectors) {
    const row = bySuite.get(v.suite) ?? { pass: 0, fail: 0, signature: 0, policy: 0, parsing: 0 };
    row[v.status]++;
    row[v.category as "signature" | "policy" | "parsing"]++;
    bySuite.set(v.suite, row);
  }
  const head = ["vector folder", "cases", "pass", "fail", "signature", "policy", "parsing"];
  const rows = [...bySuite].map(([s, r]) => [s, r.pass + r.fail, r.pass, r.fail, r.signature, r.policy, r.parsing].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
  for (const v of report.vectors.filter((x) => x.status === "fail")) {
    out.push(`${v.expectedFailure === undefined ? "FAIL" : "XFAIL"} ${v.id}: ${v.calls.find((c) => !c.ok)?.problem ?? ""}`);
  }
  for (const v of report.vectors.filter((x) => x.status === "pass" && x.expectedFailure !== undefined)) out.push(`XPASS ${v.id}: listed as an expected failure`);
  const xf = report.totals.expectedFailures > 0 ? `, ${report.totals.expectedFailures} expected failures` : "";
  out.push(`suite ${report.suiteVersion} (set ${report.setHash.slice(0, 16)}…) against ${report.adapter}: ${report.totals.passed} passed, ${report.totals.failed} failed${xf} in ${report.durationMs} ms`);
  return out.join("\n");
}

export function writeReport(path: string, report: RunReport): void {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
