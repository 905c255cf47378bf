// The conformance pages: the latest report of the reference implementation (suite version, set hash, totals per
// folder and category, requirement coverage) and one page per vector folder listing every case with its result.
import type { RunReport, VectorResult } from "../../conformance/runner/run.js";
import type { Traceability } from "../../conformance/runner/traceability.js";
import { cell } from "./schema-page.js";

export interface ReportSource {
  report: RunReport;
  /** Why this report: read from conformance/report.json, or run by the site build. */
  origin: "file" | "run";
  /** The set hash of the vectors on disk now. */
  currentSetHash: string;
}

const specLink = (ref: string, depth: number) => {
  const [draft, anchor] = ref.split("#") as [string, string?];
  return `[${ref}](${"../".repeat(depth)}spec/${draft}.md${anchor === undefined ? "" : `#${anchor}`})`;
};

const result = (v: VectorResult | undefined, haveReport: boolean) =>
  !haveReport
    ? "—"
    : v === undefined
    ? `<span class="fail">not run</span>`
    : v.status === "pass"
      ? v.expectedFailure === undefined
        ? `<span class="pass">pass</span>`
        : `<span class="fail">listed as failing, passed</span>`
      : v.expectedFailure === undefined
        ? `<span class="fail">fail</span>`
        : "expected failure";

/** The page when no report matches the vectors on disk and the build was told not to run the suite. */
export function noReportPage(): string {
  return [
    "# Conformance report",
    "",
    "::: warning Not generated",
    "No conformance report matches the vectors on disk, and this build did not run the suite. `npm start` runs it and",
    "writes `conformance/report.json`; `npm run site` then publishes it (or runs the suite itself when that file is missing).",
    ":::",
    "",
    "The vectors themselves are listed per folder in the sidebar, and [the conformance overview](index.md) explains how to run them.",
    "",
  ].join("\n");
}

export function reportPage(src: ReportSource, traces: readonly Traceability[]): string {
  const { report } = src;
  const t = report.totals;
  const out = ["# Conformance report", ""];
  out.push(
    `The reference implementation against conformance suite **${report.suiteVersion}** (set hash \`${report.setHash}\`), ` +
      `run ${report.startedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC")} in ${(report.durationMs / 1000).toFixed(1)} s ` +
      `through the [adapter protocol](adapter-protocol.md) (adapter \`${report.adapter.replace(/^\S*\/(node)\b/, "$1").replace(/\S*\/(dist\/)/, "$1")}\`).`,
    "",
  );
  out.push(
    src.origin === "file"
      ? "Taken from `conformance/report.json`, which `npm start` writes; the site build runs the suite itself when that file is missing or was made for other vectors."
      : "Run by the site build, because `conformance/report.json` was missing or was made for other vectors than the ones on disk.",
    "",
  );
  out.push(`**${t.passed} passed, ${t.failed} failed${t.expectedFailures > 0 ? `, ${t.expectedFailures} expected failures` : ""}** of ${report.vectors.length} vectors.`, "");
  out.push("## Vector folders", "", "| folder | cases | pass | fail | signature | policy | parsing |", "| --- | --- | --- | --- | --- | --- | --- |");
  const suites = [...new Set(report.vectors.map((v) => v.suite))];
  for (const s of suites) {
    const vs = report.vectors.filter((v) => v.suite === s);
    const n = (f: (v: VectorResult) => boolean) => vs.filter(f).length;
    out.push(
      `| [${s}](vectors/${s}.md) | ${vs.length} | ${n((v) => v.status === "pass")} | ${n((v) => v.status === "fail")} | ` +
        `${n((v) => v.category === "signature")} | ${n((v) => v.category === "policy")} | ${n((v) => v.category === "parsing")} |`,
    );
  }
  out.push("");
  if (traces.length > 0) {
    const byId = new Map(report.vectors.map((v) => [v.id, v]));
    out.push("## Requirements", "", "Every normative statement of each draft, traced to vectors ([traceability](index.md#traceability)).", "");
    out.push("| draft | statements | traced to vectors | excluded | all traced vectors pass |", "| --- | --- | --- | --- | --- |");
    for (const tr of traces) {
      const mapped = tr.requirements.filter((r) => r.excluded === undefined);
      const ok = mapped.every((r) => [...(r.positive ?? []), ...(r.negative ?? [])].every((id) => byId.get(id)?.status === "pass"));
      out.push(
        `| [${tr.spec}](../spec/${tr.spec}.md) | ${tr.requirements.length} | ${mapped.length} | ${tr.requirements.length - mapped.length} | ${ok ? `<span class="pass">yes</span>` : `<span class="fail">no</span>`} |`,
      );
    }
    out.push("");
  }
  out.push(
    "## Files",
    "",
    `- <a href="/conformance/report.json" target="_self">report.json</a>: this report as the runner wrote it (publish it with its SHA-256 when claiming conformance).`,
    `- <a href="/conformance/report-full.html" target="_self">report-full.html</a>: the runner's HTML report, per requirement and per vector.`,
    `- <a href="/conformance/manifest.json" target="_self">manifest.json</a>: the suite version, every vector's SHA-256 and the set hash.`,
    "",
  );
  return out.join("\n");
}

export interface VectorInfo {
  id: string;
  description: string;
  spec: string;
  category: string;
}

export function vectorsPage(suite: string, vectors: readonly VectorInfo[], report: RunReport | undefined): string {
  const byId = new Map((report?.vectors ?? []).map((v) => [v.id, v]));
  // Five columns of long names: the full width, without the outline.
  const out = ["---", "aside: false", "pageClass: wide-page vectors-page", "---", "", `# Vectors: ${suite}`, ""];
  out.push(
    `${vectors.length} cases, each a JSON file ([schema](../../schemas/conformance-vector.md)) with the spec section it tests. ` +
      `Results from the [conformance report](../report.md).`,
    "",
    "| case | category | spec section | what it tests | result |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const v of vectors) {
    const name = v.id.split("/")[1]!;
    out.push(
      `| <a id="${name}"></a><a href="/conformance/vectors/${v.id}.json" target="_self"><code>${name}</code></a> | ${v.category} | ${specLink(v.spec, 2)} | ${cell(v.description)} | ${result(byId.get(v.id), report !== undefined)} |`,
    );
  }
  out.push("");
  return out.join("\n");
}
