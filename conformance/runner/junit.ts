import type { RunReport } from "./run.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JUnit XML, one testsuite per vector folder, so CI systems can show the run. */
export function toJunit(report: RunReport): string {
  const suites = new Map<string, RunReport["vectors"]>();
  for (const v of report.vectors) suites.set(v.suite, [...(suites.get(v.suite) ?? []), v]);
  const body = [...suites]
    .map(([name, vs]) => {
      const failures = vs.filter((v) => v.status === "fail" && !v.expectedFailure).length;
      const cases = vs
        .map((v) => {
          const problem = v.calls.find((c) => !c.ok)?.problem ?? "";
          const inner =
            v.status === "fail" && !v.expectedFailure
              ? `<failure message="${esc(problem)}"/>`
              : v.expectedFailure
                ? `<skipped message="expected failure: ${esc(problem)}"/>`
                : "";
          return `    <testcase classname="${esc(name)}" name="${esc(v.id)}">${inner}</testcase>`;
        })
        .join("\n");
      return `  <testsuite name="${esc(name)}" tests="${vs.length}" failures="${failures}">\n${cases}\n  </testsuite>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mcp-trust conformance ${esc(report.suiteVersion)}">\n${body}\n</testsuites>\n`;
}
